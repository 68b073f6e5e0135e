/**
 * Which content script drew which handled badge (issue 23): a reopen (the badge's 撤销) is taken only from the
 * tab and frame whose report this worker answered with that item's handled badge. Another frame, another tab,
 * or a content script that never reported the item cannot reopen it. Kept in the worker's memory: after a
 * worker restart the content script reports its rows again (it is told 'unknown') and the seller clicks again.
 */
import type { PageReply } from '../messages';

interface Origin {
  tab?: { id?: number };
  frameId?: number;
}

/** At most this many frames are remembered (the oldest forgotten first); a handful of seller tabs is the norm. */
const MOST_FRAMES = 200;

export class BadgeOwners {
  readonly #drawn = new Map<string, Set<string>>();

  static #frame(sender: Origin): string | null {
    return sender.tab?.id === undefined ? null : `${sender.tab.id}:${sender.frameId ?? 0}`;
  }

  /** The reply a frame's report got: its handled badges are now that frame's to undo. */
  answered(sender: Origin, reply: PageReply | undefined): void {
    const frame = BadgeOwners.#frame(sender);
    const keys = (reply?.bases ?? []).flatMap((b) => (b?.handled ? [b.handled] : []));
    if (frame === null || keys.length === 0) return;
    const set = this.#drawn.get(frame) ?? new Set();
    for (const key of keys) set.add(key);
    this.#drawn.delete(frame); // re-inserted last: the map's order is the frames' recency
    this.#drawn.set(frame, set);
    for (const old of this.#drawn.keys()) if (this.#drawn.size > MOST_FRAMES) this.#drawn.delete(old);
  }

  /** Whether `sender` drew the handled badge of `key` (and so may ask to reopen it). */
  drew(sender: Origin, key: string): boolean {
    const frame = BadgeOwners.#frame(sender);
    return frame !== null && this.#drawn.get(frame)?.has(key) === true;
  }

}
