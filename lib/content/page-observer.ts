/**
 * One batched observer for the whole page (no polling, no per-row observers): mutations are coalesced
 * into at most one pass per frame; a huge burst (a page re-render) waits for the page to settle first.
 */
import { isLiveHost, isOwnHost } from './badge-hosts';

const HUGE_BURST_NODES = 2000;
const SETTLE_MS = 300;

/** More changed places than this in one frame: the page is read whole rather than place by place. */
const MOST_TRACKED = 64;

/**
 * Mutations caused only by our own badges must not trigger a pass (that would loop); a text's new characters always do.
 * 'whole': the page removed or moved one of our badge hosts (we forget ours as we remove them), which the next pass,
 * reading the page whole, puts back in its row (issue 23).
 */
function concernsPage(m: MutationRecord): boolean | 'whole' {
  if (m.type === 'characterData') return true;
  for (const n of m.removedNodes) if (isLiveHost(n)) return 'whole';
  if (isOwnHost(m.target)) return false;
  for (const list of [m.addedNodes, m.removedNodes]) for (const n of list) if (!isOwnHost(n)) return true;
  return false;
}

/** `onSettled` gets the nodes that changed (the mutations' targets), or null when the whole page may have. */
export function observePage(root: Node, onSettled: (changed: ReadonlySet<Node> | null) => void, signal: AbortSignal): void {
  // 0: none pending (timer and frame ids are never 0).
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | 0 = 0;
  let changed: Set<Node> | null = new Set();
  const run = () => {
    frame = settle = 0;
    const since = changed;
    changed = new Set();
    if (!signal.aborted) onSettled(since);
  };
  const observer = new MutationObserver((mutations) => {
    let nodes = 0;
    let relevant = false;
    for (const m of mutations) {
      const concerns = concernsPage(m);
      if (!concerns) continue;
      relevant = true;
      nodes += m.addedNodes.length;
      changed = concerns !== 'whole' && changed && changed.size < MOST_TRACKED ? changed.add(m.target) : null;
    }
    if (!relevant) return;
    if (nodes > HUGE_BURST_NODES || settle) {
      changed = null;
      // Bail out of frame-by-frame work until the burst is over.
      cancelAnimationFrame(frame);
      frame = 0;
      clearTimeout(settle);
      settle = setTimeout(run, SETTLE_MS);
    } else if (!frame) {
      frame = requestAnimationFrame(run);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(settle);
  });
}
