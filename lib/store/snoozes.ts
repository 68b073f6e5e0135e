/** The seller's snoozes (issue 25), kept in the log so a stopped worker still rings them on time. */
import { itemDeadlines, type ItemDeadline } from '../record-deadlines';
import { snoozeUntil, type SnoozeChoice } from '../reminders/snooze';
import type { SentinelDb } from './db';
import { itemFactsOf } from './derive';
import { findItem, loadSettings } from './log';
import type { Snooze } from './types';

/** Every snooze by item: one row per snoozed item, few enough to read whole. */
export async function snoozesByItem(db: SentinelDb): Promise<Map<string, Snooze>> {
  return new Map((await db.snoozes.toArray()).map((s) => [s.itemKey, s]));
}

/** Snoozes an item until `until` (a later snooze replaces an earlier one). */
export async function saveSnooze(db: SentinelDb, snooze: Snooze): Promise<void> {
  await db.snoozes.put(snooze);
}

export async function clearSnoozes(db: SentinelDb, itemKeys: readonly string[]): Promise<void> {
  if (itemKeys.length) await db.snoozes.bulkDelete([...itemKeys]);
}

/**
 * Snoozes an open item by the seller's choice (a notification button, the popup); returns when it rings, or
 * null when the item is no longer open.
 */
export async function snoozeItem(db: SentinelDb, itemKey: string, choice: SnoozeChoice, now: number): Promise<number | null> {
  const item = await findItem(db, itemKey);
  if (!item || item.status !== 'open') return null;
  const settings = await loadSettings(db);
  let deadlines: ItemDeadline[] = [];
  try {
    deadlines = itemDeadlines(itemFactsOf(item), settings);
  } catch {
    // an out-of-range instant: no deadline to ring before
  }
  const until = snoozeUntil(choice, now, deadlines, settings);
  await saveSnooze(db, { itemKey, until, setAt: now });
  return until;
}
