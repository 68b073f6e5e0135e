/**
 * Every schema version the log has shipped, as data, with its migration. Never edit a shipped version:
 * add the next one. Tests open a database "as written by" an old version with `openVersionDb`.
 */
import { Dexie, type DexieOptions, type Transaction } from 'dexie';
import { DEFAULT_SETTINGS } from '../rules/settings';
import { withDeadlines } from './derive';
import { loggedAnswer } from './answer-rows';
import { upgradeToV10 } from './question-keys-v10';
import type { LoggedAnswer, LogItem, PenaltyEvent, QaEntry } from './types';

type StoreSpec = Readonly<Record<string, string | null>>;

/** v1: the items and the penalty ledger, with the basic indexes; rows carry no derived deadlines. */
export const SCHEMA_V1: StoreSpec = Object.freeze({
  tickets: 'key, status, kind, lastSeenAt',
  questions: 'key, status, kind, lastSeenAt',
  penalties: '++id, at',
});

/** v2: deadline indexes (multi-entry dueTimes, finalDueAt), penalties by ticket, reminder states, settings. */
export const SCHEMA_V2: StoreSpec = Object.freeze({
  tickets: 'key, status, kind, lastSeenAt, *dueTimes, finalDueAt',
  questions: 'key, status, kind, lastSeenAt, *dueTimes, finalDueAt',
  penalties: '++id, at, ticketKey',
  reminders: 'key, itemKey',
  settings: 'key',
});

/** v3: per page kind, when it last yielded records and when it last showed rows it could not read. */
export const SCHEMA_V3: StoreSpec = Object.freeze({ ...SCHEMA_V2, pages: 'kind' });

/**
 * v4: open invoice tickets with a work order id / creation time, as compound index ranges (a row without the
 * field has no entry), so the popup counts them and the badge forecast reads them without walking every open ticket.
 */
export const SCHEMA_V4: StoreSpec = Object.freeze({
  ...SCHEMA_V3,
  tickets: `${SCHEMA_V3.tickets}, [status+kind+workOrderId], [status+kind+workOrderCreatedAt]`,
});

/**
 * v5: who closed an item (`closedBy`), so the items the seller marked handled are one index range, read before
 * every reply; and the journal of page reports answered but not yet merged into the log (lib/store/journal.ts).
 */
export const SCHEMA_V5: StoreSpec = Object.freeze({
  ...SCHEMA_V4,
  tickets: `${SCHEMA_V4.tickets}, closedBy`,
  questions: `${SCHEMA_V4.questions}, closedBy`,
  journal: 'id',
});

/**
 * v6: the answers 问大家 pages showed (LoggedAnswer), by question (a question's answers), by who wrote them (the
 * seller's, which the suggestions are made of) and by when they were last seen (the popup's newest first).
 */
export const SCHEMA_V6: StoreSpec = Object.freeze({ ...SCHEMA_V5, answers: 'key, questionKey, by, lastSeenAt' });

/** v7: every penalty names its rule (RULES §4); the tables and indexes are v6's. */
export const SCHEMA_V7: StoreSpec = SCHEMA_V6;

/**
 * v8: what the platform itself says (issue 21, lib/store/platform.ts): the workbench home's counts and whether this
 * account may see invoice requests, one row per key. No buyer data.
 */
export const SCHEMA_V8: StoreSpec = Object.freeze({ ...SCHEMA_V7, platform: 'key' });

/**
 * v9: items closed by who and when, `[closedBy+closedAt]`, so the popup reads the items that left a to-do list in
 * the last day as one index range; that closing happens every day, and its rows only grow.
 */
export const SCHEMA_V9: StoreSpec = Object.freeze({
  ...SCHEMA_V8,
  tickets: `${SCHEMA_V8.tickets}, [closedBy+closedAt]`,
  questions: `${SCHEMA_V8.questions}, [closedBy+closedAt]`,
});

/**
 * v10: the questions an older reader keyed by a text holding the asker's masked name fold into their right key
 * (question-keys-v10.ts); the tables and indexes are v9's.
 */
export const SCHEMA_V10: StoreSpec = SCHEMA_V9;

/**
 * v11 (issue 25): the seller's snoozes, one per item, by when they ring, so a snooze outlives a stopped worker. A
 * new table: no row to migrate.
 */
export const SCHEMA_V11: StoreSpec = Object.freeze({ ...SCHEMA_V10, snoozes: 'itemKey, until' });

/** v1 rows lack dueTimes/finalDueAt: derive them with the default rules (no settings were stored in v1). */
async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const table of ['tickets', 'questions']) {
    await tx
      .table<LogItem, string>(table)
      .toCollection()
      .modify((row, ref) => {
        ref.value = withDeadlines(row, DEFAULT_SETTINGS);
      });
  }
}

/**
 * A v5 question could hold one answer's text (answerText, from an import) without saying whose: it becomes a
 * logged answer by `unknown`, which is searched and exported but never offered as the seller's.
 */
async function upgradeToV6(tx: Transaction): Promise<void> {
  const answers: LoggedAnswer[] = [];
  await tx
    .table<QaEntry, string>('questions')
    .toCollection()
    .each((q) => {
      if (q.answerText === undefined || q.answerText.trim() === '') return;
      answers.push(loggedAnswer(q, { text: q.answerText }, 'unknown', { now: q.answeredAt ?? q.lastSeenAt, url: q.url }));
    });
  await tx.table<LoggedAnswer, string>('answers').bulkPut(answers);
}

/** A deduction logged before v7 was capped as the invoice rule's: it stays the invoice rule's. */
async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table<PenaltyEvent, number>('penalties')
    .toCollection()
    .modify((row) => {
      row.rule ??= 'invoice';
    });
}

export const SCHEMA_VERSIONS: readonly { version: number; stores: StoreSpec; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
  { version: 6, stores: SCHEMA_V6, upgrade: upgradeToV6 },
  { version: 7, stores: SCHEMA_V7, upgrade: upgradeToV7 },
  { version: 8, stores: SCHEMA_V8 },
  { version: 9, stores: SCHEMA_V9 },
  { version: 10, stores: SCHEMA_V10, upgrade: upgradeToV10 },
  { version: 11, stores: SCHEMA_V11 },
];

export const LATEST_VERSION = 11;

/** Declares versions 1..upTo on a Dexie instance (the app declares them all). */
export function declareSchema(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores({ ...v.stores });
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/** A plain Dexie at an old version, to write rows as that version did (migration tests and fixtures). */
export function openVersionDb(name: string, version: number, options: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>): Dexie {
  const db = new Dexie(name, options);
  declareSchema(db, version);
  return db;
}
