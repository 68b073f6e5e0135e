/** Which reminders went out, kept across browser restarts so none is sent twice (RULES §5). */
import type { SentinelDb } from './db';
import type { ReminderState } from './types';

/** All states by key: the table holds a few rows per open deadline, small enough to read whole. */
export async function reminderStates(db: SentinelDb): Promise<Map<string, ReminderState>> {
  const rows = await db.reminders.toArray();
  return new Map(rows.map((s) => [s.key, s]));
}

/** Upserts by key; states not given are left as they are. */
export async function saveReminderStates(db: SentinelDb, states: readonly ReminderState[]): Promise<void> {
  await db.reminders.bulkPut([...states]);
}

/** Cancels an item's reminders (it was closed); returns how many states went. */
export function deleteRemindersOf(db: SentinelDb, itemKey: string): Promise<number> {
  return db.reminders.where('itemKey').equals(itemKey).delete();
}

/**
 * Drops states of items that are no longer open or no longer logged, e.g. written by a reminder pass that
 * raced with the page report closing the item. Returns how many went.
 */
export async function pruneReminderStates(db: SentinelDb): Promise<number> {
  return db.transaction('rw', [db.reminders, db.tickets, db.questions], async () => {
    const itemKeys = [...new Set((await db.reminders.toArray()).map((s) => s.itemKey))];
    const [tickets, questions] = await Promise.all([db.tickets.bulkGet(itemKeys), db.questions.bulkGet(itemKeys)]);
    const open = new Set([...tickets, ...questions].filter((i) => i?.status === 'open').map((i) => i?.key));
    const gone = itemKeys.filter((k) => !open.has(k));
    return gone.length ? db.reminders.where('itemKey').anyOf(gone).delete() : 0;
  });
}
