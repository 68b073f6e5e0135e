/**
 * The options page's point history (issue 16), pure: the rolling total (RULES §4) as steps over a span, each
 * deduction with its counted points, and per Shanghai week how many deadlines were met or missed.
 */
import { addWeeks, startOfWeek } from 'date-fns';
import { applyCap, ruleOf, totalAt, windowMs, type PenaltyRule, type PointEvent } from './ledger';
import type { RuleSettings } from './settings';
import { inShanghaiDate } from './shanghai';

/** The rolling total is `points` from `at` until the next step. */
export interface PointStep {
  at: number;
  points: number;
}

/**
 * The total of `rule` (the invoice rule's capped N, or other causes' uncapped one) over [from, to] as steps: it
 * changes only when an event counts (its `at`) and when it leaves the window (`at` + window). `events` must reach
 * back far enough for the cap (all of them will do).
 */
export function rollingSteps(events: readonly PointEvent[], from: number, to: number, s: RuleSettings, rule: PenaltyRule = 'invoice'): PointStep[] {
  const capped = applyCap(events, s);
  const window = windowMs(s);
  const own = capped.filter((e) => ruleOf(e) === rule);
  const moments = [...new Set(own.flatMap((e) => [e.at, e.at + window]).filter((m) => m > from && m <= to))].sort((a, b) => a - b);
  const steps: PointStep[] = [{ at: from, points: totalAt(capped, from, window, rule) }];
  for (const at of moments) {
    const points = totalAt(capped, at, window, rule);
    if (points !== steps.at(-1)!.points) steps.push({ at, points });
  }
  return steps;
}

/** The deductions in (from, to] with the points that counted (after the cap, for the invoice rule's), in time order; `T` keeps the caller's fields. */
export function deductionsIn<T extends PointEvent>(events: readonly T[], from: number, to: number, s: RuleSettings): (T & { effective: number })[] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const capped = applyCap(sorted, s);
  return sorted.map((e, i) => ({ ...e, effective: capped[i]!.effective })).filter((e) => e.at > from && e.at <= to);
}

/** One item's deadlines, and when it was seen handled (closed, or answered), if it was. */
export interface DeadlineOutcomeInput {
  deadlines: readonly number[];
  handledAt?: number;
}

export interface WeekOutcome {
  /** Monday 00:00 Shanghai. */
  start: number;
  met: number;
  missed: number;
}

/**
 * Deadlines that fell in each of the last `weeks` Shanghai weeks (Monday first, the current one last), up to
 * `now`: met when the item was handled by then, missed otherwise. Deadlines still ahead count for neither.
 */
export function weeklyOutcomes(items: readonly DeadlineOutcomeInput[], now: number, weeks: number): WeekOutcome[] {
  const thisWeek = startOfWeek(inShanghaiDate(now), { weekStartsOn: 1 });
  const starts = Array.from({ length: weeks + 1 }, (_, i) => addWeeks(thisWeek, i - weeks + 1).getTime());
  const out: WeekOutcome[] = starts.slice(0, -1).map((start) => ({ start, met: 0, missed: 0 }));
  for (const { deadlines, handledAt } of items) {
    for (const at of new Set(deadlines)) {
      if (at > now || at < starts[0]!) continue;
      const week = out[starts.findIndex((start) => at < start) - 1];
      if (!week) continue;
      if (handledAt !== undefined && handledAt <= at) week.met += 1;
      else week.missed += 1;
    }
  }
  return out;
}
