/**
 * An SPA route change (the URL changes without a page load): the Navigation API's `navigate` event where the
 * browser has it, else a look at the URL every second. `onChange` runs once the new URL is in place.
 */
const POLL_MS = 1000;

export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    // `navigate` fires before the URL changes: look once the navigation's task is done.
    navigation.addEventListener('navigate', () => setTimeout(check, 0), { signal });
    return;
  }
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
