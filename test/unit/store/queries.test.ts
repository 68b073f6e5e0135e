import { describe, expect, it, vi } from 'vitest';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import { addPenalty, countOverdueOrDueSoon, dueWithin, logBadgeContext, markDone, openItems, recordReport } from '@/lib/store/log';
import type { LogItem } from '@/lib/store/types';
import { D, freshDb, H, report, sh } from './helpers';

const S = DEFAULT_SETTINGS;
const NOW = sh('2022-12-20T12:00:00');

/** A logistics row with only the page's countdown: its one deadline is exactly `at`. */
const countdown = (id: string, at: number, status: PageRecord['status'] = 'open'): PageRecord => ({ kind: 'logistics', id, status, pageDeadline: at });
const keys = (items: LogItem[]) => items.map((i) => i.key).sort();

describe('openItems and dueWithin', () => {
  it('finds overdue and due-soon open items once each, bounds included, and nothing far off or closed', async () => {
    const { db } = freshDb();
    await recordReport(db, report([
      countdown('overdue', NOW - H),
      countdown('at-now', NOW),
      countdown('at-end', NOW + 24 * H),
      countdown('just-after', NOW + 24 * H + 1),
      countdown('far', NOW + 30 * D),
      countdown('closed', NOW - H, 'done'),
      { kind: 'qa', id: 'soon', status: 'open', askedAt: NOW - 20 * H },
      { kind: 'qa', id: 'answered', status: 'open', askedAt: NOW - 30 * H, buyerAnswerCount: 1 },
      // Past its first deadline (overdue for that one) but not its final: due soon counts it, overdue does not.
      { kind: 'invoice', id: 'inv', status: 'open', requestedAt: sh('2022-12-01T10:00:00'), pageDeadline: NOW + 2 * H },
    ]), { now: NOW }, S);
    const found = await dueWithin(db, NOW, 24 * H);
    expect(keys(found)).toEqual(['invoice:inv', 'logistics:at-end', 'logistics:at-now', 'logistics:overdue', 'qa:soon']);
    expect(found[0]?.key).toBe('logistics:overdue');
    expect(await countOverdueOrDueSoon(db, NOW, S)).toBe(5);
    expect(await countOverdueOrDueSoon(db, NOW, withSettings({ dueSoonHours: 0 }))).toBe(2); // overdue + at-now
    expect(keys(await openItems(db))).toEqual([
      'invoice:inv', 'logistics:at-end', 'logistics:at-now', 'logistics:far', 'logistics:just-after', 'logistics:overdue', 'qa:soon',
    ]);
    await markDone(db, 'logistics:overdue', NOW);
    expect(keys(await dueWithin(db, NOW, 24 * H))).not.toContain('logistics:overdue');
  });

  it('answers from the indexes, matching a full scan over 1,000 mixed rows', async () => {
    const { db } = freshDb();
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const records: PageRecord[] = Array.from({ length: 1000 }, (_, i) => {
      const at = NOW + Math.round((random() * 20 - 5) * D);
      const status = random() < 0.1 ? 'done' : 'open';
      if (i % 3 === 0) return { kind: 'qa', id: `q${i}`, status, askedAt: at - 24 * H, buyerAnswerCount: random() < 0.2 ? 1 : 0 };
      if (i % 3 === 1) return { kind: 'invoice', id: `i${i}`, status, requestedAt: at - 15 * D, ...(random() < 0.5 ? { pageDeadline: at } : {}) };
      return countdown(`l${i}`, at, status);
    });
    await recordReport(db, report(records), { now: NOW }, S);
    const all: LogItem[] = [...(await db.tickets.toArray()), ...(await db.questions.toArray())];
    const ms = 24 * H;
    const expected = all.filter((i) => i.status === 'open' && (i.dueTimes.some((t) => t >= NOW && t <= NOW + ms) || (i.finalDueAt ?? Infinity) < NOW));
    expect(expected.length).toBeGreaterThan(100);

    const where = vi.spyOn(db.tickets, 'where');
    const scans = [vi.spyOn(db.tickets, 'toArray'), vi.spyOn(db.tickets, 'toCollection'), vi.spyOn(db.tickets, 'filter')];
    const found = await dueWithin(db, NOW, ms);
    expect(keys(found)).toEqual(keys(expected));
    expect(where.mock.calls.map((c) => c[0])).toEqual(['dueTimes', 'finalDueAt']);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });
});

describe('logBadgeContext', () => {
  it('gives the ledger total and the forecast from open invoice tickets with work orders', async () => {
    const { db } = freshDb();
    await addPenalty(db, { at: NOW - 5 * D, points: 3, rule: 'invoice', source: 'user' });
    const finalOfA = sh('2022-12-25T23:59:59.999');
    const respondByB = sh('2022-12-21T11:00:00');
    await recordReport(db, report([
      { kind: 'invoice', id: 'A', status: 'open', requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: sh('2022-12-19T10:00:00') },
      { kind: 'invoice', id: 'B', status: 'open', requestedAt: sh('2022-11-20T10:00:00'), workOrderCreatedAt: sh('2022-12-20T11:00:00') },
      { kind: 'invoice', id: 'C', status: 'done', requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: sh('2022-12-19T10:00:00') },
      { kind: 'invoice', id: 'D', status: 'open', requestedAt: sh('2022-12-05T10:00:00') },
      { kind: 'logistics', id: 'E', status: 'open', lastUpdateAt: NOW, workOrderCreatedAt: NOW },
    ]), { now: NOW }, S);
    const context = await logBadgeContext(db, NOW, S);
    expect(context).toEqual({ settings: S, pointsInWindow: 3, forecast: { points: 5, at: finalOfA } });
    expect(respondByB).toBeLessThan(finalOfA);
  });

  it('has no forecast without open invoice work orders', async () => {
    const { db } = freshDb();
    expect(await logBadgeContext(db, NOW, S)).toEqual({ settings: S, pointsInWindow: 0, forecast: null });
  });
});
