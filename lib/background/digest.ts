/**
 * The morning digest (issue 16): one notification on the first wake at or after the set time of the Shanghai
 * day, saying what is overdue, due today and due tomorrow, and the 30-day points; a click opens the popup.
 * It has no alarm of its own: the reminder run (reminders.ts) calls runDigest on every wake and folds the
 * returned set time into the one `next-reminder` alarm. The day is claimed before the notification is shown,
 * so it never shows twice (a worker stopped in between loses that day's digest rather than repeating it).
 */
import { browser } from 'wxt/browser';
import { digestHasNews, digestText } from '../reminders/digest-text';
import { planDigestQuiet } from '../reminders/digest-schedule';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from '../store/db';
import { openByDay } from '../store/days-ahead';
import { claimDigestDay, digestShownDay } from '../store/digest-state';
import { pointsInWindow } from '../store/log';
import { openPopup } from './open-item';
import { countLines, digestCountLines } from '../platform/count-lines';
import { loadPlatformState, openLogged } from '../store/platform';

export const DIGEST_PREFIX = 'ds-digest:';

/** Claims the day and shows the digest, unless there is nothing to say. */
async function showDigest(db: SentinelDb, now: number, day: string, settings: RuleSettings): Promise<void> {
  const days = await openByDay(db, now, 2, settings);
  const platform = await loadPlatformState(db);
  const counted = countLines(platform, await openLogged(db));
  // Claimed even with nothing to say: the digest is the start of the day, not a later reminder. The platform
  // counting more than the log holds is news too.
  if (!(await claimDigestDay(db, day)) || (!digestHasNews(days) && !counted.some((l) => l.platform > l.log))) return;
  const text = digestText(days, day, await pointsInWindow(db, now, settings), settings, digestCountLines(platform, await openLogged(db), now));
  await browser.notifications.create(`${DIGEST_PREFIX}${day}`, { type: 'basic', iconUrl: browser.runtime.getURL('/icons/128.png'), ...text, priority: 1 });
}

/**
 * Shows the digest if it is due now; returns the next set time to wake at (null: switched off). A digest that
 * fails is logged, not thrown: the reminder run that called it must still arm its alarm.
 */
export async function runDigest(db: SentinelDb, now: number, settings: RuleSettings): Promise<number | null> {
  const plan = planDigestQuiet(now, settings.digestMinutes, await digestShownDay(db), settings.quietHours);
  if (plan.dueDay !== null) await showDigest(db, now, plan.dueDay, settings).catch((error) => console.error('[时效哨兵] digest', error));
  return plan.nextAt;
}

/** A click on the digest opens the popup, which lists every open item. */
export function listenForDigestClicks(): void {
  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith(DIGEST_PREFIX)) return;
    await openPopup();
    await browser.notifications.clear(id);
  });
}
