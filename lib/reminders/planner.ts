/**
 * Which reminders are due now and when the next one falls (RULES §5). Pure: the log's open items, the
 * reminder states already sent, the lead times and `now` in; notifications to send and one next alarm out.
 * Each item gets at most one notification per wake, however many lead times passed while the browser
 * slept, and a stage already sent (recorded in its state) is never sent again.
 */
import type { ItemDeadline } from '../record-deadlines';
import type { ReminderState } from '../store/types';
import { alertMoment, lastQuietEnd, quietPeriodAt, smallestLead, type QuietHours } from './quiet-hours';

const MINUTE_MS = 60_000;

export interface PlanItem {
  key: string;
  deadlines: readonly ItemDeadline[];
}

export interface DueReminder {
  itemKey: string;
  deadline: ItemDeadline;
  /** The stage being notified: minutes before the deadline (0 = the moment itself). */
  leadMinutes: number;
  /** Sent early, before quiet hours, for a deadline inside them or just after ("今晚 03:00 到期"). */
  early?: boolean;
}

export interface ReminderPlan {
  due: DueReminder[];
  /** States to save with the notifications, so no stage goes out twice across worker restarts. */
  sent: ReminderState[];
  /** The next moment a not-yet-sent stage falls due, or null when none is left. */
  nextAt: number | null;
  /** Some due reminder was held by quiet hours until their end: a burst the caller sums up in one notification. */
  afterQuiet: boolean;
}

export const reminderKey = (itemKey: string, d: ItemDeadline) => `${itemKey}|${d.key}`;

/**
 * A page countdown read a minute later lands a few seconds elsewhere, and a work order may move a deadline:
 * within this tolerance it is the same deadline (its stages stay sent); beyond it, a new one.
 */
const SAME_DEADLINE_MS = 60 * MINUTE_MS;

/** A run this soon after quiet hours end is their end's run: what it sends was held by them. */
const QUIET_END_RUN_MS = 10 * MINUTE_MS;

function stateFor(states: ReadonlyMap<string, ReminderState>, key: string, d: ItemDeadline): ReminderState | undefined {
  const state = states.get(key);
  return state && Math.abs((state.deadlineAt ?? d.at) - d.at) <= SAME_DEADLINE_MS ? state : undefined;
}

/** When a stage's alert goes out: its moment, moved out of quiet hours (quiet-hours.ts). */
type MomentOf = (d: ItemDeadline, lead: number) => number;

/** The tightest stage whose alert moment has passed, if it is tighter than what was already sent. */
function dueStage(d: ItemDeadline, leadsDesc: readonly number[], sent: ReminderState | undefined, now: number, momentOf: MomentOf): number | null {
  let stage: number | null = null;
  for (const lead of leadsDesc) if (momentOf(d, lead) <= now) stage = lead;
  if (stage === null || (sent && sent.sentLeadMinutes <= stage)) return null;
  return stage;
}

export function planReminders(
  items: readonly PlanItem[],
  states: ReadonlyMap<string, ReminderState>,
  leadMinutes: readonly number[],
  now: number,
  quiet: QuietHours | null = null,
): ReminderPlan {
  const leadsDesc = [...new Set(leadMinutes.filter((l) => Number.isFinite(l) && l >= 0))].sort((a, b) => b - a);
  const margin = smallestLead(leadsDesc);
  const momentOf: MomentOf = (d, lead) => alertMoment(d.at - lead * MINUTE_MS, d.at, margin, quiet);
  const due: DueReminder[] = [];
  const sent: ReminderState[] = [];
  let nextAt: number | null = null;
  let afterQuiet = false;
  for (const item of items) {
    let pick: DueReminder | null = null;
    for (const d of item.deadlines) {
      const key = reminderKey(item.key, d);
      const state = stateFor(states, key, d);
      const stage = dueStage(d, leadsDesc, state, now, momentOf);
      if (stage !== null) {
        // Its own moment fell in quiet hours now past: part of the burst at their end.
        const raw = d.at - stage * MINUTE_MS;
        if (raw <= now && quietPeriodAt(raw, quiet)) afterQuiet = true;
        sent.push({ key, itemKey: item.key, deadlineAt: d.at, sentLeadMinutes: stage, sentAt: now });
        // One notification per item: the deadline still ahead and nearest, else the latest one passed.
        const ahead = d.at >= now;
        if (!pick || (ahead && (pick.deadline.at < now || d.at < pick.deadline.at)) || (!ahead && pick.deadline.at < now && d.at > pick.deadline.at)) {
          const early = momentOf(d, stage) < raw && d.at > now;
          pick = { itemKey: item.key, deadline: d, leadMinutes: stage, ...(early ? { early } : {}) };
        }
      }
      const sentLead = stage ?? state?.sentLeadMinutes ?? Infinity;
      for (const lead of leadsDesc) {
        const moment = momentOf(d, lead);
        if (moment > now && lead < sentLead && (nextAt === null || moment < nextAt)) nextAt = moment;
      }
    }
    if (pick) due.push(pick);
  }
  // Inside quiet hours nothing goes out: what is due waits for their end (and is sent then as due).
  const period = quietPeriodAt(now, quiet);
  if (period) return { due: [], sent: [], nextAt: due.length ? period.end : nextAt, afterQuiet: false };
  // The run at their end (or soon after: the alarm may be late) sends what they held, whatever its own moment.
  const ended = lastQuietEnd(now, quiet);
  if (due.length && ended !== null && now - ended < QUIET_END_RUN_MS) afterQuiet = true;
  return { due, sent, nextAt, afterQuiet };
}

/** The next moment the toolbar count changes: a deadline entering the due-soon window, or passing. */
export function nextCountChange(items: readonly PlanItem[], dueSoonMs: number, now: number): number | null {
  let next: number | null = null;
  for (const item of items) {
    for (const d of item.deadlines) {
      for (const moment of [d.at - dueSoonMs, d.at + 1]) if (moment > now && (next === null || moment < next)) next = moment;
    }
  }
  return next;
}
