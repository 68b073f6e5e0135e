import { acceptPageReport, answerKnowledge, isFromOwnContentScript, isOwnKnowledgeRequest, knowledgeUrl } from '@/lib/background/page-reports';
import { AnswerSuggester } from '@/lib/background/answer-suggestions';
import { reportFlow } from '@/lib/background/report-flow';
import { openItemPage, openPopup, showItemRow } from '@/lib/background/open-item';
import { enablePanelIn, listenForPanelCommand, panelOffByDefault } from '@/lib/background/side-panel';
import { isOpenItem } from '@/lib/open-item-message';
import { refreshSellerTabs, refreshTab } from '@/lib/background/refresh-tabs';
import { NOTIFICATION_PREFIX, SUMMARY_PREFIX } from '@/lib/background/notify';
import { listenForDigestClicks } from '@/lib/background/digest';
import { listenForSnoozeButtons } from '@/lib/background/snooze-buttons';
import { listenForInstall } from '@/lib/background/welcome';
import { REMINDER_ALARM, runReminders, showStorageUnavailable } from '@/lib/background/reminders';
import { badgeContext } from '@/lib/badges/context';
import { isLogChanged } from '@/lib/log-changed';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { StorageUnavailableError, withLog } from '@/lib/store/availability';
import { openSentinelDb } from '@/lib/store/db';
import { findItem, loadSettings, logBadgeContext, reopenItem } from '@/lib/store/log';
import { reopenKeyOf } from '@/lib/messages';
import { loadRecipes, noteRecipeVisit } from '@/lib/store/recipes';
import { TaughtKnowledge } from '@/lib/background/taught-knowledge';

export default defineBackground(() => {
  const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  const now = () => Date.now();
  const suggester = new AnswerSuggester(db);
  const taught = new TaughtKnowledge(() => withLog(db, () => loadRecipes(db)));
  /** The badges' context when the log cannot be read: the page alone, saying the log and reminders are paused. */
  const offlineContext = () => ({ ...badgeContext([], [], now(), DEFAULT_SETTINGS), storageUnavailable: true });
  // Browsers drop alarms on restart, update and disable/enable: every worker start re-arms from the log.
  const rearm = () =>
    withLog(db, () => runReminders(db, now)).catch((error) =>
      error instanceof StorageUnavailableError ? showStorageUnavailable() : console.error('[时效哨兵] reminders', error),
    );

  const reports = reportFlow(db, {
    now,
    offlineContext,
    answers: (records, at) => suggester.forReport(records, at),
    merged: async (report) => {
      if (report.records.some((r) => r.answers)) suggester.logged();
      await noteRecipeVisit(db, await taught.rowsRead(report), now()).catch((error) => console.error('[时效哨兵] recipe visits', error));
    },
    drained: rearm,
    // A report answered but not merged: its tab reports again, and is answered as the log now allows.
    storageFailed: (tabId) => Promise.all([showStorageUnavailable(), tabId === undefined ? undefined : refreshTab(tabId)]),
    storageBack: async (tabId) => tabId !== undefined && refreshTab(tabId),
    warn: (what, error) => console.error(`[时效哨兵] ${what}`, error),
  });

  browser.runtime.onMessage.addListener(async (message, sender) => {
    if (isLogChanged(message, sender, browser.runtime.getURL('/'))) {
      taught.changed();
      // Open seller tabs redraw under the new settings, ledger and recipes without a reload.
      void refreshSellerTabs().catch((error) => console.error('[时效哨兵] refresh tabs', error));
      await rearm();
      return undefined;
    }
    const reopen = isFromOwnContentScript(sender, browser.runtime.id) ? reopenKeyOf(message) : null;
    if (reopen) {
      // The 撤销 of a badge marked handled: reopened, its reminders re-armed, every seller tab redrawn.
      const done = await withLog(db, async () => reopenItem(db, reopen, await loadSettings(db))).catch(() => false);
      if (done) await Promise.all([refreshSellerTabs().catch(() => undefined), rearm()]);
      return done;
    }
    if (isOwnKnowledgeRequest(message, sender, browser.runtime.id)) {
      const context = await withLog(db, async () => logBadgeContext(db, now(), await loadSettings(db))).catch(
        offlineContext,
      );
      return answerKnowledge(context, await taught.knowledgeFor(knowledgeUrl(message, sender), sender.tab?.id));
    }
    const checked = acceptPageReport(message, sender, browser.runtime.id);
    if (!checked) return isOpenItem(message, sender, browser.runtime.getURL('/')) ? openFromPanel(message.key) : undefined;
    // A seller tab: the side panel is offered there (no host permission needed to know which tabs those are).
    if (sender.tab?.id !== undefined) void enablePanelIn(sender.tab.id).catch(() => undefined);
    // Moved (a client route) to where other taught recipes are in force: read again with them.
    if (await taught.stale(checked.report, sender.tab?.id)) void refreshTab(sender.tab!.id!);
    return reports.answer(checked, sender.tab?.id);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void rearm();
  });

  browser.notifications.onClicked.addListener(async (id) => {
    if (id.startsWith(SUMMARY_PREFIX)) {
      await openPopup();
      await browser.notifications.clear(id);
      return;
    }
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const item = await findItem(db, id.slice(NOTIFICATION_PREFIX.length)).catch(() => undefined);
    if (item) await openItemPage(item);
    await browser.notifications.clear(id);
  });

  /** The side panel's click: the item's row in its tab, or its page. */
  const openFromPanel = async (key: string) => {
    const item = await findItem(db, key).catch(() => undefined);
    return item ? showItemRow(item) : null;
  };
  void panelOffByDefault().catch(() => undefined);
  listenForPanelCommand();
  listenForDigestClicks();
  listenForSnoozeButtons(db, now, rearm);
  listenForInstall();
  browser.runtime.onStartup.addListener(() => void rearm());
  browser.runtime.onInstalled.addListener(() => void rearm());
  void rearm();
  // Reports a stopped worker answered but did not merge: each merge re-arms again.
  void reports.replay();
});
