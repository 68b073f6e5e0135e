import { describe, expect, it } from 'vitest';
import { pageDeadlineAfter } from '@/lib/page-deadline';

const M = 60_000;
const H = 60 * M;
const T = Date.parse('2026-12-01T10:00:00+08:00');

describe('pageDeadlineAfter', () => {
  it('keeps the earliest 已超时 sighting: later visits never move it', () => {
    const first = pageDeadlineAfter(undefined, { pageDeadline: T, pageUnit: 0 })!;
    expect(first).toEqual({ at: T, unit: 0 });
    expect(pageDeadlineAfter({ pageDeadline: T, pageUnit: 0 }, { pageDeadline: T + 2 * H, pageUnit: 0 })).toEqual({ at: T, unit: 0 });
  });

  it('keeps a countdown deadline when the page later shows 已超时, and takes an earlier 已超时', () => {
    const kept = { pageDeadline: T, pageUnit: H };
    expect(pageDeadlineAfter(kept, { pageDeadline: T + 3 * H, pageUnit: 0 })).toEqual({ at: T, unit: H });
    expect(pageDeadlineAfter(kept, { pageDeadline: T - H, pageUnit: 0 })).toEqual({ at: T - H, unit: 0 });
  });

  it('within the kept reading\'s rounding, the earlier instant stands', () => {
    const kept = { pageDeadline: T, pageUnit: H }; // read as `…小时`: the deadline is in [T, T + 1 h)
    expect(pageDeadlineAfter(kept, { pageDeadline: T + 20 * M, pageUnit: M })).toEqual({ at: T, unit: H });
    expect(pageDeadlineAfter(kept, { pageDeadline: T - 20 * M, pageUnit: M })).toEqual({ at: T - 20 * M, unit: M });
  });

  it('names a later reading beyond the rounding as a disagreement instead of moving', () => {
    expect(pageDeadlineAfter({ pageDeadline: T, pageUnit: M }, { pageDeadline: T + 20 * M, pageUnit: M })).toEqual({ at: T, unit: M, later: T + 20 * M });
    // After 已超时, any countdown that ends later disagrees.
    expect(pageDeadlineAfter({ pageDeadline: T, pageUnit: 0 }, { pageDeadline: T + 5 * M, pageUnit: M })).toEqual({ at: T, unit: 0, later: T + 5 * M });
  });

  it('keeps what the log has when the page shows no countdown; a row of an older log counts an hour of rounding', () => {
    expect(pageDeadlineAfter({ pageDeadline: T }, {})).toEqual({ at: T, unit: H });
    expect(pageDeadlineAfter(undefined, {})).toBeUndefined();
    expect(pageDeadlineAfter({ pageDeadline: T }, { pageDeadline: T + 50 * M, pageUnit: M })).toEqual({ at: T, unit: H });
  });
});
