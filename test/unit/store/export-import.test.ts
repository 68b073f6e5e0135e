import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { clearAll, exportLog, importLog, LOG_FORMAT, type LogExport } from '@/lib/store/export-import';
import { addPenalty, markDone, recordReport, saveReminderStates, saveSettings } from '@/lib/store/log';
import type { SentinelDb } from '@/lib/store/db';
import { D, dump, freshDb, H, report, sh } from './helpers';

const T0 = sh('2022-12-20T12:00:00');
const ORDER = '3289100000000000101';

/** A log with a bit of everything: open and done tickets, every Q&A status, answers, penalties, reminders, settings. */
async function seed(db: SentinelDb): Promise<void> {
  await saveSettings(db, { qaSuggestHours: 36, remoteProvinces: ['新疆', '西藏'], specialPeriodEnd: sh('2023-01-15T00:00:00') });
  const settings = { ...DEFAULT_SETTINGS, qaSuggestHours: 36, remoteProvinces: ['新疆', '西藏'], specialPeriodEnd: sh('2023-01-15T00:00:00') };
  await recordReport(db, report([
    { kind: 'invoice', id: ORDER, orderId: ORDER, status: 'open', requestedAt: sh('2022-12-05T10:00:00'), problems: [{ field: 'province', reason: 'unreadable' }] },
    { kind: 'invoice', id: 'W1', workOrderId: 'W1', orderId: '3289100000000000102', status: 'done', workOrderCreatedAt: T0 },
    { kind: 'logistics', id: 'L1', orderId: '3289100000000000103', status: 'open', lastUpdateAt: T0 - 3 * D, province: '新疆维吾尔自治区' },
    { kind: 'qa', id: 'q-open', status: 'open', askedAt: T0, question: '质量怎么样,="cmd"', itemId: '689100000301', itemQaCount: 1 },
    { kind: 'qa', id: 'q-answered', status: 'open', askedAt: T0 - D, buyerAnswerCount: 2, question: '会起球吗', answers: [
      { text: '不会起球,面料做过抗起球处理', by: '卖家回答 2022-12-19 10:00:00' }, { text: '穿了一个月没起球', by: '已展示回答(2) 2022-12-19 12:00' },
    ] },
    { kind: 'qa', id: 'q-invalid', status: 'unanswerable', askedAt: T0 - D },
  ]), { now: T0, tabId: 7 }, settings);
  await markDone(db, 'logistics:3289100000000000103', T0 + H);
  await addPenalty(db, { at: T0 - 5 * D, points: 1, rule: 'invoice', source: 'page', ticketKey: 'invoice:3289100000000000102' });
  await addPenalty(db, { at: T0 - 2 * D, points: 2, rule: 'invoice', source: 'user', note: '手工记录' });
  await addPenalty(db, { at: T0 - 2 * D, points: 2, rule: 'invoice', source: 'user', note: '手工记录' }); // a real second deduction
  await saveReminderStates(db, [{ key: `invoice:${ORDER}|invoice.final`, itemKey: `invoice:${ORDER}`, deadlineAt: T0 + 5 * D, sentLeadMinutes: 1440, sentAt: T0 }]);
}

/** The file as it travels: through JSON text, as the options page reads it. */
const asFile = (data: LogExport): unknown => JSON.parse(JSON.stringify(data));

describe('exportLog / importLog / clearAll', () => {
  it('restores every record exactly after export → clearAll → import', async () => {
    const { db } = freshDb();
    await seed(db);
    const before = await dump(db);
    const file = asFile(await exportLog(db, T0 + D));
    expect(file).toMatchObject({ format: LOG_FORMAT, version: 1, exportedAt: T0 + D, settings: { qaSuggestHours: 36 } });
    await clearAll(db);
    expect(Object.values(await dump(db)).every((rows) => rows.length === 0)).toBe(true);
    const result = await importLog(db, file, T0 + 2 * D);
    expect(result).toMatchObject({
      ok: true,
      added: { tickets: 3, questions: 3, penalties: 3, reminders: 1, settings: 3 },
      updated: { tickets: 0, questions: 0, penalties: 0, reminders: 0, settings: 0 },
      droppedLinks: 0,
    });
    expect(result.ok && result.kept).toBeGreaterThan(0);
    expect(await dump(db)).toEqual(before);
  });

  it('carries an item closed by leaving a to-do list with its evidence and lists, and refuses a forged evidence', async () => {
    const { db } = freshDb();
    const url = 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate';
    const row = (id: string) => ({ kind: 'invoice' as const, id, orderId: id, status: 'open' as const, requestedAt: T0 - D });
    const todo = (ids: string[]) => ({ id: 'invoice-pending', name: '待回传列表', whole: { keys: ids.map((id) => `invoice:${id}`), rows: ids.length } });
    await recordReport(db, report([row(ORDER), row('3289100000000000102')], url), { now: T0 }, DEFAULT_SETTINGS, todo([ORDER, '3289100000000000102']));
    await recordReport(db, report([], url), { now: T0 + H }, DEFAULT_SETTINGS, todo([ORDER]));
    const before = await dump(db);
    const file = asFile(await exportLog(db, T0 + D));
    await clearAll(db);
    expect((await importLog(db, file, T0 + D)).ok).toBe(true);
    expect(await dump(db)).toEqual(before);
    expect(await db.tickets.get('invoice:3289100000000000102')).toMatchObject({ closedBy: 'list', closedWhy: { list: '待回传列表', rows: 1 }, lists: ['invoice-pending'] });
    const forged = structuredClone(file) as { tickets: Record<string, unknown>[] };
    forged.tickets.find((t) => t.closedBy === 'list')!.closedWhy = { list: '待回传列表', rows: 1, note: '<img>' };
    expect((await importLog(db, forged, T0 + D)).ok).toBe(false);
  });

  it('drops items whose link is not a seller page, with their reminder states, and counts them; the rest is imported', async () => {
    const { db } = freshDb();
    await seed(db);
    const file = asFile(await exportLog(db, T0)) as LogExport;
    await clearAll(db);
    const evil = file.tickets.find((t) => t.key === `invoice:${ORDER}`)!;
    evil.url = 'https://evil.example/phish';
    file.questions[0]!.url = 'javascript:alert(1)';
    const result = await importLog(db, file, T0);
    expect(result).toMatchObject({ ok: true, droppedLinks: 2, added: { tickets: 2, questions: 2, reminders: 0 } });
    expect(await db.tickets.get(`invoice:${ORDER}`)).toBeUndefined();
    expect(await db.questions.get(file.questions[0]!.key)).toBeUndefined();
  });

  it('clears the page-health notes too, which the file does not carry (the next visit writes them again)', async () => {
    const { db } = freshDb();
    await seed(db);
    await db.pages.put({ kind: 'invoice-requests', lastRecordsAt: T0 });
    const file = asFile(await exportLog(db, T0)) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['answers', 'exportedAt', 'format', 'penalties', 'questions', 'reminders', 'settings', 'tickets', 'version']);
    await clearAll(db);
    expect(await db.pages.count()).toBe(0);
    expect(await importLog(db, { ...file, pages: [] }, T0)).toEqual({ ok: false, error: 'import_error_row', detail: 'pages' });
  });

  it('carries the answer log: restored exactly, a file from before it imports without, a bad answer row refuses the file', async () => {
    const { db } = freshDb();
    await seed(db);
    const file = asFile(await exportLog(db, T0)) as LogExport;
    expect(file.answers?.map((a) => [a.by, a.text])).toEqual(expect.arrayContaining([['seller', '不会起球,面料做过抗起球处理'], ['buyer', '穿了一个月没起球']]));
    const { answers: _answers, ...older } = file;
    await clearAll(db);
    expect(await importLog(db, older, T0)).toMatchObject({ ok: true });
    expect(await db.answers.count()).toBe(0);
    const bad = { ...file, answers: [{ ...file.answers![0]!, by: 'hacker' }] };
    expect(await importLog(db, bad, T0)).toEqual({ ok: false, error: 'import_error_row', detail: 'answers[0].by' });
    const extra = { ...file, answers: [{ ...file.answers![0]!, answerer: 'n**y' }] };
    expect(await importLog(db, extra, T0)).toEqual({ ok: false, error: 'import_error_row', detail: 'answers[0].answerer' });
    expect(await db.answers.count()).toBe(0);
    const offSite = { ...file, answers: file.answers!.map((a, i) => (i === 0 ? { ...a, url: 'https://evil.example/' } : a)) };
    expect(await importLog(db, offSite, T0)).toMatchObject({ ok: true });
    expect((await db.answers.toArray()).map((a) => a.url)).toEqual([file.answers![1]!.url]);
  });

  it('changes nothing when the same file is imported again, or into the log it came from', async () => {
    const { db } = freshDb();
    await seed(db);
    const file = asFile(await exportLog(db, T0));
    const before = await dump(db);
    const zero = { tickets: 0, questions: 0, penalties: 0, reminders: 0, settings: 0 };
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: zero, updated: zero, droppedLinks: 0 });
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: zero, updated: zero, droppedLinks: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('merges an item with the log: earliest firstSeenAt, the later sighting’s facts, done stays done', async () => {
    const { db } = freshDb();
    const other = freshDb().db;
    await recordReport(db, report([{ kind: 'invoice', id: ORDER, orderId: ORDER, status: 'open', requestedAt: sh('2022-12-05T10:00:00') }]), { now: T0 }, DEFAULT_SETTINGS);
    await recordReport(other, report([{ kind: 'invoice', id: 'W9', workOrderId: 'W9', orderId: ORDER, status: 'open', workOrderCreatedAt: T0 }], 'https://myseller.taobao.com/wo'), { now: T0 - D }, DEFAULT_SETTINGS);
    await recordReport(other, report([{ kind: 'invoice', id: ORDER, orderId: ORDER, status: 'open' }], 'https://myseller.taobao.com/later'), { now: T0 + D }, DEFAULT_SETTINGS);
    await markDone(db, `invoice:${ORDER}`, T0 + H);
    const file = asFile(await exportLog(other, T0 + D));
    const result = await importLog(db, file, T0 + D);
    expect(result).toMatchObject({ ok: true, updated: { tickets: 1 } });
    expect(await db.tickets.get(`invoice:${ORDER}`)).toEqual({
      key: `invoice:${ORDER}`, kind: 'invoice', status: 'done', orderId: ORDER, workOrderId: 'W9', requestedAt: sh('2022-12-05T10:00:00'),
      workOrderCreatedAt: T0, url: 'https://myseller.taobao.com/later', firstSeenAt: T0 - D, lastSeenAt: T0 + D,
      closedAt: T0 + H, closedBy: 'user', dueTimes: [],
    });
    const again = await dump(db);
    await importLog(db, file, T0 + D);
    expect(await dump(db)).toEqual(again);
  });

  it('keeps the earlier page deadline of the log and the file, with its rounding, whichever row was seen later', async () => {
    const { db } = freshDb();
    const other = freshDb().db;
    const row = { kind: 'invoice' as const, id: ORDER, orderId: ORDER, status: 'open' as const };
    await recordReport(db, report([{ ...row, pageDeadline: T0 - D, pageUnit: 0 }]), { now: T0 - D }, DEFAULT_SETTINGS);
    await recordReport(other, report([{ ...row, pageDeadline: T0 + 3 * D, pageUnit: H }]), { now: T0 }, DEFAULT_SETTINGS);
    await importLog(db, asFile(await exportLog(other, T0)), T0);
    expect(await db.tickets.get(`invoice:${ORDER}`)).toMatchObject({ pageDeadline: T0 - D, pageUnit: 0, lastSeenAt: T0, dueTimes: [T0 - D] });
  });

  it('overlays settings, re-derives open deadlines with them, and drops reminders of items it closes', async () => {
    const { db } = freshDb();
    await recordReport(db, report([{ kind: 'qa', id: 'q', status: 'open', askedAt: T0 }]), { now: T0 }, DEFAULT_SETTINGS);
    await saveReminderStates(db, [{ key: 'qa:q|qa.suggest', itemKey: 'qa:q', sentLeadMinutes: 60, sentAt: T0 }]);
    const file = asFile({ ...(await exportLog(freshDb().db, T0)), settings: { qaSuggestHours: 48 } });
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: { settings: 1 } });
    expect(await db.questions.get('qa:q')).toMatchObject({ dueTimes: [T0 + 48 * H], finalDueAt: T0 + 48 * H });
    const answered = asFile(await exportLog(db, T0));
    (answered as LogExport).questions[0]!.status = 'done';
    (answered as LogExport).questions[0]!.lastSeenAt = T0 + H;
    expect(await importLog(db, answered, T0)).toMatchObject({ ok: true, updated: { questions: 1 } });
    expect(await db.questions.get('qa:q')).toMatchObject({ status: 'done', dueTimes: [] });
    expect(await db.reminders.count()).toBe(0);
  });

  it('keeps two identical penalties in a file as two, and does not add them again', async () => {
    const { db } = freshDb();
    await addPenalty(db, { at: T0, points: 1, rule: 'invoice', source: 'user' });
    const file = asFile(await exportLog(db, T0)) as LogExport;
    file.penalties.push({ at: T0, points: 1, rule: 'invoice', source: 'user', id: 3 }, { at: T0 - D, points: 3, rule: 'invoice', source: 'page', ticketKey: 'invoice:1', id: 2 });
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: { penalties: 2 } });
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: { penalties: 0 } });
    expect((await db.penalties.toArray()).map((e) => [e.id, e.at, e.points])).toEqual([[1, T0, 1], [2, T0 - D, 3], [3, T0, 1]]);
  });

  it('imports a penalty of an older log, which names no rule, as the invoice rule\'s; another cause stays apart', async () => {
    const { db } = freshDb();
    const file = asFile(await exportLog(db, T0)) as LogExport;
    const older = { at: T0 - D, points: 2, source: 'user' } as unknown as LogExport['penalties'][number];
    file.penalties.push(older, { at: T0 - D, points: 3, rule: 'other', source: 'user' });
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: { penalties: 2 } });
    expect((await db.penalties.toArray()).map((e) => [e.points, e.rule])).toEqual([[2, 'invoice'], [3, 'other']]);
    expect(await importLog(db, file, T0)).toMatchObject({ ok: true, added: { penalties: 0 } });
  });

  describe('refuses a bad file and changes nothing', () => {
    type File = Record<string, unknown> & LogExport;
    /** Edits the exported file in place and imports it. */
    const mutate = (edit: (file: File) => unknown) => (file: File) => {
      edit(file);
      return file;
    };
    const cases: [string, (file: File) => unknown, string][] = [
      ['not an object', () => 'deadline-sentinel-log', 'import_error_format'],
      ['an array', () => [], 'import_error_format'],
      ['null', () => null, 'import_error_format'],
      ['wrong marker', (f) => ({ ...f, format: 'other-log' }), 'import_error_format'],
      ['wrong version', (f) => ({ ...f, version: 2 }), 'import_error_version'],
      ['unknown top-level field', (f) => ({ ...f, extra: 1 }), 'import_error_row'],
      ['a table that is not a list', (f) => ({ ...f, tickets: {} }), 'import_error_row'],
      ['NaN time', mutate((f) => void (f.tickets[0]!.lastSeenAt = Number.NaN)), 'import_error_row'],
      ['time as text', mutate((f) => void ((f.tickets[0] as unknown as Record<string, unknown>).requestedAt = '2022-12-05')), 'import_error_row'],
      ['huge string', mutate((f) => void (f.questions[0]!.question = 'x'.repeat(100_000))), 'import_error_row'],
      ['unknown status', mutate((f) => void ((f.tickets[0] as unknown as Record<string, unknown>).status = 'closed')), 'import_error_row'],
      ['unknown row field', mutate((f) => void ((f.questions[0] as unknown as Record<string, unknown>).__proto__x = 1)), 'import_error_row'],
      ['missing required field', mutate((f) => void delete (f.tickets[0] as Partial<LogExport['tickets'][0]>).url), 'import_error_row'],
      ['url not text', mutate((f) => void ((f.tickets[0] as unknown as Record<string, unknown>).url = 7)), 'import_error_row'],
      ['key not matching the item', mutate((f) => void (f.questions[0]!.key = 'qa:other')), 'import_error_row'],
      ['first seen after last seen', mutate((f) => void (f.tickets[0]!.firstSeenAt = f.tickets[0]!.lastSeenAt + 1)), 'import_error_row'],
      ['duplicate key', mutate((f) => void f.tickets.push({ ...f.tickets[0]! })), 'import_error_duplicate'],
      ['penalty points out of range', mutate((f) => void (f.penalties[0]!.points = 99)), 'import_error_row'],
      ['reminder without a time', mutate((f) => void delete (f.reminders[0] as Partial<LogExport['reminders'][0]>).sentAt), 'import_error_row'],
      ['settings value out of range', mutate((f) => void (f.settings = { ...f.settings, pointsCap: -1 })), 'import_error_settings'],
      ['unknown setting', mutate((f) => void (f.settings = { ...f.settings, ['hack' as 'pointsCap']: 1 })), 'import_error_settings'],
      ['prototype key from JSON', mutate((f) => void (f.tickets[0] = JSON.parse(`{"__proto__": {"status": "open"}, ${JSON.stringify(f.tickets[0]).slice(1)}`))), 'import_error_row'],
      ['version as text', (f) => ({ ...f, version: '1' }), 'import_error_version'],
      ['settings not an object', mutate((f) => void ((f as Record<string, unknown>).settings = [])), 'import_error_settings'],
    ];

    it.each(cases)('%s', async (_, change, error) => {
      const { db } = freshDb();
      await seed(db);
      const before = await dump(db);
      const bad = change(asFile(await exportLog(db, T0)) as File);
      // A later, valid part of the file must not be half-imported either.
      if (typeof bad === 'object' && bad !== null && !Array.isArray(bad)) (bad as LogExport).penalties?.push?.({ at: T0 + 9 * D, points: 1, rule: 'invoice', source: 'user' });
      const result = await importLog(db, bad, T0);
      expect(result).toMatchObject({ ok: false, error });
      expect(await dump(db)).toEqual(before);
    });

    it('names where the problem is', async () => {
      const { db } = freshDb();
      await seed(db);
      const file = asFile(await exportLog(db, T0)) as LogExport;
      file.tickets[1]!.lastSeenAt = Number.POSITIVE_INFINITY;
      expect(await importLog(db, JSON.parse(JSON.stringify(file)), T0)).toEqual({ ok: false, error: 'import_error_row', detail: 'tickets[1].lastSeenAt' });
    });
  });
});
