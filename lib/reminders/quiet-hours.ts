/**
 * Quiet hours (issue 25): a daily Shanghai-time window in which no notification goes out. Pure: instants and
 * the window in, instants out. Quiet hours move the *alert*, never the deadline: a reminder whose moment falls
 * inside goes out in the last minute before they start when its deadline would otherwise be missed or nearly
 * so (inside them, or within the smallest lead time after their end), else at their end.
 */
import { addDays, addMinutes, startOfDay } from 'date-fns';
import type { QuietHours } from '../rules/settings';
import { inShanghaiDate, MINUTE_MS } from '../rules/shanghai';

export type { QuietHours };

/** What the options page suggests: 23:00–08:00 Beijing time. */
export const SUGGESTED_QUIET_HOURS: Readonly<QuietHours> = Object.freeze({ start: 23 * 60, end: 8 * 60 });

export interface QuietPeriod {
  start: number;
  end: number;
}

/** The minute of the day on a Shanghai day `days` after the day of `ms`, as an instant. */
function onDay(ms: number, days: number, minutes: number): number {
  return addMinutes(addDays(startOfDay(inShanghaiDate(ms)), days), minutes).getTime();
}

/** Whether a minute of the Shanghai day is inside the window. */
export function isQuietMinute(minute: number, q: QuietHours): boolean {
  if (q.start === q.end) return false;
  return q.start < q.end ? minute >= q.start && minute < q.end : minute >= q.start || minute < q.end;
}

/** The quiet period `at` falls in (start inclusive, end exclusive), or null. */
export function quietPeriodAt(at: number, q: QuietHours | null): QuietPeriod | null {
  if (!q || q.start === q.end) return null;
  // A wrapping period that holds `at` started today or yesterday; a plain one started today.
  for (const days of [0, -1]) {
    const start = onDay(at, days, q.start);
    const end = onDay(at, q.start < q.end ? days : days + 1, q.end);
    if (at >= start && at < end) return { start, end };
  }
  return null;
}

/** When quiet hours last ended at or before `at` (null when off). */
export function lastQuietEnd(at: number, q: QuietHours | null): number | null {
  if (!q || q.start === q.end) return null;
  const today = onDay(at, 0, q.end);
  return today <= at ? today : onDay(at, -1, q.end);
}

/** The smallest positive lead time in minutes (0 alone makes the "just after the end" margin empty). */
export function smallestLead(leadMinutes: readonly number[]): number {
  const positive = leadMinutes.filter((l) => Number.isFinite(l) && l > 0);
  return positive.length ? Math.min(...positive) : 0;
}

/**
 * When an alert meant for `moment` goes out. Outside quiet hours: at `moment`. Inside: one minute before they
 * start if the deadline falls inside them or within `leadMinutes` after their end; else at their end.
 */
export function alertMoment(moment: number, deadlineAt: number, leadMinutes: number, q: QuietHours | null): number {
  const period = quietPeriodAt(moment, q);
  if (!period) return moment;
  return deadlineAt < period.end + leadMinutes * MINUTE_MS ? period.start - MINUTE_MS : period.end;
}

/** The digest's minute of the day: one inside quiet hours moves to their end. */
export function digestMinute(minutes: number | null, q: QuietHours | null): number | null {
  return minutes !== null && q && isQuietMinute(minutes, q) ? q.end : minutes;
}

/** `23:00–08:00` as the form writes it. */
export function formatQuietHours(q: QuietHours | null): string {
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return q ? `${hm(q.start)}-${hm(q.end)}` : '';
}

/** `23:00-08:00` (any dash, or 至/到) → the window; null when it is not one. */
export function parseQuietHours(text: string): QuietHours | null {
  const m = /^([01]?\d|2[0-3])[:：]([0-5]\d)\s*(?:-|–|—|~|～|至|到)\s*([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const q = { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
  return q.start === q.end ? null : q;
}
