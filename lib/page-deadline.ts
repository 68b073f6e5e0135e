/**
 * A page deadline moves only with evidence (issue 26). A countdown reading `3天18小时` says the deadline is at or
 * after now + 3 d 18 h, within one unit; 已超时 says it is at or before now. The log keeps the earliest instant
 * the readings allow, so visits never push it later: a reading later than the kept one by more than the kept
 * reading's rounding is a disagreement the badge names, not a move. Pure: shared by the merge and the badges.
 */
import type { PageRecord } from './pages/records';
import { HOUR_MS } from './rules/wall-clock';

/** What the log keeps of the page's countdown: the instant, and the rounding of the reading that gave it (0: 已超时, the deadline is at or before it). */
export type KeptPageDeadline = { pageDeadline?: number; pageUnit?: number };

export interface PageDeadlineEvidence {
  at: number;
  /** The rounding of the reading `at` came from; 0 when it came from 已超时 (the deadline is at or before it). */
  unit: number;
  /** A countdown reading later than `at` beyond its rounding: the page disagrees with what it showed before. */
  later?: number;
}

/** A reading or row that does not say its rounding (an older log): a page countdown shows hours at best. */
const UNKNOWN_UNIT_MS = HOUR_MS;

/** The page deadline after `reading`, given what the log kept; undefined when neither shows one. */
export function pageDeadlineAfter(kept: KeptPageDeadline | undefined, reading: Pick<PageRecord, 'pageDeadline' | 'pageUnit'>): PageDeadlineEvidence | undefined {
  const stored = kept?.pageDeadline === undefined ? undefined : { at: kept.pageDeadline, unit: kept.pageUnit ?? UNKNOWN_UNIT_MS };
  const at = reading.pageDeadline;
  if (at === undefined) return stored;
  const fresh = { at, unit: reading.pageUnit ?? UNKNOWN_UNIT_MS };
  if (!stored || at < stored.at) return fresh;
  // 已超时 (unit 0) after an earlier instant agrees with it; a countdown agrees while within the kept reading's rounding.
  if (fresh.unit === 0 || at <= stored.at + stored.unit) return stored;
  return { ...stored, later: at };
}

/** The log's fields for that evidence (the disagreement is the badge's, not the log's). */
export function keptPageDeadline(evidence: PageDeadlineEvidence | undefined): KeptPageDeadline {
  return evidence ? { pageDeadline: evidence.at, pageUnit: evidence.unit } : {};
}
