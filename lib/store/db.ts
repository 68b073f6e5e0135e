/**
 * The local log (IndexedDB through Dexie). The IndexedDB implementation is a parameter: the extension
 * passes the browser's, each test a fresh fake-indexeddb.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { declareSchema } from './schema';
import type { PlatformRow } from './platform';
import type { JournalEntry, LoggedAnswer, PageHealth, PenaltyEvent, QaEntry, ReminderState, Snooze, Ticket } from './types';

/** One user override of a RuleSettings key; loadSettings checks the value before using it. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DB_NAME = 'deadline-sentinel';

export class SentinelDb extends Dexie {
  // `declare`: a class field would be initialised after super() and hide the table Dexie defines.
  // Keys given by the writer are required on insert (Table<T, string>); only penalty ids are generated.
  declare tickets: Table<Ticket, string>;
  declare questions: Table<QaEntry, string>;
  declare penalties: EntityTable<PenaltyEvent, 'id'>;
  declare reminders: Table<ReminderState, string>;
  declare settings: Table<SettingRow, string>;
  declare pages: Table<PageHealth, string>;
  declare journal: Table<JournalEntry, string>;
  declare answers: Table<LoggedAnswer, string>;
  declare platform: Table<PlatformRow, string>;
  declare snoozes: Table<Snooze, string>;

  constructor(name: string, options: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

export interface SentinelDbOptions {
  indexedDB: NonNullable<DexieOptions['indexedDB']>;
  IDBKeyRange: NonNullable<DexieOptions['IDBKeyRange']>;
  name?: string;
}

/** Opens lazily (Dexie opens on first use) and runs any pending migration then. */
export function openSentinelDb({ indexedDB, IDBKeyRange, name = DEFAULT_DB_NAME }: SentinelDbOptions): SentinelDb {
  return new SentinelDb(name, { indexedDB, IDBKeyRange });
}
