import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { itemDeadlines } from '@/lib/record-deadlines';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { DEFAULT_DB_NAME, openSentinelDb, type SentinelDb } from '@/lib/store/db';
import { itemFactsOf } from '@/lib/store/derive';
import { dueWithin, openInvoicesWith } from '@/lib/store/log';
import { LATEST_VERSION, openVersionDb, SCHEMA_V1, SCHEMA_V10, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8 } from '@/lib/store/schema';
import { snoozeItem, snoozesByItem } from '@/lib/store/snoozes';
import type { LogItem } from '@/lib/store/types';
import fixture from './fixtures/v1.json';
import fixtureV5 from './fixtures/v5.json';
import fixtureV6 from './fixtures/v6.json';
import fixtureV7 from './fixtures/v7.json';
import fixtureV8 from './fixtures/v8.json';
import { leftListsSince, pointsInWindow } from '@/lib/store/log';
import { D, H, sh } from './helpers';

type Rows = Record<string, Record<string, unknown>[]>;

/** Writes rows with a database that knows schema versions up to `version` only, as that release did. */
async function writeAs(version: number, schema: Readonly<Record<string, unknown>>, indexedDB: IDBFactory, tables: Rows): Promise<void> {
  const old = openVersionDb(DEFAULT_DB_NAME, version, { indexedDB, IDBKeyRange });
  await old.transaction('rw', Object.keys(schema), async () => {
    for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkAdd(rows);
  });
  expect(old.verno).toBe(version);
  old.close();
}

/** As the extension's first release wrote them. */
const writeAsV1 = (indexedDB: IDBFactory, tables: Rows) => writeAs(1, SCHEMA_V1, indexedDB, tables);

async function upgraded(indexedDB: IDBFactory): Promise<SentinelDb> {
  const db = openSentinelDb({ indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  return db;
}

/** A table's rows as v7 gives them back: a penalty of an older log is the invoice rule's. */
const asV7 = (name: string, rows: Record<string, unknown>[]) => (name === 'penalties' ? rows.map((r) => ({ ...r, rule: 'invoice' })) : rows);

const withoutDerived = ({ dueTimes: _d, finalDueAt: _f, ...rest }: Record<string, unknown>) => rest;
const byKey = (rows: { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

describe('migration v1 → v2', () => {
  it('keeps every row and field, and derives dueTimes/finalDueAt with the default rules', async () => {
    const indexedDB = new IDBFactory();
    const T = sh('2022-12-20T12:00:00');
    const seen = { url: 'https://myseller.taobao.com/home.htm/tasks/', firstSeenAt: T, lastSeenAt: T };
    const tickets = Array.from({ length: 50 }, (_, i) => ({
      key: `invoice:${100_000 + i}`, kind: 'invoice', status: i % 5 === 0 ? 'done' : 'open', orderId: String(100_000 + i),
      requestedAt: T - i * D, ...(i % 2 ? { workOrderCreatedAt: T - i * H } : {}), ...seen,
    }));
    const questions = Array.from({ length: 20 }, (_, i) => ({
      key: `qa:${i}`, kind: 'qa', id: String(i), status: i % 4 === 0 ? 'answered' : 'open', askedAt: T - i * H, ...seen,
    }));
    const penalties = [{ at: T - D, points: 1, source: 'user' }, { at: T - 2 * D, points: 2, source: 'page', ticketKey: 'invoice:100001' }];
    await writeAsV1(indexedDB, { tickets, questions, penalties });

    const db = await upgraded(indexedDB);
    const afterTickets = await db.tickets.toArray();
    const afterQuestions = await db.questions.toArray();
    expect(JSON.stringify(byKey(afterTickets).map(withoutDerived))).toBe(JSON.stringify(byKey(tickets)));
    expect(JSON.stringify(byKey(afterQuestions).map(withoutDerived))).toBe(JSON.stringify(byKey(questions)));
    expect(await db.penalties.toArray()).toEqual(asV7('penalties', [{ id: 1, ...penalties[0] }, { id: 2, ...penalties[1] }]));
    for (const item of [...afterTickets, ...afterQuestions] as LogItem[]) {
      const times = itemDeadlines(itemFactsOf(item), DEFAULT_SETTINGS).map((d) => d.at);
      expect(item.dueTimes).toEqual(times);
      expect(item.finalDueAt).toBe(times.length ? Math.max(...times) : undefined);
    }
    expect(await db.reminders.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    // The new indexes answer: open items due in the next 30 days come back from the dueTimes/finalDueAt ranges.
    expect((await dueWithin(db, T, 30 * D)).length).toBeGreaterThan(0);
    db.close();
  });

  it('upgrades the v1 fixture to the rows it documents', async () => {
    const indexedDB = new IDBFactory();
    const tables = fixture.tables as unknown as Rows;
    await writeAsV1(indexedDB, tables);
    const db = await upgraded(indexedDB);
    const expected = fixture.afterUpgrade as Record<string, Record<string, unknown>>;
    const items = byKey([...(await db.tickets.toArray()), ...(await db.questions.toArray())]);
    const written = byKey([...(tables.tickets ?? []), ...(tables.questions ?? [])] as { key: string }[]);
    expect(items).toEqual(written.map((row) => ({ ...row, ...expected[row.key] })));
    expect(items).toHaveLength(Object.keys(expected).length);
    expect(await db.penalties.toArray()).toEqual(asV7('penalties', tables.penalties!));
    db.close();
  });

  it('opens a fresh database at the latest version with every table', async () => {
    const db = await upgraded(new IDBFactory());
    expect(db.tables.map((t) => t.name).sort()).toEqual(['answers', 'journal', 'pages', 'penalties', 'platform', 'questions', 'reminders', 'settings', 'snoozes', 'tickets']);
    expect(db.tickets.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[closedBy+closedAt]', '[status+kind+workOrderCreatedAt]', '[status+kind+workOrderId]', 'closedBy', 'dueTimes', 'finalDueAt', 'kind', 'lastSeenAt', 'status',
    ]);
    expect(db.tickets.schema.indexes.find((i) => i.name === 'dueTimes')?.multi).toBe(true);
    db.close();
  });
});

describe('migration v2 → v3', () => {
  it('keeps every row of every v2 table (count and content) and adds the page-health table', async () => {
    const indexedDB = new IDBFactory();
    const T = sh('2022-12-20T12:00:00');
    const v2 = openVersionDb(DEFAULT_DB_NAME, 2, { indexedDB, IDBKeyRange });
    const rows: Rows = {
      tickets: [{ key: 'invoice:1', kind: 'invoice', status: 'open', orderId: '1', requestedAt: T, url: 'https://myseller.taobao.com/', firstSeenAt: T, lastSeenAt: T, dueTimes: [T + D], finalDueAt: T + D }],
      questions: [{ key: 'qa:1', kind: 'qa', id: '1', status: 'unanswerable', url: 'https://myseller.taobao.com/', firstSeenAt: T, lastSeenAt: T, dueTimes: [] }],
      penalties: [{ id: 1, at: T, points: 1, source: 'user' }],
      reminders: [{ key: 'invoice:1|invoice.final', itemKey: 'invoice:1', deadlineAt: T + D, sentLeadMinutes: 60, sentAt: T }],
      settings: [{ key: 'fewQaThreshold', value: 5 }],
    };
    await v2.transaction('rw', Object.keys(rows), async () => {
      for (const [name, list] of Object.entries(rows)) await v2.table(name).bulkAdd(list);
    });
    v2.close();
    const db = await upgraded(indexedDB);
    for (const [name, list] of Object.entries(rows)) expect(await db.table(name).toArray(), name).toEqual(asV7(name, list));
    expect(await db.pages.count()).toBe(0);
  });
});

describe('migration v3 → v4', () => {
  it('keeps every ticket and finds the open invoices with a work order id / creation time in the new indexes', async () => {
    const indexedDB = new IDBFactory();
    const T = sh('2022-12-20T12:00:00');
    const ticket = (key: string, fields: Record<string, unknown>) => ({
      key, kind: 'invoice', status: 'open', requestedAt: T - 12 * D, url: 'https://myseller.taobao.com/', firstSeenAt: T, lastSeenAt: T, dueTimes: [], ...fields,
    });
    const tickets = [
      ticket('invoice:both', { workOrderId: 'W1', workOrderCreatedAt: T - H }),
      ticket('invoice:id-only', { workOrderId: 'W2' }),
      ticket('invoice:time-only', { workOrderCreatedAt: T - H }),
      ticket('invoice:neither', {}),
      ticket('invoice:closed', { status: 'done', workOrderId: 'W3', workOrderCreatedAt: T - H }),
      ticket('logistics:parcel', { kind: 'logistics', workOrderId: 'W4', workOrderCreatedAt: T - H }),
    ];
    const v3 = openVersionDb(DEFAULT_DB_NAME, 3, { indexedDB, IDBKeyRange });
    await v3.table('tickets').bulkAdd(tickets);
    v3.close();
    const db = await upgraded(indexedDB);
    expect(await db.tickets.toArray()).toEqual(byKey(tickets));
    expect(await openInvoicesWith(db, 'workOrderId').primaryKeys()).toEqual(['invoice:both', 'invoice:id-only']);
    expect(await openInvoicesWith(db, 'workOrderCreatedAt').primaryKeys()).toEqual(['invoice:both', 'invoice:time-only']);
    db.close();
  });
});

describe('migration v4 → v5', () => {
  it('keeps every item and finds the ones the seller closed by the new closedBy index', async () => {
    const indexedDB = new IDBFactory();
    const T = sh('2022-12-20T12:00:00');
    const seen = { url: 'https://myseller.taobao.com/', firstSeenAt: T, lastSeenAt: T, dueTimes: [] };
    const tickets = [
      { key: 'invoice:user', kind: 'invoice', status: 'done', closedBy: 'user', closedAt: T, orderId: '1', ...seen },
      { key: 'invoice:page', kind: 'invoice', status: 'done', closedBy: 'page', closedAt: T, orderId: '2', ...seen },
      { key: 'invoice:open', kind: 'invoice', status: 'open', orderId: '3', ...seen },
    ];
    const questions = [{ key: 'qa:user', kind: 'qa', id: 'q', status: 'done', closedBy: 'user', closedAt: T, ...seen }];
    const v4 = openVersionDb(DEFAULT_DB_NAME, 4, { indexedDB, IDBKeyRange });
    await v4.table('tickets').bulkAdd(tickets);
    await v4.table('questions').bulkAdd(questions);
    v4.close();
    const db = await upgraded(indexedDB);
    expect(await db.tickets.toArray()).toEqual(byKey(tickets));
    expect(await db.questions.toArray()).toEqual(questions);
    expect(await db.tickets.where('closedBy').equals('user').primaryKeys()).toEqual(['invoice:user']);
    expect(await db.questions.where('closedBy').equals('user').primaryKeys()).toEqual(['qa:user']);
    expect(await db.journal.count()).toBe(0);
    db.close();
  });
});

describe('migration v5 → v6', () => {
  it('keeps every v5 row of every table and logs a question’s imported answer text as an answer by unknown', async () => {
    const indexedDB = new IDBFactory();
    const tables = fixtureV5.tables as unknown as Rows;
    expect(Object.keys(tables).sort()).toEqual(Object.keys(SCHEMA_V5).sort()); // the fixture fills every v5 table
    await writeAs(5, SCHEMA_V5, indexedDB, tables);
    const db = await upgraded(indexedDB);
    for (const [name, rows] of Object.entries(tables)) expect(await db.table(name).toArray(), name).toEqual(asV7(name, byKeyOf(name, rows)));
    expect(await db.answers.toArray()).toEqual(fixtureV5.afterUpgrade.answers);
    // The new indexes answer: a question's answers, and the seller's (none: an imported text is no one's).
    expect(await db.answers.where('questionKey').equals('qa:q-imported').count()).toBe(1);
    expect(await db.answers.where('by').equals('seller').count()).toBe(0);
    db.close();
  });
});

describe('migration v6 → v7', () => {
  it('gives every penalty of a v6 log the invoice rule, and keeps every other row of every table', async () => {
    const indexedDB = new IDBFactory();
    const tables = fixtureV6.tables as unknown as Rows;
    expect(Object.keys(tables).sort()).toEqual(Object.keys(SCHEMA_V6).sort()); // the fixture fills every v6 table
    await writeAs(6, SCHEMA_V6, indexedDB, tables);
    const db = await upgraded(indexedDB);
    const kept = Object.entries(tables).filter(([name]) => name !== 'penalties');
    for (const [name, rows] of kept) expect(await db.table(name).toArray(), name).toEqual(byKeyOf(name, rows));
    expect(await db.penalties.toArray()).toEqual(fixtureV6.afterUpgrade.penalties);
    // They count toward N/6 as before the upgrade: 5 points, within the window at the last one.
    expect(await pointsInWindow(db, 1781100000000, DEFAULT_SETTINGS)).toBe(5);
    db.close();
  });
});

describe('migration v7 → v8', () => {
  it('keeps every v7 row of every table and adds the empty platform table, which then keeps counts by key', async () => {
    const indexedDB = new IDBFactory();
    const tables = fixtureV7.tables as unknown as Rows;
    expect(Object.keys(tables).sort()).toEqual(Object.keys(SCHEMA_V7).sort()); // the fixture fills every v7 table
    await writeAs(7, SCHEMA_V7, indexedDB, tables);
    const db = await upgraded(indexedDB);
    for (const [name, rows] of Object.entries(tables)) expect(await db.table(name).toArray(), name).toEqual(byKeyOf(name, rows));
    expect(await db.platform.toArray()).toEqual(fixtureV7.afterUpgrade.platform);
    await db.platform.put({ key: 'counts', counts: { invoiceApply: 40 }, readAt: 1781100000000, url: 'https://myseller.taobao.com/home.htm/QnworkbenchHome/' });
    expect((await db.platform.get('counts'))?.key).toBe('counts');
    db.close();
  });
});

describe('migration v8 → v9', () => {
  it('keeps every v8 row of every table, and finds items by who closed them and when in the new index', async () => {
    const indexedDB = new IDBFactory();
    const tables = fixtureV8.tables as unknown as Rows;
    expect(Object.keys(tables).sort()).toEqual(Object.keys(SCHEMA_V8).sort()); // the fixture fills every v8 table
    await writeAs(8, SCHEMA_V8, indexedDB, tables);
    const db = await upgraded(indexedDB);
    for (const [name, rows] of Object.entries(tables)) expect(await db.table(name).toArray(), name).toEqual(byKeyOf(name, rows));
    const closed = (by: string, since: number) => db.tickets.where('[closedBy+closedAt]').between([by, since], [by, Infinity]).primaryKeys();
    expect(await closed('user', 0)).toEqual(['logistics:3289100000000000103']);
    expect(await closed('page', 1781200000001)).toEqual([]);
    expect(await db.questions.where('[closedBy+closedAt]').between(['user', 0], ['user', Infinity]).primaryKeys()).toEqual(['qa:q-handled']);
    // No v8 item left a to-do list: the popup lists none.
    expect(await leftListsSince(db, 0)).toEqual([]);
    db.close();
  });
});

describe('migration v10 → v11 (issue 25: snoozes)', () => {
  it('keeps every v10 row of every table and adds an empty snoozes table that a snooze then writes to', async () => {
    const indexedDB = new IDBFactory();
    // v9 and v10 changed an index and folded misread questions: v10's tables and rows are v8's.
    const tables = fixtureV8.tables as unknown as Rows;
    await writeAs(10, SCHEMA_V10, indexedDB, tables);
    const db = await upgraded(indexedDB);
    for (const [name, rows] of Object.entries(tables)) expect(await db.table(name).toArray(), name).toEqual(byKeyOf(name, rows));
    expect(await db.snoozes.toArray()).toEqual([]);
    // The open ticket's first deadline is far ahead: a 1-hour snooze rings in an hour, kept by item and by time.
    const now = 1781100000000;
    expect(await snoozeItem(db, 'invoice:3289100000000000101', 'hour', now)).toBe(now + H);
    expect(await snoozeItem(db, 'qa:q-handled', 'hour', now)).toBeNull(); // handled: nothing to snooze
    expect([...(await snoozesByItem(db)).keys()]).toEqual(['invoice:3289100000000000101']);
    expect(await db.snoozes.where('until').belowOrEqual(now + H).count()).toBe(1);
    db.close();
  });
});

/** Rows as a table gives them back: in primary-key order (a journal's `id`, a page's `kind`, else `key`). */
function byKeyOf(name: string, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const field = name === 'journal' || name === 'penalties' ? 'id' : name === 'pages' ? 'kind' : 'key';
  return [...rows].sort((a, b) => String(a[field]).localeCompare(String(b[field])));
}
