import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCap, pointsAt } from '@/lib/rules/ledger';
import { deductionsIn, rollingSteps, weeklyOutcomes, type PointStep } from '@/lib/rules/point-history';
import { DEFAULT_SETTINGS as S, withSettings } from '@/lib/rules/settings';
import { D, H, sh } from './time';

const NOW = sh('2026-12-02T12:00:00');
const FROM = NOW - 90 * D;
/** The total the steps give at `t`: the last step at or before it. */
const stepAt = (steps: readonly PointStep[], t: number) => steps.findLast((s) => s.at <= t)!.points;

describe('the rolling points line', () => {
  it('equals the ledger’s capped total at every moment of the 90 days, for any deductions', () => {
    const event = fc.record({ at: fc.integer({ min: FROM - 70 * D, max: NOW }), points: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.array(fc.integer({ min: FROM, max: NOW }), { minLength: 1, maxLength: 20 }), fc.constantFrom(S, withSettings({ pointsCap: 3, pointsWindowDays: 10 })), (events, probes, s) => {
        const steps = rollingSteps(events, FROM, NOW, s);
        // Probes at, just before and just after each step too: that is where an off-by-one would show.
        const moments = [...probes, ...steps.flatMap((st) => [st.at - 1, st.at, st.at + 1])].filter((t) => t >= FROM && t <= NOW);
        for (const t of moments) expect(stepAt(steps, t)).toBe(pointsAt(events, t, s));
      }),
      { numRuns: 200 },
    );
  });

  it('drops an event exactly 30 days after it and never rises above the cap', () => {
    const at = NOW - 40 * D;
    const steps = rollingSteps([{ at, points: 4 }, { at: at + D, points: 4 }], FROM, NOW, S);
    expect(steps).toEqual([
      { at: FROM, points: 0 },
      { at, points: 4 },
      { at: at + D, points: 6 }, // capped: 2 of the 4 count
      { at: at + 30 * D, points: 2 },
      { at: at + 31 * D, points: 0 },
    ]);
  });

  it('marks each deduction of the span with the points that counted after the cap, keeping its cause', () => {
    const events = [
      { at: NOW - 100 * D, points: 1, note: 'before the span' },
      { at: NOW - 20 * D, points: 5, note: 'a' },
      { at: NOW - 10 * D, points: 3, note: 'b' },
    ];
    const marked = deductionsIn(events, FROM, NOW, S);
    expect(marked.map((e) => [e.note, e.points, e.effective])).toEqual([
      ['a', 5, 5],
      ['b', 3, 1],
    ]);
    expect(marked.map((e) => e.effective)).toEqual(applyCap(events, S).slice(1).map((e) => e.effective));
  });
});

describe('deadlines met and missed per week', () => {
  it('counts a deadline met when the item was handled by then, missed otherwise, in its Shanghai week', () => {
    // 2026-11-30 is a Monday: the current week starts then.
    const weeks = weeklyOutcomes(
      [
        { deadlines: [sh('2026-11-30T00:00:00'), sh('2026-12-01T10:00:00')], handledAt: sh('2026-11-30T08:00:00') }, // handled at 08:00: 00:00 missed, 12-01 met
        { deadlines: [sh('2026-11-29T23:59:59')], handledAt: sh('2026-11-29T12:00:00') }, // met, the week before
        { deadlines: [sh('2026-12-01T09:00:00')] }, // never handled: missed
        { deadlines: [NOW + H] }, // still ahead: neither
      ],
      NOW,
      3,
    );
    expect(weeks.map((w) => [w.start, w.met, w.missed])).toEqual([
      [sh('2026-11-16T00:00:00'), 0, 0],
      [sh('2026-11-23T00:00:00'), 1, 0],
      [sh('2026-11-30T00:00:00'), 1, 2],
    ]);
  });
});
