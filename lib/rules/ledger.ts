import { assertInstant, DAY_MS } from './shanghai';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings';

/** Which rule a deduction was for (RULES §4): the 6-point cap belongs to the invoice rule alone. */
export type PenaltyRule = 'invoice' | 'other';

/** A deducted penalty (RULES §4): when, how many points the platform recorded, and for which rule (invoice when unsaid). */
export interface PointEvent {
  at: number;
  points: number;
  rule?: PenaltyRule;
}

export const ruleOf = (e: { rule?: PenaltyRule }): PenaltyRule => e.rule ?? 'invoice';

export interface CappedEvent extends PointEvent {
  /** Points that count: for the invoice rule, min(points, cap − rolling total just before), never below 0; else all of them. */
  effective: number;
}

/** Peak of a forecast and the first moment it is reached ("01-03 将达 5/6 分"). */
export interface PointsForecast {
  points: number;
  at: number;
}

/**
 * The rolling window is (t − days × 24 h, t]. Absolute hours equal calendar days in Asia/Shanghai
 * (no DST), so an event at 12-01 10:00 counts up to 12-31 09:59:59.999 and is gone at 12-31 10:00.
 */
export function windowMs(settings: RuleSettings = DEFAULT_SETTINGS): number {
  return settings.pointsWindowDays * DAY_MS;
}

/**
 * Applies the cap in time order (RULES §4, interpretation) to the invoice rule's events; another cause's
 * events count whole and take no room under the cap. Equal times keep input order, and each sees the ones
 * before it. A capped event stays capped: it does not revive when older events leave the window.
 */
export function applyCap(events: readonly PointEvent[], settings: RuleSettings = DEFAULT_SETTINGS): CappedEvent[] {
  for (const e of events) {
    assertInstant(e.at, 'event.at');
    if (!Number.isFinite(e.points)) throw new RangeError(`event points not a number: ${String(e.points)}`);
  }
  const sorted = [...events].sort((a, b) => a.at - b.at); // stable since ES2019
  const window = windowMs(settings);
  const out: CappedEvent[] = [];
  const invoice: CappedEvent[] = [];
  let left = 0;
  let inWindow = 0;
  for (const e of sorted) {
    if (ruleOf(e) !== 'invoice') {
      out.push({ ...e, effective: e.points });
      continue;
    }
    // Drop invoice events at or before e.at − window: they are outside (e.at − window, e.at].
    for (let old = invoice[left]; old !== undefined && old.at <= e.at - window; old = invoice[++left]) inWindow -= old.effective;
    const effective = Math.max(0, Math.min(e.points, settings.pointsCap - inWindow));
    const capped = { ...e, effective };
    out.push(capped);
    invoice.push(capped);
    inWindow += effective;
  }
  return out;
}

/** Effective points of capped events of `rule` in (t − window, t]. */
export function totalAt(capped: readonly CappedEvent[], t: number, window: number, rule: PenaltyRule = 'invoice'): number {
  let sum = 0;
  for (const e of capped) if (e.at > t - window && e.at <= t && ruleOf(e) === rule) sum += e.effective;
  return sum;
}

/** The N of N/6 at `at`: effective points of the invoice rule's events in (at − 30 days, at]. */
export function pointsAt(events: readonly PointEvent[], at: number, settings: RuleSettings = DEFAULT_SETTINGS): number {
  assertInstant(at, 'at');
  return totalAt(applyCap(events, settings), at, windowMs(settings));
}

/** Other causes' points in (at − 30 days, at], uncapped and apart from N/6. */
export function otherPointsAt(events: readonly PointEvent[], at: number, settings: RuleSettings = DEFAULT_SETTINGS): number {
  assertInstant(at, 'at');
  return totalAt(applyCap(events, settings), at, windowMs(settings), 'other');
}

/**
 * RULES §4 forecast: each forecast moment (an open ticket's penalty-risk moment) becomes a
 * pointsPerComplaint event at that moment, capped like real events; returns the peak rolling total over
 * [now, last forecast moment] and the first moment it is reached. Moments before `now` stay where they
 * are (they count while still in the window). With no moment after `now`, the peak is the total at `now`.
 */
export function forecastPoints(
  events: readonly PointEvent[],
  forecast: readonly { at: number }[],
  now: number,
  settings: RuleSettings = DEFAULT_SETTINGS,
): PointsForecast {
  assertInstant(now, 'now');
  const all = [...events, ...forecast.map((f) => ({ at: f.at, points: settings.pointsPerComplaint, rule: 'invoice' as const }))];
  const capped = applyCap(all, settings);
  const window = windowMs(settings);
  const end = Math.max(now, ...forecast.map((f) => f.at));
  // The total only rises at invoice event moments, so the peak is at `now` or at one of those in (now, end].
  const moments = [now, ...capped.filter((e) => ruleOf(e) === 'invoice').map((e) => e.at).filter((t) => t > now && t <= end)].sort((a, b) => a - b);
  let peak: PointsForecast = { points: -1, at: now };
  for (const t of moments) {
    const points = totalAt(capped, t, window);
    if (points > peak.points) peak = { points, at: t };
  }
  return peak;
}
