/**
 * Quiet hours (issue 25) as tables. Here, not under test/unit, so scripts/test-vectors.mjs runs them under each
 * of its three time zones (Asia/Shanghai, UTC, America/Los_Angeles): the rule must read Shanghai time in all.
 * Every instant is written in Shanghai time; none depends on the clock of the machine running the tests.
 */
import { describe, expect, it } from 'vitest';
import { planDigestQuiet } from '../../lib/reminders/digest-schedule';
import { planReminders, reminderKey, type PlanItem } from '../../lib/reminders/planner';
import { alertMoment, digestMinute, lastQuietEnd, parseQuietHours, quietPeriodAt, type QuietHours } from '../../lib/reminders/quiet-hours';
import type { ReminderState } from '../../lib/store/types';

const NIGHT: QuietHours = { start: 23 * 60, end: 8 * 60 }; // wraps the day
const NOON: QuietHours = { start: 12 * 60, end: 13 * 60 + 30 }; // does not
const LEADS = [1440, 240, 60, 0];
/** `12-02 23:30` → that Shanghai wall time in 2026 (or `2027-01-01 00:30` with a year). */
const at = (s: string) => Date.parse(`${s.length > 11 ? s.slice(0, 10) : `2026-${s.slice(0, 5)}`}T${s.slice(-5)}:00+08:00`);

describe('quietPeriodAt', () => {
  it.each([
    ['12-02 22:59', NIGHT, null],
    ['12-02 23:00', NIGHT, ['12-02 23:00', '12-03 08:00']],
    ['12-02 23:59', NIGHT, ['12-02 23:00', '12-03 08:00']],
    ['12-03 00:00', NIGHT, ['12-02 23:00', '12-03 08:00']],
    ['12-03 07:59', NIGHT, ['12-02 23:00', '12-03 08:00']],
    ['12-03 08:00', NIGHT, null],
    ['2026-12-31 23:30', NIGHT, ['2026-12-31 23:00', '2027-01-01 08:00']],
    ['2027-01-01 00:01', NIGHT, ['2026-12-31 23:00', '2027-01-01 08:00']],
    ['12-02 12:00', NOON, ['12-02 12:00', '12-02 13:30']],
    ['12-02 13:30', NOON, null],
    ['12-02 11:59', NOON, null],
    ['12-02 03:00', null, null],
  ] as const)('%s in %o → %o', (when, q, want) => {
    expect(quietPeriodAt(at(when), q)).toEqual(want && { start: at(want[0]), end: at(want[1]) });
  });
});

describe('lastQuietEnd', () => {
  it.each([
    ['12-03 08:00', NIGHT, '12-03 08:00'],
    ['12-03 07:59', NIGHT, '12-02 08:00'],
    ['2027-01-01 00:30', NIGHT, '2026-12-31 08:00'],
    ['12-02 14:00', NOON, '12-02 13:30'],
  ] as const)('at %s in %o → %s', (when, q, want) => expect(lastQuietEnd(at(when), q)).toBe(at(want)));
});

describe('alertMoment (smallest lead 60 min)', () => {
  it.each([
    ['outside: unchanged', '12-02 22:00', '12-03 02:00', NIGHT, '12-02 22:00'],
    ['deadline inside: the minute before they start', '12-03 02:00', '12-03 03:00', NIGHT, '12-02 22:59'],
    ['at the start itself', '12-02 23:00', '12-03 03:00', NIGHT, '12-02 22:59'],
    ['deadline within the smallest lead after the end', '12-03 07:30', '12-03 08:30', NIGHT, '12-02 22:59'],
    ['deadline exactly the smallest lead after the end: at the end', '12-03 05:00', '12-03 09:00', NIGHT, '12-03 08:00'],
    ['deadline later in the day: at the end', '12-03 07:00', '12-03 11:00', NIGHT, '12-03 08:00'],
    ['the end itself is not quiet', '12-03 08:00', '12-03 09:00', NIGHT, '12-03 08:00'],
    ['across the year end, before midnight', '2026-12-31 23:30', '2027-01-01 01:00', NIGHT, '2026-12-31 22:59'],
    ['across the year end, after midnight', '2027-01-01 00:30', '2027-01-01 01:00', NIGHT, '2026-12-31 22:59'],
    ['a window inside the day, deadline inside', '12-02 12:30', '12-02 13:00', NOON, '12-02 11:59'],
    ['a window inside the day, deadline later', '12-02 12:30', '12-02 16:00', NOON, '12-02 13:30'],
    ['no quiet hours', '12-03 02:00', '12-03 03:00', null, '12-03 02:00'],
  ] as const)('%s', (_name, moment, deadline, q, want) => {
    expect(alertMoment(at(moment), at(deadline), 60, q)).toBe(at(want));
  });
});

const item = (key: string, deadline: string): PlanItem => ({ key, deadlines: [{ at: at(deadline), key: 'invoice.final' }] });
const sentUpTo = (p: PlanItem, lead: number): Map<string, ReminderState> => {
  const key = reminderKey(p.key, p.deadlines[0]!);
  return new Map([[key, { key, itemKey: p.key, deadlineAt: p.deadlines[0]!.at, sentLeadMinutes: lead, sentAt: 0 }]]);
};

describe('planReminders under quiet hours 23:00–08:00', () => {
  const tonight = item('a', '12-03 03:00');
  it.each([
    // [now, states sent up to lead, due leads, early, nextAt]
    ['12-02 22:58', 1440, [], false, '12-02 22:59'],
    ['12-02 22:59', 1440, [0], true, null],
    ['12-02 23:30', 0, [], false, null],
  ] as const)('a 03:00 deadline at %s', (now, sent, leads, early, next) => {
    const plan = planReminders([tonight], sentUpTo(tonight, sent), LEADS, at(now), NIGHT);
    expect(plan.due.map((d) => d.leadMinutes)).toEqual(leads);
    expect(plan.due.some((d) => d.early)).toBe(early);
    expect(plan.nextAt).toBe(next === null ? null : at(next));
  });

  it('without quiet hours the same deadline rings at 23:00, 02:00 and 03:00', () => {
    const moments: number[] = [];
    let states = sentUpTo(tonight, 1440);
    for (let now = at('12-02 22:00'); now <= at('12-03 04:00'); now += 60_000) {
      const plan = planReminders([tonight], states, LEADS, now, null);
      if (plan.due.length) moments.push(now);
      states = new Map([...states, ...plan.sent.map((s) => [s.key, s] as const)]);
    }
    expect(moments).toEqual([at('12-02 23:00'), at('12-03 02:00'), at('12-03 03:00')]);
  });

  it('sends nothing inside them, minute by minute, and one early alert before', () => {
    const moments: number[] = [];
    let states = sentUpTo(tonight, 1440);
    for (let now = at('12-02 22:00'); now <= at('12-03 09:00'); now += 60_000) {
      const plan = planReminders([tonight], states, LEADS, now, NIGHT);
      if (plan.due.length) moments.push(now);
      states = new Map([...states, ...plan.sent.map((s) => [s.key, s] as const)]);
    }
    expect(moments).toEqual([at('12-02 22:59')]);
  });

  it('holds a reminder seen inside them to their end, as one burst with the others', () => {
    const items = [item('a', '12-03 11:00'), item('b', '12-03 11:30'), item('c', '12-03 03:00')];
    const inside = planReminders(items, new Map(), LEADS, at('12-03 01:00'), NIGHT);
    expect(inside.due).toEqual([]);
    expect(inside.nextAt).toBe(at('12-03 08:00'));
    const end = planReminders(items, new Map(), LEADS, at('12-03 08:00'), NIGHT);
    expect(end.due.map((d) => d.itemKey)).toEqual(['a', 'b', 'c']);
    expect(end.afterQuiet).toBe(true);
    expect(end.due.some((d) => d.early)).toBe(false); // c is overdue by then: no "tonight"
  });

  it('sums up what was held at their end even when its own moments were not in them (deadlines days ago)', () => {
    const items = [item('a', '11-30 15:00'), item('b', '12-01 16:00')]; // every stage's moment in the afternoon
    expect(planReminders(items, new Map(), LEADS, at('12-03 07:00'), NIGHT).due).toEqual([]);
    expect(planReminders(items, new Map(), LEADS, at('12-03 08:00'), NIGHT).afterQuiet).toBe(true);
    expect(planReminders(items, new Map(), LEADS, at('12-03 08:09'), NIGHT).afterQuiet).toBe(true); // a late alarm
    expect(planReminders(items, new Map(), LEADS, at('12-03 08:30'), NIGHT).afterQuiet).toBe(false); // a later visit: as usual
    expect(planReminders(items, new Map(), LEADS, at('12-03 08:00'), null).afterQuiet).toBe(false);
  });

  it('moves the alert, never the deadline', () => {
    const plan = planReminders([tonight], sentUpTo(tonight, 1440), LEADS, at('12-02 22:59'), NIGHT);
    expect(plan.due[0]!.deadline.at).toBe(at('12-03 03:00'));
    expect(plan.sent[0]!.deadlineAt).toBe(at('12-03 03:00'));
  });
});

describe('the digest under quiet hours', () => {
  it.each([
    ['a set time inside moves to their end', 7 * 60, NIGHT, '08:00'],
    ['one outside stays', 9 * 60, NIGHT, '09:00'],
    ['inside a window of the day', 12 * 60 + 15, NOON, '13:30'],
    ['switched off stays off', null, NIGHT, null],
  ] as const)('%s', (_name, minutes, q, want) => {
    const got = digestMinute(minutes, q);
    expect(got === null ? null : `${String(Math.floor(got / 60)).padStart(2, '0')}:${String(got % 60).padStart(2, '0')}`).toBe(want);
  });

  it.each([
    ['before the moved set time: wakes at the end', '12-03 06:00', 7 * 60, null, null, '12-03 08:00'],
    ['at the end: due', '12-03 08:00', 7 * 60, '2026-12-02', '2026-12-03', '12-04 08:00'],
    ['a wake inside them shows nothing, and wakes at their end', '12-02 23:30', 9 * 60, '2026-12-01', null, '12-03 08:00'],
    ['across the year end', '2027-01-01 00:30', 9 * 60, '2026-12-30', null, '2027-01-01 09:00'],
  ] as const)('%s', (_name, now, minutes, shown, dueDay, next) => {
    const plan = planDigestQuiet(at(now), minutes, shown, NIGHT);
    expect(plan).toEqual({ dueDay, nextAt: at(next) });
  });
});

describe('parseQuietHours', () => {
  it.each([
    ['23:00-08:00', NIGHT],
    ['23:00 – 08:00', NIGHT],
    ['23:00至08:00', NIGHT],
    ['12:00-13:30', NOON],
    ['08:00-08:00', null],
    ['25:00-08:00', null],
    ['23:00', null],
  ] as const)('%s', (text, want) => expect(parseQuietHours(text)).toEqual(want));
});
