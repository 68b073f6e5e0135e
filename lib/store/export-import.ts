/**
 * The whole log as one JSON file and back: a backup, or moving to another browser. Import checks the entire
 * file first (import-check.ts) and changes nothing if anything is wrong; otherwise it merges in one
 * transaction (import-merge.ts), so importing the same file twice changes nothing the second time.
 */
import type { Table } from 'dexie';
import { DEFAULT_SETTINGS, type RuleSettings } from '../rules/settings';
import { isStorageError } from './availability';
import type { SentinelDb } from './db';
import { withDeadlines } from './derive';
import { checkLogExport, sellerLinksOnly, LOG_FORMAT, LOG_VERSION, type ImportErrorKey, type LogExport } from './import-check';
import { mergeAnswer } from './answer-rows';
import { canonical, mergeItem, mergeReminder, newPenalties } from './import-merge';
import { loadSettings, settingsOverrides } from './settings-store';
import type { LogItem, ReminderState } from './types';

export { LOG_FORMAT, LOG_VERSION, MAX_ROWS, type ImportErrorKey, type LogExport } from './import-check';

export interface TableCounts {
  tickets: number;
  questions: number;
  penalties: number;
  reminders: number;
  settings: number;
}

/** `droppedLinks`: items left out because their link was not a seller page (import-check.ts sellerLinksOnly). */
/** `kept`: the file's rows (every table's, and its settings) left once those were dropped: 0 says the file had nothing else. */
export type ImportResult = { ok: true; added: TableCounts; updated: TableCounts; droppedLinks: number; kept: number } | { ok: false; error: ImportErrorKey; detail?: string };

const zeroCounts = (): TableCounts => ({ tickets: 0, questions: 0, penalties: 0, reminders: 0, settings: 0 });

/**
 * The log as it is (settings: the valid overrides only), read in one transaction. The page-health table (pages)
 * is left out: it describes how this browser last read each page kind, and the next visit writes it again.
 */
export async function exportLog(db: SentinelDb, now: number): Promise<LogExport> {
  return db.transaction('r', db.tables, async () => ({
    format: LOG_FORMAT,
    version: LOG_VERSION,
    exportedAt: now,
    tickets: await db.tickets.toArray(),
    questions: await db.questions.toArray(),
    penalties: await db.penalties.toArray(),
    settings: settingsOverrides(await db.settings.toArray()),
    reminders: await db.reminders.toArray(),
    answers: await db.answers.toArray(),
  }));
}

/** Empties every table: the log, the settings, and what the file does not carry: the page-health notes and the journal of unmerged reports. */
export async function clearAll(db: SentinelDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** Overlays the file's overrides (one equal to the default removes the override, as saveSettings does). */
async function overlaySettings(db: SentinelDb, settings: Partial<RuleSettings>, added: TableCounts, updated: TableCounts): Promise<boolean> {
  let changed = false;
  for (const [key, value] of Object.entries(settings)) {
    const row = await db.settings.get(key);
    if (canonical(value) === canonical(DEFAULT_SETTINGS[key as keyof RuleSettings])) {
      if (row) await db.settings.delete(key);
    } else if (!row || canonical(row.value) !== canonical(value)) await db.settings.put({ key, value: structuredClone(value) });
    else continue;
    if (row) updated.settings += 1;
    else added.settings += 1;
    changed = true;
  }
  return changed;
}

/** Merges the file's items into one table; returns the keys of items the import closed. */
async function mergeItems<T extends LogItem>(table: Table<T, string>, rows: T[], settings: RuleSettings, counts: { added: number; updated: number }): Promise<string[]> {
  const existing = await table.bulkGet(rows.map((r) => r.key));
  const closed: string[] = [];
  const writes: T[] = [];
  for (const [i, row] of rows.entries()) {
    const old = existing[i];
    const merged = withDeadlines(mergeItem(old, row), settings);
    if (old && canonical(old) === canonical(merged)) continue;
    if (old?.status === 'open' && merged.status !== 'open') closed.push(merged.key);
    writes.push(merged);
    if (old) counts.updated += 1;
    else counts.added += 1;
  }
  await table.bulkPut(writes);
  return closed;
}

/** Open items' deadlines depend on the settings: re-derive them all when the import changed the settings. */
async function rederiveOpen<T extends LogItem>(table: Table<T, string>, settings: RuleSettings): Promise<void> {
  await table.bulkPut((await table.where('status').equals('open').toArray()).map((i) => withDeadlines(i, settings)));
}

/** Reminder states, except those of items that are logged and no longer open (nothing left to remind). */
async function mergeReminders(db: SentinelDb, data: LogExport, closed: string[], added: TableCounts, updated: TableCounts): Promise<void> {
  if (closed.length > 0) await db.reminders.where('itemKey').anyOf(closed).delete();
  const itemKeys = [...new Set(data.reminders.map((r) => r.itemKey))];
  const items = [...(await db.tickets.bulkGet(itemKeys)), ...(await db.questions.bulkGet(itemKeys))];
  const notOpen = new Set(items.filter((i) => i !== undefined && i.status !== 'open').map((i) => i?.key));
  const rows = data.reminders.filter((r) => !notOpen.has(r.itemKey));
  const existing = await db.reminders.bulkGet(rows.map((r) => r.key));
  const writes: ReminderState[] = [];
  for (const [i, row] of rows.entries()) {
    const old = existing[i];
    const merged = mergeReminder(old, row);
    if (old && canonical(old) === canonical(merged)) continue;
    writes.push(merged);
    if (old) updated.reminders += 1;
    else added.reminders += 1;
  }
  await db.reminders.bulkPut(writes);
}

/** The file's answers merged as a page sighting merges them (answer-rows.ts): the seller's stays the seller's. */
async function mergeAnswers(db: SentinelDb, data: LogExport): Promise<void> {
  const rows = data.answers ?? [];
  const existing = await db.answers.bulkGet(rows.map((r) => r.key));
  await db.answers.bulkPut(rows.map((row, i) => mergeAnswer(existing[i], row)).filter((merged, i) => canonical(merged) !== canonical(existing[i])));
}

/** Penalties the log does not have yet; the file's ids are kept where free (so a restore is exact). */
async function mergePenalties(db: SentinelDb, data: LogExport, added: TableCounts): Promise<void> {
  const fresh = newPenalties(await db.penalties.toArray(), data.penalties);
  // Rows with their own id first: an id generated before them could take one of theirs.
  await db.penalties.bulkAdd(fresh.filter((e) => e.id !== undefined));
  await db.penalties.bulkAdd(fresh.filter((e) => e.id === undefined));
  added.penalties += fresh.length;
}

/**
 * Checks the whole file, then merges it in one transaction; on any problem nothing is changed. `_now` keeps
 * the log writers' signature; nothing imported depends on the clock (deadlines are instants).
 */
export async function importLog(db: SentinelDb, data: unknown, _now: number): Promise<ImportResult> {
  const checked = checkLogExport(data);
  if (!checked.ok) return checked;
  const { file, dropped } = sellerLinksOnly(checked.data);
  const added = zeroCounts();
  const updated = zeroCounts();
  try {
    await db.transaction('rw', db.tables, async () => {
      const settingsChanged = await overlaySettings(db, file.settings, added, updated);
      const settings = await loadSettings(db);
      if (settingsChanged) {
        await rederiveOpen(db.tickets, settings);
        await rederiveOpen(db.questions, settings);
      }
      const ticketCounts = { added: 0, updated: 0 };
      const questionCounts = { added: 0, updated: 0 };
      const closed = [
        ...(await mergeItems(db.tickets, file.tickets, settings, ticketCounts)),
        ...(await mergeItems(db.questions, file.questions, settings, questionCounts)),
      ];
      Object.assign(added, { tickets: ticketCounts.added, questions: questionCounts.added });
      Object.assign(updated, { tickets: ticketCounts.updated, questions: questionCounts.updated });
      await mergeReminders(db, file, closed, added, updated);
      await mergePenalties(db, file, added);
      await mergeAnswers(db, file);
    });
  } catch (error) {
    if (isStorageError(error)) throw error; // the store itself failed: the caller's withLog names it and re-opens
    // The transaction rolled back: nothing was changed.
    return { ok: false, error: 'import_error_failed', detail: error instanceof Error ? error.message.slice(0, 200) : String(error) };
  }
  const kept = Object.values(file).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0), 0);
  return { ok: true, added, updated, droppedLinks: dropped, kept };
}
