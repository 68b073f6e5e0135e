import { describe, expect, it } from 'vitest';
import { applyCap, forecastPoints, otherPointsAt, pointsAt, windowMs } from '../../../lib/rules/ledger';
import { withSettings } from '../../../lib/rules/settings';
import { D, sh } from './time';

const one = (at: string) => ({ at: sh(at), points: 1 });
/** 8 one-point events on 12-01 … 12-08, 10:00. */
const eight = Array.from({ length: 8 }, (_, i) => one(`2022-12-0${i + 1}T10:00:00`));

describe('pointsAt: the window (t − 30 days, t]', () => {
  it('is 30 × 24 h', () => {
    expect(windowMs()).toBe(30 * D);
  });

  it('an event counts at its own instant, not 1 ms before', () => {
    const e = [one('2022-12-01T10:00:00')];
    expect(pointsAt(e, sh('2022-12-01T10:00:00'))).toBe(1);
    expect(pointsAt(e, sh('2022-12-01T09:59:59.999'))).toBe(0);
  });

  it('an event drops out exactly 30 days later', () => {
    const e = [one('2022-12-01T10:00:00')];
    expect(pointsAt(e, sh('2022-12-31T09:59:59.999'))).toBe(1);
    expect(pointsAt(e, sh('2022-12-31T10:00:00'))).toBe(0);
  });

  it('ignores input order', () => {
    expect(pointsAt(eight.toReversed(), sh('2022-12-10T00:00:00'))).toBe(6);
  });
});

describe('the cap, applied in time order', () => {
  it('8 one-point events within 30 days give 6', () => {
    expect(pointsAt(eight, sh('2022-12-10T00:00:00'))).toBe(6);
    expect(applyCap(eight).map((e) => e.effective)).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('capped events do not revive when older ones leave the window', () => {
    // 12-01 leaves at 12-31 10:00; the 7th and 8th stay at 0, so 5 remain.
    expect(pointsAt(eight, sh('2022-12-31T10:00:00'))).toBe(5);
  });

  it('a new event after one left the window counts again', () => {
    const events = [...eight, one('2022-12-31T10:00:00')];
    expect(applyCap(events).at(-1)?.effective).toBe(1);
    expect(pointsAt(events, sh('2022-12-31T10:00:00'))).toBe(6);
  });

  it('a multi-point event is cut to the room left; zero and negative points count 0', () => {
    const events = [...eight.slice(0, 5), { at: sh('2022-12-06T10:00:00'), points: 3 }];
    expect(applyCap(events).at(-1)?.effective).toBe(1);
    expect(pointsAt([{ at: sh('2022-12-01T00:00:00'), points: -2 }, one('2022-12-02T00:00:00')], sh('2022-12-03T00:00:00'))).toBe(1);
  });

  it('events at the same instant are applied one after another', () => {
    const same = Array.from({ length: 7 }, () => one('2022-12-01T10:00:00'));
    expect(pointsAt(same, sh('2022-12-01T10:00:00'))).toBe(6);
  });

  it('follows pointsCap and pointsWindowDays', () => {
    const s = withSettings({ pointsCap: 12, pointsWindowDays: 7 });
    expect(pointsAt(eight, sh('2022-12-08T10:00:00'), s)).toBe(7); // 12-01 10:00 left at 12-08 10:00
  });
});

describe('forecastPoints', () => {
  const three = [one('2022-12-01T10:00:00'), one('2022-12-01T10:00:00'), one('2022-12-01T10:00:00')];

  it('peaks in the middle, then declines as old events leave the window', () => {
    const forecast = [{ at: sh('2022-12-20T00:00:00') }, { at: sh('2022-12-31T12:00:00') }];
    expect(forecastPoints(three, forecast, sh('2022-12-10T00:00:00'))).toEqual({ points: 4, at: sh('2022-12-20T00:00:00') });
    // Check the decline is real: at the last moment only the two forecast points remain.
    const all = [...three, ...forecast.map((f) => ({ at: f.at, points: 1 }))];
    expect(pointsAt(all, sh('2022-12-31T12:00:00'))).toBe(2);
  });

  it('reports the first moment the capped peak is reached', () => {
    const five = eight.slice(0, 5);
    const forecast = [{ at: sh('2022-12-13T00:00:00') }, { at: sh('2022-12-11T00:00:00') }, { at: sh('2022-12-12T00:00:00') }];
    expect(forecastPoints(five, forecast, sh('2022-12-10T00:00:00'))).toEqual({ points: 6, at: sh('2022-12-11T00:00:00') });
  });

  it('equal totals later do not move the peak moment', () => {
    const forecast = [{ at: sh('2022-12-01T00:00:00') }, { at: sh('2022-12-31T00:00:00') }];
    expect(forecastPoints([], forecast, sh('2022-11-30T00:00:00'))).toEqual({ points: 1, at: sh('2022-12-01T00:00:00') });
  });

  it('an empty forecast is the total now', () => {
    expect(forecastPoints(three, [], sh('2022-12-10T00:00:00'))).toEqual({ points: 3, at: sh('2022-12-10T00:00:00') });
    expect(forecastPoints([], [], sh('2022-12-10T00:00:00'))).toEqual({ points: 0, at: sh('2022-12-10T00:00:00') });
  });

  it('a forecast moment already past counts while inside the window', () => {
    const now = sh('2022-12-10T00:00:00');
    expect(forecastPoints(three, [{ at: sh('2022-12-05T00:00:00') }], now)).toEqual({ points: 4, at: now });
    expect(forecastPoints(three, [{ at: sh('2022-11-01T00:00:00') }], now)).toEqual({ points: 3, at: now });
  });

  it('uses pointsPerComplaint for forecast events', () => {
    const s = withSettings({ pointsPerComplaint: 2 });
    expect(forecastPoints(three, [{ at: sh('2022-12-12T00:00:00') }], sh('2022-12-10T00:00:00'), s).points).toBe(5);
  });

  it('rejects non-instants', () => {
    expect(() => forecastPoints([], [{ at: Number.NaN }], 0)).toThrow(RangeError);
    expect(() => pointsAt([{ at: 0, points: Number.NaN }], 0)).toThrow(RangeError);
  });
});

describe('the cap belongs to the invoice rule (RULES §4)', () => {
  const other = (at: string, points: number) => ({ at: sh(at), points, rule: 'other' as const });

  it('counts another cause apart, whole, taking no room under the cap', () => {
    const events = [...eight.slice(0, 5), other('2022-12-06T10:00:00', 4), one('2022-12-07T10:00:00'), one('2022-12-08T10:00:00')];
    const capped = applyCap(events);
    expect(capped.map((e) => e.effective)).toEqual([1, 1, 1, 1, 1, 4, 1, 0]);
    expect(pointsAt(events, sh('2022-12-10T00:00:00'))).toBe(6);
    expect(otherPointsAt(events, sh('2022-12-10T00:00:00'))).toBe(4);
    // Out of the window after 30 days, as the invoice rule's points are.
    expect(otherPointsAt(events, sh('2023-01-05T10:00:00'))).toBe(0);
  });

  it('leaves another cause out of the forecast', () => {
    const events = [other('2022-12-09T10:00:00', 5), one('2022-12-09T11:00:00')];
    expect(forecastPoints(events, [{ at: sh('2022-12-12T00:00:00') }], sh('2022-12-10T00:00:00'))).toEqual({ points: 2, at: sh('2022-12-12T00:00:00') });
  });
});
