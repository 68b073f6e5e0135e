/**
 * Polling for the browser suites (Chromium and Firefox): an extension works on its own schedule, so a test asks
 * again until the answer is the one it waits for, then asserts on that answer (a timeout returns the last one).
 */
export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000, every = 200): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await probe();
  }
  return value;
}
