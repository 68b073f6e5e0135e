/**
 * One batched observer for the whole page (no polling, no per-row observers): mutations are coalesced
 * into at most one pass per frame; a huge burst (a page re-render) waits for the page to settle first.
 */
import { isOwnHost } from './badge-hosts';

const HUGE_BURST_NODES = 2000;
const SETTLE_MS = 300;

/** Mutations caused only by our own badges must not trigger a pass (that would loop). */
function concernsPage(m: MutationRecord): boolean {
  if (isOwnHost(m.target)) return false;
  for (const list of [m.addedNodes, m.removedNodes]) for (const n of list) if (!isOwnHost(n)) return true;
  return false;
}

export function observePage(root: Node, onSettled: () => void, signal: AbortSignal): void {
  let frame: number | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    frame = null;
    settle = null;
    if (!signal.aborted) onSettled();
  };
  const observer = new MutationObserver((mutations) => {
    let nodes = 0;
    let relevant = false;
    for (const m of mutations) {
      if (!concernsPage(m)) continue;
      relevant = true;
      nodes += m.addedNodes.length;
    }
    if (!relevant) return;
    if (nodes > HUGE_BURST_NODES || settle !== null) {
      // Bail out of frame-by-frame work until the burst is over.
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      if (settle !== null) clearTimeout(settle);
      settle = setTimeout(run, SETTLE_MS);
    } else if (frame === null) {
      frame = requestAnimationFrame(run);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame !== null) cancelAnimationFrame(frame);
    if (settle !== null) clearTimeout(settle);
  });
}
