/**
 * The readings of each to-do list in each tab, kept in the worker's memory for one visit: a list paged through
 * is read whole once every page was read (pages/list-complete.ts). A worker that restarts forgets them, which
 * only means nothing closes until the list is read whole again.
 */
import type { ListFacts } from '../pages/list-complete';

/** A visit: readings closer together than this. Paging through a list takes seconds, not half an hour. */
const VISIT_MS = 30 * 60_000;
/** Readings kept per list and tab: a list of many pages read twice over. */
const MOST = 40;

export class ListVisits {
  readonly #visits = new Map<string, { at: number; facts: ListFacts }[]>();

  /** Adds a reading of the list `key` (tab and list) at `now`; the visit's readings, oldest first. */
  add(key: string, facts: ListFacts, now: number): ListFacts[] {
    const kept = (this.#visits.get(key) ?? []).filter((r) => now - r.at < VISIT_MS);
    kept.push({ at: now, facts });
    this.#visits.set(key, kept.slice(-MOST));
    return kept.slice(-MOST).map((r) => r.facts);
  }
}
