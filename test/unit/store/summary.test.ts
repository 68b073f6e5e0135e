import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeContext } from '@/lib/badges/context';
import type { PageRecord } from '@/lib/pages/records';
import { recordReport, addPenalty, ledgerHistory } from '@/lib/store/log';
import { summarize } from '@/lib/store/summary';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { sameAnswer, scanSummary } from '../../bench/lib/scan';
import { freshDb, report, H, D } from './helpers';

const NOW = Date.parse('2022-12-20T12:00:00+08:00');

describe('summarize', () => {
  it('counts overdue, due soon, at risk and waiting questions, and lists the nearest first', async () => {
    const { db } = freshDb();
    await recordReport(
      db,
      report([
        // respond-by passed 2 h ago: overdue
        { kind: 'logistics', id: 'W1', workOrderId: 'W1', orderId: 'O1', status: 'open', workOrderCreatedAt: NOW - 26 * H },
        // reply by in 3 h: due soon
        { kind: 'logistics', id: 'W2', workOrderId: 'W2', orderId: 'O2', status: 'open', workOrderCreatedAt: NOW - 21 * H },
        // an invoice work order: at risk, final deadline days away
        { kind: 'invoice', id: 'W3', workOrderId: 'W3', orderId: 'O3', status: 'open', requestedAt: NOW - 12 * D, workOrderCreatedAt: NOW - D },
        // asked 30 h ago, no answer: waiting
        { kind: 'qa', id: 'Q1', status: 'open', askedAt: NOW - 30 * H, buyerAnswerCount: 0, itemQaCount: 1 },
        // done: not counted, not listed
        { kind: 'invoice', id: 'O5', orderId: 'O5', status: 'done', requestedAt: NOW - D },
      ]),
      { now: NOW },
      S,
    );
    await addPenalty(db, { at: NOW - 5 * D, points: 2, rule: 'invoice', source: 'user' });
    const s = await summarize(db, NOW, S);
    expect(s).toMatchObject({ overdue: 2, dueSoon: 1, atRisk: 1, qaWaiting: 1, points: 2 });
    // Longest overdue first (the question's suggestion passed 6 h ago, O1's reply-by 2 h ago), then the nearest ahead.
    expect(s.items.map((i) => i.key)).toEqual(['qa:Q1', 'logistics:O1', 'logistics:O2', 'invoice:O3']);
    expect(s.forecast?.points).toBe(3);
  });

  it('lists at most the limit, nearest first, over a large log', async () => {
    const { db } = freshDb();
    const records = Array.from({ length: 300 }, (_, i) => ({ kind: 'logistics' as const, id: `W${i}`, orderId: `O${i}`, status: 'open' as const, workOrderCreatedAt: NOW + i * H }));
    await recordReport(db, report(records), { now: NOW }, S);
    const s = await summarize(db, NOW, S, 20);
    expect(s.items.map((i) => i.key)).toEqual(Array.from({ length: 20 }, (_, i) => `logistics:O${i}`));
  });
});

describe('summarize against a full scan', () => {
  it('counts at risk by work order id, and forecasts from invoices with a work order creation time', async () => {
    const { db } = freshDb();
    const requestedAt = NOW - 12 * D;
    await recordReport(
      db,
      report([
        { kind: 'invoice', id: 'id-only-1', workOrderId: 'W1', status: 'open', requestedAt },
        { kind: 'invoice', id: 'id-only-2', workOrderId: 'W2', status: 'open', requestedAt },
        { kind: 'invoice', id: 'time-only', status: 'open', requestedAt, workOrderCreatedAt: NOW - D },
        { kind: 'invoice', id: 'closed', workOrderId: 'W3', status: 'done', requestedAt, workOrderCreatedAt: NOW - D },
        { kind: 'logistics', id: 'parcel', workOrderId: 'W4', status: 'open', lastUpdateAt: NOW - D, workOrderCreatedAt: NOW - D },
      ]),
      { now: NOW },
      S,
    );
    const s = await summarize(db, NOW, S);
    expect(s.atRisk).toBe(2); // the id-only ones: not time-only (no work order id), the closed invoice or the parcel
    expect(s.forecast?.points).toBe(1); // time-only's final deadline, the one risk moment
  });

  it('lists the nearest `limit` when each item has several deadlines ahead', async () => {
    const { db } = freshDb();
    // First and final deadline and a page countdown within three weeks, items a month apart: in the dueTimes
    // index each item's three entries come together, so twice `limit` entries hold fewer than `limit` items.
    const records = Array.from({ length: 6 }, (_, i) => {
      const requestedAt = NOW - D + i * 30 * D;
      return { kind: 'invoice' as const, id: `O${i}`, status: 'open' as const, requestedAt, pageDeadline: requestedAt + 21 * D };
    });
    await recordReport(db, report(records), { now: NOW }, S);
    const s = await summarize(db, NOW, S, 4);
    expect(s.items.map((i) => i.dueTimes.length)).toEqual([3, 3, 3, 3]);
    expect(s.items.map((i) => i.key)).toEqual(['invoice:O0', 'invoice:O1', 'invoice:O2', 'invoice:O3']);
  });

  it('gives the scan\'s answer on random logs, at random moments and list sizes', async () => {
    const near = (span: number) => fc.integer({ min: NOW - span, max: NOW + span });
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const record = fc
      .record({
        kind: fc.constantFrom('invoice', 'logistics', 'qa'),
        id: fc.integer({ min: 1, max: 30 }).map(String),
        status: fc.constantFrom('open', 'open', 'done', 'unanswerable'),
        workOrderId: optional(fc.constant('W')),
        requestedAt: optional(near(20 * D)),
        workOrderCreatedAt: optional(near(5 * D)),
        lastUpdateAt: optional(near(5 * D)),
        askedAt: optional(near(3 * D)),
        buyerAnswerCount: optional(fc.nat(1)),
        // Sometimes exactly on the bounds of "overdue" and "due soon" at the moment 0 below.
        pageDeadline: optional(fc.oneof(near(3 * D), fc.constantFrom(NOW - 1, NOW, NOW + S.dueSoonHours * H, NOW + S.dueSoonHours * H + 1))),
      })
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as PageRecord);
    const log = fc.record({
      records: fc.array(record, { maxLength: 40 }),
      penaltyDaysAgo: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
      nowOffset: fc.oneof(fc.constant(0), fc.integer({ min: -2 * D, max: 2 * D })),
      limit: fc.integer({ min: 1, max: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(log, async ({ records, penaltyDaysAgo, nowOffset, limit }) => {
        const { db } = freshDb();
        await recordReport(db, report(records), { now: NOW }, S);
        for (const days of penaltyDaysAgo) await addPenalty(db, { at: NOW - days * D, points: 1, rule: 'invoice', source: 'user' });
        const now = NOW + nowOffset;
        const s = await summarize(db, now, S, limit);
        const scan = await scanSummary(db, now, S, limit);
        expect(s).toMatchObject({ overdue: scan.overdue, dueSoon: scan.dueSoon, atRisk: scan.atRisk, qaWaiting: scan.qaWaiting });
        expect(sameAnswer(s, scan, now)).toBe(true);
        // The badge context from every ticket: the index reads leave none out that matters.
        const everyTicket = (await db.tickets.toArray()).map((t) => ({ ...t, id: t.key }));
        const expected = badgeContext(everyTicket, await ledgerHistory(db, now, S), now, S);
        expect({ points: s.points, forecast: s.forecast }).toEqual({ points: expected.pointsInWindow, forecast: expected.forecast });
      }),
      { numRuns: 60 },
    );
  });
});
