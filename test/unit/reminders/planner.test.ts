import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextCountChange, planReminders, reminderKey, type PlanItem } from '@/lib/reminders/planner';
import type { ReminderState } from '@/lib/store/types';

const H = 3_600_000;
const M = 60_000;
const LEADS = [1440, 240, 60, 0];
const T = Date.parse('2022-12-25T23:59:59.999+08:00');
const item = (key: string, ...ats: number[]): PlanItem => ({ key, deadlines: ats.map((at) => ({ at, key: 'invoice.final' as const })) });
const states = (list: ReminderState[]) => new Map(list.map((s) => [s.key, s]));

describe('planReminders', () => {
  it('notifies nothing before the first lead time and arms the alarm for it', () => {
    const plan = planReminders([item('a', T)], new Map(), LEADS, T - 25 * H);
    expect(plan.due).toEqual([]);
    expect(plan.nextAt).toBe(T - 24 * H);
  });

  it('notifies each lead time once, in turn', () => {
    let sent = new Map<string, ReminderState>();
    const seen: number[] = [];
    for (const now of [T - 24 * H, T - 23 * H, T - 4 * H, T - H, T - 30 * M, T, T + H]) {
      const plan = planReminders([item('a', T)], sent, LEADS, now);
      seen.push(...plan.due.map((d) => d.leadMinutes));
      sent = new Map([...sent, ...states(plan.sent)]);
    }
    expect(seen).toEqual([1440, 240, 60, 0]);
  });

  it('after sleeping through several lead times, sends one notification per item, at the tightest stage', () => {
    const plan = planReminders([item('a', T), item('b', T + 2 * H)], new Map(), LEADS, T - 30 * M);
    expect(plan.due).toEqual([
      { itemKey: 'a', deadline: { at: T, key: 'invoice.final' }, leadMinutes: 60 },
      { itemKey: 'b', deadline: { at: T + 2 * H, key: 'invoice.final' }, leadMinutes: 240 },
    ]);
    expect(plan.nextAt).toBe(T); // a's moment itself comes before b's 1-hour stage
  });

  it('is quiet when restarted with the states it saved', () => {
    const first = planReminders([item('a', T)], new Map(), LEADS, T - 2 * H);
    const again = planReminders([item('a', T)], states(first.sent), LEADS, T - 2 * H + 5 * M);
    expect(first.due).toHaveLength(1);
    expect(again.due).toEqual([]);
    expect(again.nextAt).toBe(T - H);
  });

  it('sends one notification for an item with several due deadlines, the nearest ahead', () => {
    const both: PlanItem = { key: 'a', deadlines: [{ at: T - 10 * 24 * H, key: 'invoice.first' }, { at: T, key: 'invoice.final' }] };
    const plan = planReminders([both], new Map(), LEADS, T - 3 * H);
    expect(plan.due).toEqual([{ itemKey: 'a', deadline: { at: T, key: 'invoice.final' }, leadMinutes: 240 }]);
    expect(plan.sent.map((s) => s.key).sort()).toEqual([reminderKey('a', both.deadlines[0]!), reminderKey('a', both.deadlines[1]!)].sort());
  });

  it('follows the configured lead times', () => {
    const plan = planReminders([item('a', T)], new Map(), [30], T - 45 * M);
    expect(plan.due).toEqual([]);
    expect(plan.nextAt).toBe(T - 30 * M);
  });

  it('has nothing left to arm once every stage went out', () => {
    const plan = planReminders([item('a', T)], new Map(), LEADS, T + 1);
    expect(plan.due.map((d) => d.leadMinutes)).toEqual([0]);
    expect(planReminders([item('a', T)], states(plan.sent), LEADS, T + 2).nextAt).toBeNull();
  });

  it('never notifies a stage twice, whatever the wake-up times (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30 * H, max: 30 * H }), { minLength: 1, maxLength: 12 }), (offsets) => {
        let sent = new Map<string, ReminderState>();
        const notified: number[] = [];
        for (const offset of [...offsets].sort((a, b) => a - b)) {
          const plan = planReminders([item('a', T)], sent, LEADS, T + offset);
          expect(plan.due.length).toBeLessThanOrEqual(1);
          notified.push(...plan.due.map((d) => d.leadMinutes));
          expect(plan.nextAt ?? Infinity).toBeGreaterThan(T + offset);
          sent = new Map([...sent, ...states(plan.sent)]);
        }
        expect(new Set(notified).size).toBe(notified.length);
        expect(notified).toEqual([...notified].sort((a, b) => b - a));
      }),
    );
  });
});

describe('nextCountChange', () => {
  it('is when a deadline enters the due-soon window or passes', () => {
    expect(nextCountChange([item('a', T)], 24 * H, T - 30 * H)).toBe(T - 24 * H);
    expect(nextCountChange([item('a', T)], 24 * H, T - 2 * H)).toBe(T + 1);
    expect(nextCountChange([item('a', T)], 24 * H, T + 5)).toBeNull();
  });
});

describe('planReminders with moving deadlines', () => {
  const page = (at: number): PlanItem => ({ key: 'a', deadlines: [{ at, key: 'page' }] });

  it('treats a page countdown read again, a little later, as the same deadline', () => {
    const first = planReminders([page(T)], new Map(), LEADS, T - 3 * H);
    const again = planReminders([page(T + 40_000)], states(first.sent), LEADS, T - 3 * H + 60_000);
    expect(first.due).toHaveLength(1);
    expect(again.due).toEqual([]);
  });

  it('starts over when the deadline really moved', () => {
    const first = planReminders([page(T)], new Map(), LEADS, T - 3 * H);
    const moved = planReminders([page(T + 5 * H)], states(first.sent), LEADS, T - 3 * H + 60_000);
    expect(moved.due.map((d) => d.leadMinutes)).toEqual([1440]);
  });
});
