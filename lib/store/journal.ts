/**
 * The journal of page reports answered before they were merged into the log (background/report-flow.ts): the
 * worker replies to a page as soon as it has checked the records, and merges after. A report is journaled
 * before the reply and leaves the journal in the transaction that merges it, so a worker stopped in between
 * merges it on its next start: nothing the page was answered for is lost, nothing is merged twice.
 */
import type { PageReport } from '../messages';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from './db';
import { recordReport, type ReportResult } from './log';
import { notePageHealth } from './page-health';
import type { JournalEntry, TodoReading } from './types';

/** Ids sort in arrival order: the time, then a counter for reports within one millisecond. */
let counter = 0;
const nextId = (now: number) => `${String(now).padStart(15, '0')}-${String(counter++ % 1e6).padStart(6, '0')}`;

export async function journalReport(db: SentinelDb, report: PageReport, seen: { now: number; tabId?: number; todo?: TodoReading }): Promise<JournalEntry> {
  // The list's signs can hold what the seller typed in a search field: judged already (todo), never kept.
  const { list: _signs, ...kept } = report;
  const entry: JournalEntry = {
    id: nextId(seen.now),
    report: kept,
    now: seen.now,
    ...(seen.tabId === undefined ? {} : { tabId: seen.tabId }),
    ...(seen.todo ? { todo: seen.todo } : {}),
  };
  await db.journal.put(entry);
  return entry;
}

/** Merges one journaled report into the log and takes it out of the journal, in one transaction. */
export async function mergeJournaled(db: SentinelDb, entry: JournalEntry, settings: RuleSettings): Promise<ReportResult | null> {
  return db.transaction('rw', [db.tickets, db.questions, db.reminders, db.answers, db.pages, db.journal], async () => {
    // Merged already (the start-up replay and the flow both saw it)? Counted by key: the entry itself is not read back.
    if ((await db.journal.where('id').equals(entry.id).count()) === 0) return null;
    const result = await recordReport(db, entry.report, { now: entry.now, tabId: entry.tabId }, settings, entry.todo);
    await notePageHealth(db, entry.report, entry.now);
    await db.journal.delete(entry.id);
    return result;
  });
}

/** What a worker stopped before merging left in the journal, oldest first. */
export function journaled(db: SentinelDb): Promise<JournalEntry[]> {
  return db.journal.orderBy('id').toArray();
}

/** A journaled report whose merge throws for a reason other than storage (a bug): dropped, not retried at every start. */
export function dropJournaled(db: SentinelDb, id: string): Promise<void> {
  return db.journal.delete(id);
}
