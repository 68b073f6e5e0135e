/**
 * The reminder loop: from the log, notify what is due (and the morning digest, digest.ts), arm the one
 * "next reminder" alarm and refresh the toolbar count. Runs on every worker start, on the alarm, and after every log change; runs never
 * overlap, so a stage cannot be notified twice by two runs reading the same states. Quiet hours (issue 25) move
 * alerts in the planner and hold everything while they last; a snoozed item waits out of the planner until its
 * snooze rings (snooze-hold.ts), and the toolbar shows what is snoozed.
 */
import { browser } from 'wxt/browser';
import { itemDeadlines, type ItemDeadline } from '../record-deadlines';
import { itemFactsOf } from '../store/derive';
import { nextCountChange, planReminders } from '../reminders/planner';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from '../store/db';
import { countOverdueOrDueSoon, loadSettings, openItems, pointsInWindow, reminderStates, saveReminderStates } from '../store/log';
import type { LogItem, ReminderState } from '../store/types';
import { t } from '../i18n';
import { runDigest } from './digest';
import { lostReminders, notificationIds, showReminders, SUMMARY_ABOVE, SUMMARY_AFTER_QUIET, type Shown } from './notify';
import { quietPeriodAt } from '../reminders/quiet-hours';
import { shanghaiClock } from '../badges/format';
import { clearSnoozes, snoozesByItem } from '../store/snoozes';
import type { Snooze } from '../store/types';
import { snoozeHold } from './snooze-hold';

export const REMINDER_ALARM = 'next-reminder';

export function safeDeadlines(item: LogItem, s: RuleSettings): ItemDeadline[] {
  try {
    return itemDeadlines(itemFactsOf(item), s);
  } catch {
    return []; // an out-of-range instant: the badge reports it; no reminder can be computed
  }
}

/** Firefox's MV2 build has browserAction where Chrome's MV3 has action. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** The count, and what is snoozed: a `z` after the count, and the title says how many until when. */
export async function setToolbarCount(count: number, snoozed: readonly Snooze[] = []): Promise<void> {
  const text = `${count > 0 ? count : ''}${snoozed.length ? 'z' : ''}`;
  await toolbar().setBadgeText({ text });
  await toolbar().setBadgeBackgroundColor({ color: '#cf222e' });
  const first = snoozed.length ? Math.min(...snoozed.map((s) => s.until)) : null;
  const titles = [count > 0 ? t('toolbar_title', count) : t('extName'), first === null ? '' : t('toolbar_snoozed', snoozed.length, shanghaiClock(first))];
  await toolbar().setTitle({ title: titles.filter(Boolean).join('\n') });
}

/** The toolbar says the log cannot be used: the seller must not believe reminders are running. */
export async function showStorageUnavailable(): Promise<void> {
  await toolbar().setBadgeText({ text: '!' });
  await toolbar().setBadgeBackgroundColor({ color: '#cf222e' });
  await toolbar().setTitle({ title: t('storage_unavailable') });
}

async function runOnce(db: SentinelDb, now: number): Promise<{ notified: number; nextAt: number | null; count: number }> {
  const settings = await loadSettings(db);
  const items = await openItems(db);
  const planItems = items.map((i) => ({ key: i.key, deadlines: safeDeadlines(i, settings) }));
  const open = new Map(items.map((item, i) => [item.key, { item, deadlines: planItems[i]!.deadlines }]));
  const states = await reminderStates(db);
  const quiet = quietPeriodAt(now, settings.quietHours);
  // Snoozed items wait (issue 25): none of their stages goes out before the snooze rings.
  const snoozes = await snoozesByItem(db);
  const held = snoozeHold(snoozes, open, now, quiet?.end ?? null);
  const plan = planReminders(planItems.filter((p) => !held.waiting.has(p.key)), states, settings.reminderLeadMinutes, now, settings.quietHours);
  const onScreen = new Set(Object.keys(await browser.notifications.getAll()));
  // What an earlier run wrote but a stopped worker never showed; an item due again now is shown once, as due now.
  // Inside quiet hours they stay pending: the run at their end shows them.
  const dueNow = new Set(plan.due.map((d) => d.itemKey));
  const pendingStates = [...states.values()].filter((st) => !dueNow.has(st.itemKey) && !held.waiting.has(st.itemKey));
  const lost = quiet ? { lost: [], states: [] } : lostReminders(pendingStates, onScreen, open);
  const rings = held.ringing.filter((r) => !dueNow.has(r.item.key) && !lost.lost.some((l) => l.item.key === r.item.key));
  const shown: Shown[] = [...plan.due.map((due) => ({ item: open.get(due.itemKey)!.item, due })), ...lost.lost, ...rings];
  const ids = notificationIds(shown, now, plan.afterQuiet ? SUMMARY_AFTER_QUIET : SUMMARY_ABOVE);
  const toWrite = [...plan.sent, ...lost.states].map((st) => ({ ...st, pending: ids.get(st.itemKey) }));
  // Written before the notifications, so no stage is shown twice; confirmed after, so none is lost.
  await saveReminderStates(db, toWrite);
  if (shown.length > 0) {
    await showReminders(shown, ids, onScreen, now, settings, await pointsInWindow(db, now, settings));
  }
  // Confirmed: this run's states, and earlier pending ones now on screen or shown again with their item.
  const confirmed = new Map<string, ReminderState>();
  for (const st of states.values()) if (st.pending !== undefined && (onScreen.has(st.pending) || ids.has(st.itemKey))) confirmed.set(st.key, st);
  for (const st of toWrite) confirmed.set(st.key, st);
  if (confirmed.size > 0) await saveReminderStates(db, [...confirmed.values()].map(({ pending: _shown, ...st }) => st));
  // Rung (or their item closed): a snooze is removed only once its notification is up.
  await clearSnoozes(db, held.done);
  // The morning digest wakes through the same alarm: its next set time is one more moment to wake at.
  const digestAt = await runDigest(db, now, settings);
  const changes = [plan.nextAt, nextCountChange(planItems, settings.dueSoonHours * HOUR_MS, now), digestAt, held.nextAt].filter((x): x is number => x !== null);
  const nextAt = changes.length ? Math.min(...changes) : null;
  if (nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: nextAt });
  const count = await countOverdueOrDueSoon(db, now, settings);
  await setToolbarCount(count, [...snoozes.values()].filter((sn) => held.waiting.has(sn.itemKey)));
  return { notified: shown.length, nextAt, count };
}

let queue: Promise<unknown> = Promise.resolve();
/** A run queued but not started yet: it will read the log as it is when it starts. */
let waiting: { db: SentinelDb; run: ReturnType<typeof runOnce> } | null = null;

/**
 * Queues a run after any run in progress; resolves with what this run did. A run already waiting serves every
 * later request (the chunks of one long list make one or two runs over the log, not one each).
 */
export function runReminders(db: SentinelDb, now: () => number): ReturnType<typeof runOnce> {
  if (waiting?.db === db) return waiting.run;
  const run = queue.then(() => {
    waiting = null;
    return runOnce(db, now());
  });
  waiting = { db, run };
  queue = run.catch(() => undefined);
  return run;
}
