import { describe, expect, it } from 'vitest';
import { recordReport, addPenalty } from '@/lib/store/log';
import { summarize } from '@/lib/store/summary';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
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
    await addPenalty(db, { at: NOW - 5 * D, points: 2, source: 'user' });
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
