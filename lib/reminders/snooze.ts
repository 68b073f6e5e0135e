/**
 * 稍后提醒 (issue 25): when a snooze rings. Pure: the choice, `now`, the item's deadlines and the settings in.
 * A snooze never passes a deadline still ahead: one that would rings before it, a smallest lead time before
 * (or halfway there, when less than that is left).
 */
import { addDays, addMinutes, startOfDay } from 'date-fns';
import type { ItemDeadline } from '../record-deadlines';
import type { RuleSettings } from '../rules/settings';
import { HOUR_MS, inShanghaiDate, MINUTE_MS } from '../rules/shanghai';
import { digestMinute, quietPeriodAt, smallestLead } from './quiet-hours';

/** One hour; until quiet hours end; until tomorrow's digest. */
export type SnoozeChoice = 'hour' | 'quiet' | 'digest';

/** The longer choice a notification offers beside 1 h: the end of quiet hours, else tomorrow's digest, else none. */
export function longSnooze(s: Pick<RuleSettings, 'quietHours' | 'digestMinutes'>): SnoozeChoice | null {
  return s.quietHours ? 'quiet' : s.digestMinutes !== null ? 'digest' : null;
}

/** The end of the quiet period under way, else of the next one. */
function quietEnd(now: number, s: Pick<RuleSettings, 'quietHours'>): number | null {
  const q = s.quietHours;
  if (!q) return null;
  const during = quietPeriodAt(now, q);
  if (during) return during.end;
  const nextStart = [0, 1].map((d) => addMinutes(addDays(startOfDay(inShanghaiDate(now)), d), q.start).getTime()).find((t) => t > now)!;
  return quietPeriodAt(nextStart, q)!.end;
}

/** The moment the chosen snooze is meant for, before the deadline cap. */
function wanted(choice: SnoozeChoice, now: number, s: Pick<RuleSettings, 'quietHours' | 'digestMinutes'>): number {
  const digest = digestMinute(s.digestMinutes, s.quietHours);
  if (choice === 'quiet') return quietEnd(now, s) ?? now + HOUR_MS;
  if (choice === 'digest' && digest !== null) return addMinutes(addDays(startOfDay(inShanghaiDate(now)), 1), digest).getTime();
  return now + HOUR_MS;
}

export function snoozeUntil(choice: SnoozeChoice, now: number, deadlines: readonly ItemDeadline[], s: Pick<RuleSettings, 'quietHours' | 'digestMinutes' | 'reminderLeadMinutes'>): number {
  const until = wanted(choice, now, s);
  const ahead = deadlines.filter((d) => d.at > now).map((d) => d.at);
  if (!ahead.length) return until; // already overdue: nothing to ring before
  const deadline = Math.min(...ahead);
  const byLead = deadline - Math.max(smallestLead(s.reminderLeadMinutes), 1) * MINUTE_MS;
  return Math.min(until, byLead > now ? byLead : Math.round(now + (deadline - now) / 2));
}
