/**
 * A page report's way through the worker. The reply, with every record's badge basis, goes back once the report
 * is journaled and the log has said which of its items the seller marked handled: the badges do not wait for the
 * merge. Merges run one at a time in arrival order (a page's chunks in the page's order); one that fails for want
 * of storage turns its tab's badges to the storage-unavailable state. What a stopped worker left unmerged in the
 * journal is merged on its next start (store/journal.ts).
 */
import type { BadgeContext } from '../badges/context';
import type { CheckedReport, PageReply, PageReport } from '../messages';
import type { PageRecord } from '../pages/records';
import type { AnswerFacts } from './answer-suggestions';
import { StorageUnavailableError, withLog } from '../store/availability';
import type { SentinelDb } from '../store/db';
import { dropJournaled, journaled, journalReport, mergeJournaled } from '../store/journal';
import { handledAmong, keptPageDeadlines, listedSince, loadSettings, logBadgeContext, stalledSinceAmong } from '../store/log';
import type { JournalEntry, TodoReading } from '../store/types';
import { completeness, listFacts } from '../pages/list-complete';
import type { TodoList } from '../pages/recipes/lists';
import { ListVisits } from './list-visits';
import { replyTo } from './page-reports';

export interface ReportFlowDeps {
  now(): number;
  /** The badges' context when the log cannot be used. */
  offlineContext(): BadgeContext;
  /** The to-do list a page at `url` with these selected tabs shows (pages/recipes/lists.ts, with the taught recipes), if any. */
  todoList?(url: string, tabs: readonly string[]): Promise<TodoList | null>;
  /** What the answer log says of the report's questions (answer-suggestions.ts); none without it. */
  answers?(records: readonly PageRecord[], now: number): Promise<AnswerFacts>;
  /** After each merge of `report`: what follows one report (the answer index takes new answers). */
  merged(report: PageReport): Promise<unknown>;
  /** Once no merge is left queued: the reminders follow the log (once for a list's chunks, not once per chunk). */
  drained(): Promise<unknown>;
  /** A report was journaled and its merge queued (the worker arms a wake-up in case it is stopped before the merge). */
  journaled?(): Promise<unknown>;
  /** The log could not be used; `tabId`: the tab whose report could not be merged after it was answered. */
  storageFailed(tabId?: number): Promise<unknown>;
  /** Merges work again after failing: the tab answered meanwhile as without a log reports again. */
  storageBack(tabId?: number): Promise<unknown>;
  warn(what: string, error: unknown): void;
}

export interface ReportFlow {
  /** The reply to a checked report from tab `tabId`; its merge follows. */
  answer(checked: CheckedReport, tabId?: number): Promise<PageReply>;
  /** Queues the merge of every report a stopped worker left in the journal. */
  replay(): Promise<void>;
  /** Resolves once every merge queued so far has run. */
  settled(): Promise<void>;
}

export function reportFlow(db: SentinelDb, deps: ReportFlowDeps): ReportFlow {
  let merges: Promise<void> = Promise.resolve();
  let queued = 0;
  /** The last merge failed for want of storage: replies say so until one succeeds (each change told once, no loop). */
  let failing = false;

  const mergeOne = async (entry: JournalEntry) => {
    try {
      const merged = await withLog(db, async () => mergeJournaled(db, entry, await loadSettings(db)));
      if (failing) {
        failing = false;
        await deps.storageBack(entry.tabId);
      }
      if (merged) await deps.merged(entry.report); // null: merged already, by an earlier queue
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        if (!failing) await deps.storageFailed(entry.tabId);
        failing = true;
        return;
      }
      // Not storage but a bug: kept, the report would fail again at every start.
      deps.warn('merge', error);
      await dropJournaled(db, entry.id).catch((e: unknown) => deps.warn('journal', e));
    }
  };
  const queue = (entry: JournalEntry): void => {
    queued += 1;
    merges = merges.then(async () => {
      await mergeOne(entry);
      if (--queued === 0) await deps.drained();
    });
  };

  const visits = new ListVisits();
  /** The to-do list the report read, judged with the tab's earlier readings of it; undefined on any other page. */
  const todoOf = async (report: PageReport, tabId: number | undefined): Promise<TodoReading | undefined> => {
    if (!report.list || !deps.todoList) return undefined;
    const facts = listFacts(report.list);
    const list = await deps.todoList(report.url, facts.tabs);
    if (!list) return undefined;
    const whole = completeness(visits.add(`${tabId ?? ''}|${list.id}`, facts, deps.now()));
    if (!whole.complete) return { ...list };
    return { ...list, whole: { keys: [...whole.keys], rows: whole.count, ...(whole.range ? { range: whole.range } : {}) } };
  };

  return {
    async answer(checked, tabId) {
      const { report } = checked;
      const now = deps.now();
      try {
        const todo = await todoOf(report, tabId);
        // A report with nothing to write (an empty list, every record refused) is answered, not journaled; a
        // to-do list's reading is written even without news: a row gone is news to the log. A preview is only answered.
        const writes = !report.preview && (report.records.length > 0 || report.outline !== undefined || todo !== undefined);
        // The reads are independent of one another (and of the journal write): asked at once, the reply waits for the
        // slowest rather than for their sum (issue 24: a long list's first badges wait for it).
        const { entry, context, handled, answers, kept, stalled } = await withLog(db, async () => {
          const settings = loadSettings(db);
          const handledKeys = handledAmong(db, report.records, todo !== undefined);
          const [journaledEntry, keptDeadlines, answerFacts, stalledSince, badgeContext] = await Promise.all([
            writes ? journalReport(db, report, { now, tabId, todo }) : null,
            // Read before this report is merged: what earlier visits showed.
            keptPageDeadlines(db, report.records),
            deps.answers?.(report.records, now),
            stalledSinceAmong(db, report.records),
            Promise.all([settings, handledKeys]).then(([s, h]) => logBadgeContext(db, now, s, { records: report.records, handled: h })),
          ]);
          return {
            entry: journaledEntry,
            handled: await handledKeys,
            context: badgeContext,
            answers: answerFacts,
            kept: keptDeadlines,
            // Read before this report's merge: an earlier first sighting on the stalled list stays the exposure.
            stalled: listedSince(report.records, now, stalledSince),
          };
        });
        if (entry) {
          queue(entry);
          void Promise.resolve(deps.journaled?.()).catch((error: unknown) => deps.warn('journal alarm', error));
        }
        return failing ? replyTo(checked, deps.offlineContext(), undefined, undefined, undefined, stalled) : replyTo(checked, context, handled, answers, kept, stalled);
      } catch (error) {
        if (!(error instanceof StorageUnavailableError)) throw error;
        // The badges still work from the page alone; they say the log and reminders are paused.
        void deps.storageFailed();
        return replyTo(checked, deps.offlineContext(), undefined, undefined, undefined, listedSince(report.records, now));
      }
    },
    async replay() {
      // Without storage there is nothing to replay now: the next start tries again.
      const left = await withLog(db, () => journaled(db)).catch((error: unknown) => {
        if (!(error instanceof StorageUnavailableError)) deps.warn('journal', error);
        return [];
      });
      for (const entry of left) queue(entry);
    },
    settled: () => merges,
  };
}
