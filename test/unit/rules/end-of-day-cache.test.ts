import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay } from 'date-fns';
import { endOfDayAfter } from '@/lib/rules/shanghai';

const direct = (ms: number, days: number) => endOfDay(addDays(new TZDate(ms, 'Asia/Shanghai'), days)).getTime();

describe('endOfDayAfter, memoised by Shanghai day', () => {
  it('equals the time-zone arithmetic for any instant and day count, asked twice (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1985, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.integer({ min: 0, max: 40 }), (ms, days) => {
        expect(endOfDayAfter(ms, days)).toBe(direct(ms, days));
        expect(endOfDayAfter(ms, days)).toBe(direct(ms, days)); // the cached answer
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps instants on either side of Shanghai midnight apart', () => {
    const midnight = Date.parse('2022-12-05T00:00:00+08:00');
    expect(endOfDayAfter(midnight - 1, 10)).toBe(Date.parse('2022-12-14T23:59:59.999+08:00'));
    expect(endOfDayAfter(midnight, 10)).toBe(Date.parse('2022-12-15T23:59:59.999+08:00'));
  });
});
