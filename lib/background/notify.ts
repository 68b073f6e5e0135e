/**
 * Putting due reminders on screen without showing one twice or losing one when the worker stops mid-run.
 * A run's reminder states are written first, each `pending` with the id of the notification that shows it,
 * and confirmed (pending removed) once that notification is up; a later run finds a pending state whose
 * notification is not on screen and shows it then. More than SUMMARY_ABOVE due in one run (an import, a long
 * sleep, a first visit to a big list) make one summary notification that opens the popup, not one each.
 */
import { browser } from 'wxt/browser';
import type { ItemDeadline } from '../record-deadlines';
import { notificationText, summaryText } from '../reminders/notification-text';
import { reminderKey, type DueReminder } from '../reminders/planner';
import type { RuleSettings } from '../rules/settings';
import type { LogItem, ReminderState } from '../store/types';
import { longSnooze } from '../reminders/snooze';
import { t } from '../i18n';

export const NOTIFICATION_PREFIX = 'ds:';
export const SUMMARY_PREFIX = 'ds-summary:';
/** One notification each up to this many due at once; more make one summary. */
export const SUMMARY_ABOVE = 4;
/** At the end of quiet hours any burst (more than one) is one summary (issue 25). */
export const SUMMARY_AFTER_QUIET = 1;

export interface Shown {
  item: LogItem;
  due: DueReminder;
}

/** Pending states whose notification is not on screen, one reminder per item (the planner will not send them again). */
export function lostReminders(
  states: Iterable<ReminderState>,
  onScreen: ReadonlySet<string>,
  items: ReadonlyMap<string, { item: LogItem; deadlines: readonly ItemDeadline[] }>,
): { lost: Shown[]; states: ReminderState[] } {
  const lost = new Map<string, Shown>();
  const lostStates: ReminderState[] = [];
  for (const state of states) {
    if (state.pending === undefined || onScreen.has(state.pending)) continue;
    const open = items.get(state.itemKey);
    const deadline = open?.deadlines.find((d) => reminderKey(state.itemKey, d) === state.key);
    if (!open || !deadline) continue; // closed or moved since: nothing left to show
    lostStates.push(state);
    if (!lost.has(state.itemKey)) lost.set(state.itemKey, { item: open.item, due: { itemKey: state.itemKey, deadline, leadMinutes: state.sentLeadMinutes } });
  }
  return { lost: [...lost.values()], states: lostStates };
}

/** The notification id each item's reminder goes out under in this run. */
export function notificationIds(shown: readonly Shown[], now: number, summaryAbove = SUMMARY_ABOVE): Map<string, string> {
  const summary = shown.length > summaryAbove ? `${SUMMARY_PREFIX}${now}` : null;
  return new Map(shown.map(({ item }) => [item.key, summary ?? `${NOTIFICATION_PREFIX}${item.key}`]));
}

const create = (id: string, text: { title: string; message: string }, buttons: { title: string }[] = []) =>
  browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icons/128.png'), ...text, priority: 2, ...(buttons.length ? { buttons } : {}) });

/**
 * 稍后提醒 as notification buttons (issue 25): 1 h, and the end of quiet hours or tomorrow's digest. Chrome only:
 * Firefox's notifications have no buttons (its sellers snooze from the popup).
 */
export function snoozeButtons(s: RuleSettings): { title: string }[] {
  if (import.meta.env.FIREFOX) return [];
  const long = longSnooze(s);
  return [{ title: t('notify_snooze_hour') }, ...(long ? [{ title: t(long === 'quiet' ? 'notify_snooze_quiet' : 'notify_snooze_digest') }] : [])];
}

/** Shows them (one each, or one summary replacing an older summary); ids as notificationIds gave them. */
export async function showReminders(shown: readonly Shown[], ids: ReadonlyMap<string, string>, onScreen: ReadonlySet<string>, now: number, s: RuleSettings, points: number): Promise<void> {
  if (ids.get(shown[0]!.item.key)!.startsWith(SUMMARY_PREFIX)) {
    for (const id of onScreen) if (id.startsWith(SUMMARY_PREFIX)) await browser.notifications.clear(id);
    await create(ids.get(shown[0]!.item.key)!, summaryText(shown.map((x) => x.due), now, s));
    return;
  }
  // One notification id per item: a newer stage replaces the older one instead of stacking.
  for (const { item, due } of shown) await create(ids.get(item.key)!, notificationText(item, due, now, s, points), snoozeButtons(s));
}
