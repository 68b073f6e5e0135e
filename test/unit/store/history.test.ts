import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { pointHistory } from '@/lib/store/history';
import { addPenalty, markDone, pointsInWindow, recordReport } from '@/lib/store/log';
import { D, freshDb, H, report, sh } from './helpers';

const NOW = sh('2026-12-02T12:00:00');

describe('the point history read from the log', () => {
  it('ends at the ledger’s 30-day total, marks each deduction with its item, and counts the week’s deadlines', async () => {
    const { db } = freshDb();
    const orderId = '3000000000000000009';
    // Requested 11-20: first deadline end of 11-30, final end of 12-10. Handled on 12-01: the first was missed.
    await recordReport(db, report([{ kind: 'invoice', id: orderId, orderId, status: 'open', requestedAt: sh('2026-11-20T10:00:00') }]), { now: sh('2026-11-21T09:00:00') }, S);
    await markDone(db, `invoice:${orderId}`, sh('2026-12-01T09:00:00'));
    // Asked 11-30 08:00, answered by a buyer that evening: the suggestion at 12-01 08:00 was met.
    const q = { kind: 'qa' as const, id: 'Q1', question: '偏大吗?', askedAt: sh('2026-11-30T08:00:00'), buyerAnswerCount: 0, itemQaCount: 1 };
    await recordReport(db, report([{ ...q, status: 'open' }]), { now: sh('2026-11-30T09:00:00') }, S);
    await recordReport(db, report([{ ...q, status: 'open', buyerAnswerCount: 1 }]), { now: sh('2026-11-30T20:00:00') }, S);
    // First seen already issued: when it was handled is unknown, so its first deadline (end of 11-30) counts for neither.
    const old = '3000000000000000010';
    await recordReport(db, report([{ kind: 'invoice', id: old, orderId: old, status: 'done', requestedAt: sh('2026-11-20T11:00:00') }]), { now: sh('2026-12-01T10:00:00') }, S);
    for (const [at, points, ticketKey] of [[NOW - 80 * D, 2, undefined], [NOW - 25 * D, 5, `invoice:${orderId}`], [NOW - 3 * H, 2, undefined]] as const) {
      await addPenalty(db, { at, points, rule: 'invoice', source: 'user', ...(ticketKey ? { ticketKey } : {}) });
    }

    const h = await pointHistory(db, NOW, S);
    expect(h.steps.at(-1)!.points).toBe(await pointsInWindow(db, NOW, S));
    expect(h.steps.at(-1)!.points).toBe(6); // 5 + 2, capped at 6
    expect(h.deductions.map((d) => [d.points, d.effective, d.item?.key])).toEqual([
      [2, 2, undefined],
      [5, 5, `invoice:${orderId}`],
      [2, 1, undefined],
    ]);
    expect(h.weeks).toHaveLength(13);
    // This week (from Monday 11-30): the invoice's first deadline missed, the question's suggestion met.
    expect(h.weeks.at(-1)).toEqual({ start: sh('2026-11-30T00:00:00'), met: 1, missed: 1 });
  });

  it('keeps another cause apart: its own uncapped line, beside a capped invoice line that does not count it', async () => {
    const { db } = freshDb();
    await addPenalty(db, { at: NOW - 5 * D, points: 5, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - 4 * D, points: 3, rule: 'other', source: 'user', note: '物流停滞' });
    await addPenalty(db, { at: NOW - 3 * D, points: 2, rule: 'invoice', source: 'user' });
    const h = await pointHistory(db, NOW, S);
    expect(h.steps.at(-1)!.points).toBe(6);
    expect(h.otherSteps.map((s) => s.points)).toEqual([0, 3]);
    expect(h.deductions.map((d) => [d.rule, d.points, d.effective])).toEqual([['invoice', 5, 5], ['other', 3, 3], ['invoice', 2, 1]]);
  });
});

