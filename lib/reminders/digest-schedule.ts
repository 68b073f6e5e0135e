/**
 * When the morning digest is due (issue 16). Pure: `now`, the set minute of the Shanghai day and the day the
 * digest last went out in; whether it is due now and the next moment to wake for it out. The digest belongs to
 * the Shanghai day of the wake: due on the first wake at or after that day's set time, once. A machine asleep
 * at 09:00 shows it when it wakes later that day; one asleep until past midnight shows the next day's at its time.
 */
import { addDays, addMinutes, startOfDay } from 'date-fns';
import { inShanghaiDate } from '../rules/shanghai';
import { shanghaiIso } from '../rules/wall-clock';
import { digestMinute, quietPeriodAt, type QuietHours } from './quiet-hours';

export interface DigestPlan {
  /** The Shanghai day the digest is due for now (`2026-12-02`), or null when it is not due. */
  dueDay: string | null;
  /** The next set time to wake at (the alarm), or null when the digest is switched off. */
  nextAt: number | null;
}

/** The Shanghai calendar day of an instant, as written: `2026-12-02`. */
export function shanghaiDay(ms: number): string {
  return shanghaiIso(ms).slice(0, 10);
}

/** The set time on the Shanghai day `days` after the day of `now`. */
function setTimeOn(now: number, days: number, minutes: number): number {
  return addMinutes(addDays(startOfDay(inShanghaiDate(now)), days), minutes).getTime();
}

/**
 * `shownDay` is the day the digest last went out in (or was passed over, with nothing open). A later day only
 * is due: after the clock was set back, a day already served is not served again.
 */
export function planDigest(now: number, minutes: number | null, shownDay: string | null): DigestPlan {
  if (minutes === null) return { dueDay: null, nextAt: null };
  const today = shanghaiDay(now);
  const todayAt = setTimeOn(now, 0, minutes);
  if (now < todayAt) return { dueDay: null, nextAt: todayAt };
  const served = shownDay !== null && shownDay >= today;
  return { dueDay: served ? null : today, nextAt: setTimeOn(now, 1, minutes) };
}

/**
 * The digest under quiet hours (issue 25): a set time inside them moves to their end, and a wake inside them
 * (a machine asleep through the set time) shows nothing, waking again at their end.
 */
export function planDigestQuiet(now: number, minutes: number | null, shownDay: string | null, quiet: QuietHours | null): DigestPlan {
  const plan = planDigest(now, digestMinute(minutes, quiet), shownDay);
  const period = quietPeriodAt(now, quiet);
  if (!period || plan.dueDay === null) return plan;
  return { dueDay: null, nextAt: Math.min(plan.nextAt ?? period.end, period.end) };
}
