import { acceptPageReport } from '@/lib/background/page-reports';
import { openItemPage } from '@/lib/background/open-item';
import { NOTIFICATION_PREFIX, REMINDER_ALARM, runReminders } from '@/lib/background/reminders';
import { openSentinelDb } from '@/lib/store/db';
import { findItem, loadSettings, logBadgeContext, recordReport } from '@/lib/store/log';
import { isLogChanged } from '@/lib/log-changed';

export default defineBackground(() => {
  const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  const now = () => Date.now();
  // Browsers drop alarms on restart, update and disable/enable: every worker start re-arms from the log.
  const rearm = () => runReminders(db, now).catch((error) => console.error('[时效哨兵] reminders', error));

  browser.runtime.onMessage.addListener(async (message, sender) => {
    if (isLogChanged(message, sender, browser.runtime.getURL('/'))) {
      await rearm();
      return undefined;
    }
    const report = acceptPageReport(message, sender, browser.runtime.id);
    if (!report) return undefined;
    const settings = await loadSettings(db);
    await recordReport(db, report, { now: now(), tabId: sender.tab?.id }, settings);
    void rearm();
    return logBadgeContext(db, now(), settings);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void rearm();
  });

  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const item = await findItem(db, id.slice(NOTIFICATION_PREFIX.length));
    if (item) await openItemPage(item);
    await browser.notifications.clear(id);
  });

  browser.runtime.onStartup.addListener(() => void rearm());
  browser.runtime.onInstalled.addListener(() => void rearm());
  void rearm();
});
