/**
 * The log's operations: what the background and the extension pages call. `now` and the settings are
 * always parameters (nothing here reads the clock). Items are never deleted because a page stopped showing
 * them, and closed by that only on a to-do list read whole (closeAbsent), which reopens them when it shows them again.
 */
import { Dexie, type Collection, type Table } from 'dexie';
import { badgeContext, type BadgeContext } from '../badges/context';
import type { PageReport } from '../messages';
import type { PageRecord } from '../pages/records';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from './db';
import { logAnswers, shownAnswersOf, withShownAnswers } from './answers';
import { withDeadlines } from './derive';
import { itemKeyOf, mergeQuestion, mergeTicket, type Sighting } from './merge';
export { listedSince } from './merge';
import { ledgerHistory } from './penalties';
import type { KeptPageDeadline } from '../page-deadline';
import type { LogItem, QaEntry, Ticket, TodoReading } from './types';

export { addPenalty, ledgerHistory, penaltiesBetween, pointsInWindow } from './penalties';
export { deleteRemindersOf, pruneReminderStates, reminderStates, saveReminderStates } from './reminder-states';
export { loadSettings, saveSettings } from './settings-store';
export { itemKeyOf } from './merge';

const isQa = (r: PageRecord): r is PageRecord & { kind: 'qa' } => r.kind === 'qa';
const isTicketRecord = (r: PageRecord): r is PageRecord & { kind: 'invoice' | 'logistics' } => r.kind !== 'qa';

export interface ReportResult {
  /** Distinct items written (two records of one item count once). */
  written: number;
  /** Items this report moved out of 'open' (closed, answered, unanswerable): their reminders were cancelled. */
  closed: string[];
}

/**
 * Upserts every record of one page report in one transaction (see merge.ts for the field rules). `todo`: the
 * to-do list the report read; its records are on it, and when it was read whole, the open items seen on it before
 * and absent now close (closeAbsent).
 */
export async function recordReport(
  db: SentinelDb,
  report: PageReport,
  seen: { now: number; tabId?: number },
  settings: RuleSettings,
  todo?: TodoReading,
): Promise<ReportResult> {
  if (!Number.isFinite(seen.now)) throw new RangeError(`sighting time is not an instant: ${String(seen.now)}`);
  const sighting: Sighting = { now: seen.now, url: report.url, tabId: seen.tabId, ...(todo ? { list: todo.id } : {}) };
  const ticketRecords = report.records.filter(isTicketRecord);
  const qaRecords = report.records.filter(isQa);
  const shown = shownAnswersOf(qaRecords, seen.now);
  return db.transaction('rw', [db.tickets, db.questions, db.reminders, db.answers], async () => {
    const tickets = await rowsByKey(db.tickets, ticketRecords.map(itemKeyOf));
    const questions = await rowsByKey(db.questions, qaRecords.map(itemKeyOf));
    const wasOpen = new Set([...tickets.values(), ...questions.values()].filter((i) => i.status === 'open').map((i) => i.key));
    // Later records of the same item in one report merge into the earlier ones (same sighting, so newer).
    for (const r of ticketRecords) {
      const key = itemKeyOf(r);
      tickets.set(key, withDeadlines(mergeTicket(tickets.get(key), r, sighting), settings));
    }
    for (const r of qaRecords) {
      const key = itemKeyOf(r);
      questions.set(key, withDeadlines(withShownAnswers(mergeQuestion(questions.get(key), r, sighting), shown.get(key), seen.now), settings));
    }
    await logAnswers(db, questions, shown, sighting);
    const left = todo?.whole ? await closeAbsent(db, todo, seen.now, settings) : [];
    const written = [...touched(tickets, ticketRecords), ...touched(questions, qaRecords)];
    await db.tickets.bulkPut(written.filter((i): i is Ticket => i.kind !== 'qa'));
    await db.questions.bulkPut(written.filter((i): i is QaEntry => i.kind === 'qa'));
    const closed = [...written.filter((i) => wasOpen.has(i.key) && i.status !== 'open').map((i) => i.key), ...left];
    if (closed.length > 0) await db.reminders.where('itemKey').anyOf(closed).delete();
    return { written: written.length, closed };
  });
}

/** The keys a page row of this item may have had (`kind:id`): its order, its work order, or its own id. */
const rowKeysOf = (item: LogItem): string[] =>
  item.kind === 'qa' ? [`qa:${item.id}`] : [item.key, ...(item.workOrderId === undefined ? [] : [`${item.kind}:${item.workOrderId}`])];

/** When an item was asked for: what a list's date range filters by. */
const askedAt = (item: LogItem): number | undefined => (item.kind === 'qa' ? item.askedAt : item.requestedAt);

/**
 * A whole reading of a to-do list: each open item seen on it before and not on it now closes, with its evidence
 * (closedWhy). Under a date range only items asked for inside it are judged. Never deleted. Returns their keys.
 */
async function closeAbsent(db: SentinelDb, todo: TodoReading, now: number, settings: RuleSettings): Promise<string[]> {
  const whole = todo.whole!;
  const present = new Set(whole.keys);
  const range = whole.range;
  const absent = (item: LogItem) => {
    if (!item.lists?.includes(todo.id) || rowKeysOf(item).some((k) => present.has(k))) return false;
    const at = askedAt(item);
    return !range || (at !== undefined && at >= range[0] && at < range[1]);
  };
  const close = <T extends LogItem>(item: T): T =>
    withDeadlines({ ...item, status: 'done', closedAt: now, closedBy: 'list', closedWhy: { list: todo.name, rows: whole.rows } } as T, settings);
  const tickets = (await db.tickets.where('status').equals('open').filter(absent).toArray()).map(close);
  const questions = (await db.questions.where('status').equals('open').filter(absent).toArray()).map(close);
  await db.tickets.bulkPut(tickets);
  await db.questions.bulkPut(questions);
  return [...tickets, ...questions].map((i) => i.key);
}

async function rowsByKey<T extends LogItem>(table: Table<T, string>, keys: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(keys)];
  const rows = await table.bulkGet(unique);
  const map = new Map<string, T>();
  for (const row of rows) if (row) map.set(row.key, row);
  return map;
}

function touched<T extends LogItem>(rows: Map<string, T>, records: PageRecord[]): T[] {
  return [...new Set(records.map(itemKeyOf))].map((k) => rows.get(k)).filter((i): i is T => i !== undefined);
}

/** The user marks a ticket or question done: it closes for good and its reminders are cancelled. */
export async function markDone(db: SentinelDb, key: string, now: number): Promise<boolean> {
  const close = <T extends LogItem>(item: T): T => {
    if (item.status === 'done') return item; // keep who closed it first, and when
    const next = { ...item, status: 'done', closedAt: now, closedBy: 'user', dueTimes: [] } as T;
    delete next.finalDueAt;
    return next;
  };
  return db.transaction('rw', [db.tickets, db.questions, db.reminders], async () => {
    const ticket = await db.tickets.get(key);
    const question = ticket ? undefined : await db.questions.get(key);
    if (ticket) await db.tickets.put(close(ticket));
    else if (question) await db.questions.put(close(question));
    else return false;
    await db.reminders.where('itemKey').equals(key).delete();
    return true;
  });
}

/**
 * The user reopens an item they marked handled, or one closed by leaving a to-do list: open again, its deadlines
 * derived anew, so its reminders come back. The latter is taken off its lists too, so the next whole reading does
 * not close it at once: it stays open until a page shows it again.
 */
export async function reopenItem(db: SentinelDb, key: string, settings: RuleSettings): Promise<boolean> {
  const reopen = <T extends LogItem>(item: T): T | null => {
    // A status cell's closing is the page's to undo.
    if (item.status !== 'done' || (item.closedBy !== 'user' && item.closedBy !== 'list')) return null;
    // A question a buyer answered meanwhile reopens as answered.
    const next = { ...item, status: item.kind === 'qa' && item.answeredAt !== undefined ? 'answered' : 'open' } as T;
    delete next.closedAt;
    delete next.closedBy;
    delete next.closedWhy;
    delete next.lists;
    return withDeadlines(next, settings);
  };
  return db.transaction('rw', [db.tickets, db.questions], async () => {
    const item = await findItem(db, key);
    const next = item && reopen(item);
    if (!next) return false;
    await (next.kind === 'qa' ? db.questions.put(next) : db.tickets.put(next as Ticket));
    return true;
  });
}

/** A table's items the seller marked handled and that are still closed: a few rows of the closedBy index. */
const closedByUser = <T extends LogItem>(table: Table<T, string>): Collection<T, string> =>
  table.where('closedBy').equals('user').filter((i) => i.status === 'done');

/** Items closed by leaving a to-do list since `since`, latest first: what the popup lists with 撤销 (a v8 index range). */
export async function leftListsSince(db: SentinelDb, since: number): Promise<LogItem[]> {
  const recent = <T extends LogItem>(table: Table<T, string>) =>
    table.where('[closedBy+closedAt]').between(['list', since], ['list', Dexie.maxKey]).filter((i) => i.status === 'done').toArray();
  const items = await db.transaction('r', [db.tickets, db.questions], async () => [...(await recent(db.tickets)), ...(await recent(db.questions))]);
  return items.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
}

/** The items the user marked handled, latest first: what the popup offers to reopen. */
export async function handledByUser(db: SentinelDb, limit: number): Promise<LogItem[]> {
  const items = await db.transaction('r', [db.tickets, db.questions], async () => [
    ...(await closedByUser(db.tickets).toArray()),
    ...(await closedByUser(db.questions).toArray()),
  ]);
  return items.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0)).slice(0, limit);
}

/** One ticket or question by key (a notification names its item by key). */
export async function findItem(db: SentinelDb, key: string): Promise<LogItem | undefined> {
  return key.startsWith('qa:') ? db.questions.get(key) : db.tickets.get(key);
}

/** Every open ticket and question (answered, unanswerable and done ones are not open). */
export async function openItems(db: SentinelDb): Promise<LogItem[]> {
  return db.transaction('r', [db.tickets, db.questions], async () => [
    ...(await db.tickets.where('status').equals('open').toArray()),
    ...(await db.questions.where('status').equals('open').toArray()),
  ]);
}

/** Only open items have dueTimes/finalDueAt, so these index ranges hold open items only. */
async function dueIn<T extends LogItem>(table: Table<T, string>, now: number, ms: number): Promise<T[]> {
  const soon = await table.where('dueTimes').between(now, now + ms, true, true).toArray();
  const overdue = await table.where('finalDueAt').below(now).toArray();
  return [...soon, ...overdue];
}

/** Open items with a deadline in [now, now + ms], and overdue ones (past their last deadline), once each, overdue first. */
export async function dueWithin(db: SentinelDb, now: number, ms: number): Promise<LogItem[]> {
  const found = await db.transaction('r', [db.tickets, db.questions], async () => [
    ...(await dueIn(db.tickets, now, ms)),
    ...(await dueIn(db.questions, now, ms)),
  ]);
  const unique = new Map(found.filter((i) => i.status === 'open').map((i) => [i.key, i]));
  return [...unique.values()].sort((a, b) => (a.finalDueAt ?? 0) - (b.finalDueAt ?? 0));
}

/** The toolbar count: overdue or due within settings.dueSoonHours. */
export async function countOverdueOrDueSoon(db: SentinelDb, now: number, settings: RuleSettings): Promise<number> {
  return (await dueWithin(db, now, settings.dueSoonHours * HOUR_MS)).length;
}

/** Open invoice tickets that have `field`, from its v4 compound index (a row without the field has no entry there). */
export function openInvoicesWith(db: SentinelDb, field: 'workOrderId' | 'workOrderCreatedAt'): Collection<Ticket, string> {
  return db.tickets.where(`[status+kind+${field}]`).between(['open', 'invoice', Dexie.minKey], ['open', 'invoice', Dexie.maxKey]);
}

/** What the content script's badges share: the ledger's total and the forecast from open invoice tickets. */
export async function logBadgeContext(db: SentinelDb, now: number, settings: RuleSettings, pending?: Pending): Promise<BadgeContext> {
  // Only invoices with a work order creation time: riskMoments skips the others.
  const [events, invoices] = await db.transaction('r', [db.penalties, db.tickets], () =>
    Promise.all([ledgerHistory(db, now, settings), openInvoicesWith(db, 'workOrderCreatedAt').toArray()]),
  );
  // riskMoments reads kind, status and the invoice times, which a Ticket names as a PageRecord does.
  const records = new Map<string, PageRecord>(invoices.map((t) => [t.key, { ...t, id: t.key }]));
  for (const r of pending?.records ?? []) {
    const key = itemKeyOf(r);
    if (r.kind !== 'invoice' || pending?.handled.has(key)) continue;
    if (r.status !== 'open') records.delete(key);
    else if (r.workOrderCreatedAt !== undefined) records.set(key, { ...records.get(key), ...r, id: key });
  }
  return badgeContext(records.values(), events, now, settings);
}

/** A report answered before it is merged: the context counts its open invoices as the merge will write them. */
export interface Pending {
  records: readonly PageRecord[];
  /** Its items the seller marked handled (or that left a to-do list): the merge keeps them closed. */
  handled: ReadonlyMap<string, unknown>;
}

/** The page deadlines the log kept for the items among `records` that it holds one for (by item key). */
export async function keptPageDeadlines(db: SentinelDb, records: readonly PageRecord[]): Promise<Map<string, KeptPageDeadline>> {
  const shown = records.filter((r) => r.pageDeadline !== undefined);
  const keys = [...new Set(shown.map(itemKeyOf))];
  const kept = new Map<string, KeptPageDeadline>();
  if (keys.length === 0) return kept;
  const rows = await db.transaction('r', [db.tickets, db.questions], () =>
    Promise.all([db.tickets.bulkGet(keys.filter((k) => !k.startsWith('qa:'))), db.questions.bulkGet(keys.filter((k) => k.startsWith('qa:')))]),
  );
  for (const row of rows.flat()) if (row?.pageDeadline !== undefined) kept.set(row.key, { pageDeadline: row.pageDeadline, pageUnit: row.pageUnit });
  return kept;
}

/** The log's first sightings on the stalled list of the listed-stalled items among `records` (by item key). */
export async function stalledSinceAmong(db: SentinelDb, records: readonly PageRecord[]): Promise<Map<string, number>> {
  const keys = [...new Set(records.filter((r) => r.listedStalled).map(itemKeyOf))];
  const since = new Map<string, number>();
  if (keys.length === 0) return since;
  for (const ticket of await db.tickets.bulkGet(keys)) if (ticket?.stalledSince !== undefined) since.set(ticket.key, ticket.stalledSince);
  return since;
}

/**
 * The items among `records` that the seller marked handled, or that left a to-do list (unless `onTodoList`: the
 * report shows them on one, which reopens them), each with why it is quiet. The closedBy index's keys alone are
 * read (items leave to-do lists every day, so that range grows), then only the report's items among them.
 */
export async function handledAmong(db: SentinelDb, records: readonly PageRecord[], onTodoList = false): Promise<Map<string, LogItem>> {
  const keys = new Set(records.map(itemKeyOf));
  const by = onTodoList ? ['user'] : ['user', 'list'];
  const items = await db.transaction('r', [db.tickets, db.questions], async () => {
    const among = async <T extends LogItem>(table: Table<T, string>) => {
      const quiet = (await table.where('closedBy').anyOf(by).primaryKeys()).filter((k) => keys.has(k));
      return (await table.bulkGet(quiet)).filter((i): i is T => i?.status === 'done');
    };
    return [...(await among(db.tickets)), ...(await among(db.questions))];
  });
  return new Map(items.map((i) => [i.key, i]));
}
