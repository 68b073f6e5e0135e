/**
 * The derived, indexed fields of a log item: dueTimes (every open deadline) and finalDueAt (the last).
 * Recomputed on every write, by the v2 migration and when the settings change, so the indexes never go stale.
 */
import { itemDeadlines, RULES_OUT_OF_RANGE, type ItemFacts } from '../record-deadlines';
import type { RuleSettings } from '../rules/settings';
import { asProblem } from '../pages/records';
import type { LogItem } from './types';


/** The rules know open and closed only: an answered or unanswerable question has no deadline left. */
export function itemFactsOf(item: LogItem): ItemFacts {
  return { ...item, status: item.status === 'open' ? 'open' : 'done' };
}

function deadlineTimes(item: LogItem, settings: RuleSettings): number[] | null {
  try {
    const times = itemDeadlines(itemFactsOf(item), settings).map((d) => d.at);
    return times.every(Number.isFinite) ? [...new Set(times)] : null;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The item with dueTimes/finalDueAt for these settings; a rule failure is stored as a problem, not thrown. */
export function withDeadlines<T extends LogItem>(item: T, settings: RuleSettings): T {
  const next: T = { ...item };
  // Logs before structured problems kept strings: read them as problems.
  const kept = (item.problems ?? []).map(asProblem).filter((p) => p.field !== 'rules');
  const times = deadlineTimes(item, settings);
  const problems = times === null ? [...kept, RULES_OUT_OF_RANGE] : kept;
  next.dueTimes = times ?? [];
  if (next.dueTimes.length > 0) next.finalDueAt = Math.max(...next.dueTimes);
  else delete next.finalDueAt;
  if (problems.length > 0) next.problems = problems;
  else delete next.problems;
  return next;
}
