import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageReport, type PageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { itemKeyOf, recordReport } from '@/lib/store/log';
import type { LogItem } from '@/lib/store/types';
import { freshDb } from './helpers';

const LIMIT = 8.64e15 - 1;
/** Mostly around 2022, sometimes anywhere a Date can be (where the rules may fail). */
const instant = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1_660_000_000_000, max: 1_700_000_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -LIMIT, max: LIMIT, noNaN: true, noDefaultInfinity: true }) },
);
const id = fc.constantFrom('1', '2', '123456789012345678', '987654321098765432', 'q-00ab');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const pageRecord: fc.Arbitrary<PageRecord> = fc
  .record({
    kind: fc.constantFrom('invoice', 'logistics', 'qa'),
    id,
    status: fc.constantFrom('open', 'done', 'unanswerable'),
    orderId: optional(id),
    workOrderId: optional(id),
    itemId: optional(fc.constantFrom('6500000001', '6500000002')),
    requestedAt: optional(instant),
    workOrderCreatedAt: optional(instant),
    lastUpdateAt: optional(instant),
    province: optional(fc.constantFrom('新疆维吾尔自治区', '北京市', '寧夏回族自治區', '')),
    askedAt: optional(instant),
    question: optional(fc.string({ maxLength: 20 })),
    buyerAnswerCount: optional(fc.nat(3)),
    itemQaCount: optional(fc.nat(5)),
    pageDeadline: optional(instant),
    problems: optional(fc.array(fc.record({ field: fc.constantFrom('askedAt', 'orderId', 'x'), reason: fc.constantFrom('unreadable' as const, 'not-shown' as const) }), { maxLength: 3 })),
    sources: optional(fc.constant({ status: { via: 'column' as const, name: '状态' } })),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as PageRecord);

const pageReport: fc.Arbitrary<PageReport> = fc.record({
  type: fc.constant('page-report' as const),
  url: fc.constantFrom('https://myseller.taobao.com/home.htm/merchant-invoice/', 'https://qn.taobao.com/home.htm/comment-manage/ask-all'),
  pageKind: fc.constantFrom('invoice-requests', 'ask-all', 'seller-other'),
  seenAt: instant,
  records: fc.array(pageRecord, { maxLength: 8 }),
});

const sightings = fc.array(fc.record({ report: pageReport, now: instant, tabId: optional(fc.nat(100)) }), { minLength: 1, maxLength: 3 });

function checkRow(item: LogItem): void {
  expect(item.key).toMatch(/^(invoice|logistics|qa):./);
  expect(typeof item.url).toBe('string');
  expect(Number.isFinite(item.firstSeenAt)).toBe(true);
  expect(item.firstSeenAt).toBeLessThanOrEqual(item.lastSeenAt);
  expect(item.dueTimes.every((t) => Number.isFinite(t))).toBe(true);
  expect(item.finalDueAt).toBe(item.dueTimes.length ? Math.max(...item.dueTimes) : undefined);
  expect(item.status === 'open' || item.dueTimes.length === 0).toBe(true); // closed items have no deadlines
}

describe('recordReport on random page reports', () => {
  it('never throws, writes only well-formed rows, and reopens a done item only on a status cell showing it open', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(sightings, async (runs) => {
        const { db } = freshDb();
        const done = new Set<string>();
        for (const { report, now, tabId } of runs) {
          expect(parsePageReport(report)?.report).toEqual(report); // a report the background takes whole
          await recordReport(db, report, { now, tabId }, DEFAULT_SETTINGS);
          const rows: LogItem[] = [...(await db.tickets.toArray()), ...(await db.questions.toArray())];
          rows.forEach(checkRow);
          const evidence = new Set(report.records.filter((r) => r.status === 'open' && r.sources?.status).map(itemKeyOf));
          for (const key of [...done].filter((k) => !evidence.has(k))) expect(rows.find((r) => r.key === key)?.status).toBe('done');
          for (const key of evidence) done.delete(key);
          for (const r of rows) if (r.status === 'done') done.add(r.key);
        }
        db.close();
      }),
      { numRuns: 200 },
    );
  });
});
