import { describe, expect, it } from 'vitest';
import { addHoursMs, assertInstant, endOfDayAfter, inShanghaiDate, shanghaiTime } from '../../../lib/rules/shanghai';
import { H, sh } from './time';

describe('shanghai helpers', () => {
  it('end of day N days later is 23:59:59.999 Shanghai, from the first and last instant of a day', () => {
    expect(endOfDayAfter(sh('2022-12-05T00:00:00.000'), 10)).toBe(sh('2022-12-15T23:59:59.999'));
    expect(endOfDayAfter(sh('2022-12-05T23:59:59.999'), 10)).toBe(sh('2022-12-15T23:59:59.999'));
    // 2022-12-05 23:30 Shanghai is 12-05 15:30 UTC and 12-05 07:30 in Los Angeles: the Shanghai date counts.
    expect(endOfDayAfter(sh('2022-12-05T23:30:00'), 0)).toBe(sh('2022-12-05T23:59:59.999'));
    // 00:30 Shanghai is still the previous day in UTC: the Shanghai date counts.
    expect(endOfDayAfter(sh('2022-12-06T00:30:00'), 0)).toBe(sh('2022-12-06T23:59:59.999'));
  });

  it('crosses month, year and leap day', () => {
    expect(endOfDayAfter(sh('2022-12-31T12:00:00'), 1)).toBe(sh('2023-01-01T23:59:59.999'));
    expect(endOfDayAfter(sh('2024-02-20T12:00:00'), 10)).toBe(sh('2024-03-01T23:59:59.999'));
    expect(endOfDayAfter(sh('2023-02-20T12:00:00'), 10)).toBe(sh('2023-03-02T23:59:59.999'));
  });

  it('builds Shanghai wall times with 1-based months', () => {
    expect(shanghaiTime(2022, 12, 15)).toBe(sh('2022-12-15T00:00:00'));
    expect(shanghaiTime(2023, 1, 31, 23, 59, 59, 999)).toBe(sh('2023-01-31T23:59:59.999'));
    expect(inShanghaiDate(sh('2022-12-15T00:00:00')).getHours()).toBe(0);
    expect(inShanghaiDate(sh('2022-12-15T00:00:00')).getDate()).toBe(15);
  });

  it('adds absolute hours and rejects non-instants', () => {
    expect(addHoursMs(sh('2022-12-27T15:30:00'), 24)).toBe(sh('2022-12-28T15:30:00'));
    expect(addHoursMs(0, 1.5)).toBe(1.5 * H);
    expect(() => assertInstant(Number.NaN, 'x')).toThrow(RangeError);
    expect(() => assertInstant(Infinity, 'x')).toThrow(RangeError);
    expect(assertInstant(5, 'x')).toBe(5);
  });
});
