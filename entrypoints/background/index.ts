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
import { parsePlatformReport, reopenKeyOf } from '@/lib/messages';
import { notePlatformReport } from '@/lib/store/platform';
import { loadRecipes, noteRecipeVisit } from '@/lib/store/recipes';
import { TaughtKnowledge } from '@/lib/background/taught-knowledge';
import { todoListAt } from '@/lib/pages/recipes/lists';
import { BadgeOwners } from '@/lib/background/badge-owners';

/** Wakes a worker stopped between journaling a report and merging it (issue 23). */
const JOURNAL_ALARM = 'journal';

export default defineBackground(() => {
  const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  const now = () => Date.now();
  const suggester = new AnswerSuggester(db);
  const owners = new BadgeOwners();
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
    todoList: async (url, tabs) => todoListAt(url, tabs, await taught.recipes()),
    answers: (records, at) => suggester.forReport(records, at),
    merged: async (report) => {
      if (report.records.some((r) => r.answers)) suggester.logged();
      await noteRecipeVisit(db, await taught.rowsRead(report), now()).catch((error) => console.error('[时效哨兵] recipe visits', error));
    },
    // The merges are done: no wake-up needed; the reminders follow the log.
    drained: () => Promise.all([browser.alarms.clear(JOURNAL_ALARM), rearm()]),
    // A worker stopped before the merge is started by this alarm (else only by the next page or reminder).
    journaled: () => browser.alarms.create(JOURNAL_ALARM, { delayInMinutes: 0.5 }),
    // A report answered but not merged: its tab reports again, and is answered as the log now allows.
    storageFailed: (tabId) => Promise.all([showStorageUnavailable(), tabId === undefined ? undefined : refreshTab(tabId)]),
    storageBack: async (tabId) => tabId !== undefined && refreshTab(tabId),
    warn: (what, error) => console.error(`[时效哨兵] ${what}`, error),
  });

  // Every start merges what a stopped worker left in the journal at once, then plans the reminders from the
  // merged log (issue 23): never before, so a reminder is never planned from a log missing a journaled report.
  const started = reports
    .replay()
    .then(() => reports.settled())
    .then(rearm);

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
      // Only the frame that drew this item's handled badge may undo it (issue 23); 'unknown' asks it to report again.
      if (!owners.drew(sender, reopen)) return 'unknown';
      // The 撤销 of a badge marked handled: reopened, its reminders re-armed, every seller tab redrawn.
      const done = await withLog(db, async () => reopenItem(db, reopen, await loadSettings(db))).catch(() => false);
      if (done) await Promise.all([refreshSellerTabs().catch(() => undefined), rearm()]);
      return done;
    }
    if (isFromOwnContentScript(sender, browser.runtime.id) && (message as { type?: unknown })?.type === 'open-answers') {
      // The earlier answers to similar questions show in the popup, beside the open question (issue 23).
      await openPopup().catch((error: unknown) => console.error('[时效哨兵] open popup', error));
      return true;
    }
    // A copy of a page's own request (issue 21): read here, kept (counts, invoice access), answered with what the page needs.
    const platform = isFromOwnContentScript(sender, browser.runtime.id) ? parsePlatformReport(message) : null;
    if (platform) {
      return withLog(db, () => notePlatformReport(db, platform, now())).catch((error) => {
        console.error('[时效哨兵] platform data', error);
        return undefined;
      });
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
    const reply = await reports.answer(checked, sender.tab?.id);
    owners.answered(sender, reply);
    return reply;
  });

  // JOURNAL_ALARM needs nothing more: this start has replayed the journal (started).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void started.then(rearm);
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
  // Browsers drop alarms on restart and update: re-armed again, after the start's replay (runs do not overlap).
  browser.runtime.onStartup.addListener(() => void started.then(rearm));
  browser.runtime.onInstalled.addListener(() => void started.then(rearm));
});
