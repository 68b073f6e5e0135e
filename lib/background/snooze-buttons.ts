/** A click on a reminder's 稍后提醒 button (Chrome): the item snoozed in the log, the notification gone, the alarm re-armed. */
import { browser } from 'wxt/browser';
import { longSnooze } from '../reminders/snooze';
import type { SentinelDb } from '../store/db';
import { loadSettings } from '../store/log';
import { snoozeItem } from '../store/snoozes';
import { NOTIFICATION_PREFIX } from './notify';

export function listenForSnoozeButtons(db: SentinelDb, now: () => number, rearm: () => Promise<unknown>): void {
  // Firefox has no notification buttons (and may lack the event).
  browser.notifications.onButtonClicked?.addListener(async (id, index) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const choice = index === 0 ? 'hour' : (longSnooze(await loadSettings(db)) ?? 'hour');
    await snoozeItem(db, id.slice(NOTIFICATION_PREFIX.length), choice, now());
    await browser.notifications.clear(id);
    await rearm();
  });
}
