/**
 * What a whole reading shows of its list as a whole (issue 27), as the content script sends it: every record's
 * key, whether a row read with a problem, and the page's signs (page-facts.ts) with its `共 N 条` and 加载中. The
 * background makes the list's facts of it and judges whether the list was read whole (list-complete.ts), so the
 * seller's page carries as little of this as it can.
 */
import type { PageFacts } from './page-facts';
import type { PageRecord } from './records';

export interface ListReading {
  /** `kind:id` of every record of the reading. */
  keys: string[];
  /** A row read with a problem, or one skipped or failing. */
  problems: boolean;
  signs: string[];
}

export function readList(page: PageFacts, records: readonly PageRecord[], skipped: boolean): ListReading {
  return {
    keys: records.map((r) => `${r.kind}:${r.id}`),
    problems: skipped || records.some((r) => r.problems),
    signs: [...page.signs, ...(page.text.match(/共 ?\d+ ?条(?!问答)|加载中/g) ?? [])],
  };
}
