/**
 * The reminder loop: from the log, notify what is due, arm the one "next reminder" alarm and refresh the
 * toolbar count. Runs on every worker start, on the alarm, and after every log change; runs never
 * overlap, so a stage cannot be notified twice by two runs reading the same states.
 */
import { browser } from 'wxt/browser';
import { itemDeadlines, type ItemDeadline } from '../record-deadlines';
import { itemFactsOf } from '../store/derive';
import { nextCountChange, planReminders } from '../reminders/planner';
import { notificationText } from '../reminders/notification-text';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from '../store/db';
import { countOverdueOrDueSoon, loadSettings, openItems, pointsInWindow, reminderStates, saveReminderStates } from '../store/log';
import type { LogItem } from '../store/types';
import { t } from '../i18n';

export const REMINDER_ALARM = 'next-reminder';
export const NOTIFICATION_PREFIX = 'ds:';

function safeDeadlines(item: LogItem, s: RuleSettings): ItemDeadline[] {
  try {
    return itemDeadlines(itemFactsOf(item), s);
  } catch {
    return []; // an out-of-range instant: the badge reports it; no reminder can be computed
  }
}

/** Firefox's MV2 build has browserAction where Chrome's MV3 has action. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function setToolbarCount(count: number): Promise<void> {
  await toolbar().setBadgeText({ text: count > 0 ? String(count) : '' });
  await toolbar().setBadgeBackgroundColor({ color: '#cf222e' });
  await toolbar().setTitle({ title: count > 0 ? t('toolbar_title', count) : t('extName') });
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
  const byKey = new Map(items.map((i) => [i.key, i]));
  const planItems = items.map((i) => ({ key: i.key, deadlines: safeDeadlines(i, settings) }));
  const plan = planReminders(planItems, await reminderStates(db), settings.reminderLeadMinutes, now);
  if (plan.due.length > 0) {
    const points = await pointsInWindow(db, now, settings);
    for (const due of plan.due) {
      const { title, message } = notificationText(byKey.get(due.itemKey)!, due, now, settings, points);
      // One notification id per item: a newer stage replaces the older one instead of stacking.
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${due.itemKey}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title,
        message,
        priority: 2,
      });
    }
  }
  await saveReminderStates(db, plan.sent);
  const changes = [plan.nextAt, nextCountChange(planItems, settings.dueSoonHours * HOUR_MS, now)].filter((x): x is number => x !== null);
  const nextAt = changes.length ? Math.min(...changes) : null;
  if (nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: nextAt });
  const count = await countOverdueOrDueSoon(db, now, settings);
  await setToolbarCount(count);
  return { notified: plan.due.length, nextAt, count };
}

let queue: Promise<unknown> = Promise.resolve();

/** Queues a run after any run in progress; resolves with what this run did. */
export function runReminders(db: SentinelDb, now: () => number): Promise<Awaited<ReturnType<typeof runOnce>>> {
  const run = queue.then(() => runOnce(db, now()));
  queue = run.catch(() => undefined);
  return run;
}
