/** Property tests with oracles that do not reuse the code under test (Shanghai is fixed UTC+8). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceDeadlines } from '../../../lib/rules/invoice';
import { applyCap, forecastPoints, otherPointsAt, pointsAt } from '../../../lib/rules/ledger';
import { logisticsDeadlines } from '../../../lib/rules/logistics';
import { DEFAULT_SETTINGS, withSettings } from '../../../lib/rules/settings';
import { D, H } from './time';

const SH_OFFSET = 8 * H;
/** Shanghai calendar day number of an instant. */
const dayOf = (ms: number) => Math.floor((ms + SH_OFFSET) / D);
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const near2022 = fc.integer({ min: Date.UTC(2022, 9, 1), max: Date.UTC(2023, 5, 1) });

describe('invoice properties', () => {
  it('deadlines are end of day (23:59:59.999 Shanghai) N days after the request day, final after first', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (requestedAt, first, extra) => {
        const s = withSettings({ invoiceFirstDays: first, invoiceFinalDays: first + extra });
        const d = invoiceDeadlines({ requestedAt, workOrderCreatedAt: null }, s);
        expect((d.firstDeadline + SH_OFFSET + 1) % D).toBe(0);
        expect((d.finalDeadline + SH_OFFSET + 1) % D).toBe(0);
        expect(dayOf(d.firstDeadline) - dayOf(requestedAt)).toBe(first);
        expect(d.finalDeadline - d.firstDeadline).toBe(extra * D);
        expect(d.firstDeadline).toBeGreaterThanOrEqual(requestedAt);
      }),
    );
  });

  it('without a work order there is no penalty risk', () => {
    fc.assert(
      fc.property(instant, (requestedAt) => {
        const d = invoiceDeadlines({ requestedAt, workOrderCreatedAt: null });
        expect([d.penaltyRiskAt, d.respondBy, d.pointsAtRisk]).toEqual([null, null, 0]);
      }),
    );
  });

  it('with a work order, penalty risk is never before the final deadline or the work order', () => {
    fc.assert(
      fc.property(near2022, fc.integer({ min: -5 * D, max: 60 * D }), (requestedAt, woOffset) => {
        const w = requestedAt + woOffset;
        const d = invoiceDeadlines({ requestedAt, workOrderCreatedAt: w });
        const risk = d.penaltyRiskAt ?? Number.NaN;
        expect(risk).toBeGreaterThanOrEqual(Math.max(d.finalDeadline, w));
        expect(risk).toBe(w <= d.finalDeadline ? d.finalDeadline : w + 24 * H);
        expect(d.pointsAtRisk).toBe(risk >= DEFAULT_SETTINGS.invoicePenaltyFrom ? 1 : 0);
      }),
    );
  });
});

describe('logistics properties', () => {
  it('exposure is the first moment the threshold in force is reached, within [U + min T, U + max T]', () => {
    const end = fc.option(near2022);
    fc.assert(
      fc.property(near2022, end, fc.boolean(), (u, specialEnd, remote) => {
        const s = withSettings({ specialPeriodEnd: specialEnd });
        const start = s.specialPeriodStart;
        const [daily, special] = remote ? [72, 96] : [48, 72];
        // Oracle for "version in force at t" straight from RULES §2.
        const inSpecial = (t: number) => t >= start && (specialEnd === null || t < specialEnd);
        const reached = (t: number) => t - u >= (inSpecial(t) ? special : daily) * H;
        const d = logisticsDeadlines({ lastUpdateAt: u, province: remote ? '西藏自治区' : '上海市', workOrderCreatedAt: null }, s);
        const e = d.exposureAt ?? Number.NaN;
        expect(d.remote).toBe(remote);
        expect(e).toBeGreaterThanOrEqual(u + daily * H);
        expect(e).toBeLessThanOrEqual(u + special * H);
        expect(reached(e)).toBe(true);
        expect(reached(e - 1)).toBe(false);
        // Before E only the version starts/ends and U + T can flip `reached`; none of them is reached earlier.
        const flips = [start, specialEnd, u + daily * H, u + special * H].filter((t): t is number => t !== null && t >= u && t < e);
        expect(flips.filter(reached)).toEqual([]);
      }),
    );
  });
});

describe('ledger properties', () => {
  const event = fc.record({ at: near2022, points: fc.integer({ min: -1, max: 3 }) });
  const events = fc.array(event, { maxLength: 25 });

  it('the rolling total stays within [0, cap] and does not depend on input order', () => {
    fc.assert(
      fc.property(events, near2022, (es, t) => {
        const total = pointsAt(es, t);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(DEFAULT_SETTINGS.pointsCap);
        expect(pointsAt(es.toReversed(), t)).toBe(total);
      }),
    );
  });

  it('every event just before it sees at most the cap, so the total at any event is ≤ cap', () => {
    fc.assert(
      fc.property(events, (es) => {
        for (const e of applyCap(es)) {
          expect(e.effective).toBeGreaterThanOrEqual(0);
          expect(e.effective).toBeLessThanOrEqual(Math.max(0, e.points));
          expect(pointsAt(es, e.at)).toBeLessThanOrEqual(DEFAULT_SETTINGS.pointsCap);
        }
      }),
    );
  });

  it('another cause never moves N/6 or the forecast, and is totalled whole over (t − 30 d, t]', () => {
    const other = fc.array(fc.record({ at: near2022, points: fc.integer({ min: 0, max: 12 }), rule: fc.constant('other' as const) }), { maxLength: 10 });
    fc.assert(
      fc.property(events, other, near2022, (es, os, t) => {
        const all = [...os, ...es];
        expect(pointsAt(all, t)).toBe(pointsAt(es, t));
        expect(forecastPoints(all, [{ at: t + D }], t)).toEqual(forecastPoints(es, [{ at: t + D }], t));
        const plain = os.filter((e) => e.at > t - 30 * D && e.at <= t).reduce((sum, e) => sum + e.points, 0);
        expect(otherPointsAt(all, t)).toBe(plain);
      }),
    );
  });

  it('without a binding cap the total is the plain sum over (t − 30 d, t]', () => {
    const s = withSettings({ pointsCap: 1e9 });
    fc.assert(
      fc.property(fc.array(fc.record({ at: near2022, points: fc.integer({ min: 0, max: 3 }) })), near2022, (es, t) => {
        const plain = es.filter((e) => e.at > t - 30 * D && e.at <= t).reduce((sum, e) => sum + e.points, 0);
        expect(pointsAt(es, t, s)).toBe(plain);
      }),
    );
  });

  it('the forecast peak bounds the total at every moment from now to the last forecast moment', () => {
    fc.assert(
      fc.property(events, fc.array(fc.record({ at: near2022 }), { maxLength: 8 }), near2022, fc.array(near2022), (es, fs, now, probes) => {
        const peak = forecastPoints(es, fs, now);
        const all = [...es, ...fs.map((f) => ({ at: f.at, points: 1 }))];
        const last = Math.max(now, ...fs.map((f) => f.at));
        expect(peak.at).toBeGreaterThanOrEqual(now);
        expect(peak.at).toBeLessThanOrEqual(last);
        expect(peak.points).toBeLessThanOrEqual(DEFAULT_SETTINGS.pointsCap);
        expect(pointsAt(all, peak.at)).toBe(peak.points);
        const moments = [now, last, ...probes, ...all.map((e) => e.at)].filter((t) => t >= now && t <= last);
        expect(moments.filter((t) => pointsAt(all, t) > peak.points)).toEqual([]);
        // First reached: nothing before peak.at already reaches it.
        expect(moments.filter((t) => t < peak.at && pointsAt(all, t) >= peak.points)).toEqual([]);
      }),
    );
  });
});
