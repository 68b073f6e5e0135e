import { describe, expect, it } from 'vitest';
import { planDigest, shanghaiDay } from '@/lib/reminders/digest-schedule';
import { H, sh } from '../rules/time';

const NINE = 9 * 60;

/** The wakes of a worker whose only memory is the stored day, as across restarts: it claims the day it shows. */
function wakes(times: number[], minutes: number | null = NINE): { shown: string[]; nextAt: (number | null)[] } {
  let stored: string | null = null;
  const shown: string[] = [];
  const nextAt: (number | null)[] = [];
  for (const now of times) {
    const plan = planDigest(now, minutes, stored);
    if (plan.dueDay !== null) {
      shown.push(plan.dueDay);
      stored = plan.dueDay;
    }
    nextAt.push(plan.nextAt);
  }
  return { shown, nextAt };
}

describe('the morning digest schedule (Asia/Shanghai)', () => {
  it('waits for the set time, then is due once on the first wake after it', () => {
    const { shown, nextAt } = wakes([sh('2026-12-02T08:59:59'), sh('2026-12-02T09:00:00'), sh('2026-12-02T09:00:01'), sh('2026-12-02T18:00:00')]);
    expect(shown).toEqual(['2026-12-02']);
    expect(nextAt).toEqual([sh('2026-12-02T09:00:00'), sh('2026-12-03T09:00:00'), sh('2026-12-03T09:00:00'), sh('2026-12-03T09:00:00')]);
  });

  it('shows it when a machine asleep at 09:00 wakes later that day, once, however many wakes follow', () => {
    // Asleep from 08:30 to 13:10; then restarts of the worker and alarms.
    const { shown } = wakes([sh('2026-12-02T08:30:00'), sh('2026-12-02T13:10:00'), sh('2026-12-02T13:10:02'), sh('2026-12-02T23:59:59')]);
    expect(shown).toEqual(['2026-12-02']);
  });

  it('skips a day slept through entirely: a wake after midnight waits for that day’s set time', () => {
    const { shown, nextAt } = wakes([sh('2026-12-02T10:00:00'), sh('2026-12-04T02:00:00'), sh('2026-12-04T09:30:00')]);
    expect(shown).toEqual(['2026-12-02', '2026-12-04']);
    expect(nextAt[1]).toBe(sh('2026-12-04T09:00:00'));
  });

  it('comes every day, at the set time of each', () => {
    const days = [2, 3, 4].map((d) => sh(`2026-12-0${d}T07:15:00`));
    const { shown } = wakes(days.flatMap((t) => [t, t + 2 * H]), 7 * 60 + 15);
    expect(shown).toEqual(['2026-12-02', '2026-12-03', '2026-12-04']);
  });

  it('is never due twice for a day after the clock was set back', () => {
    expect(planDigest(sh('2026-12-02T10:00:00'), NINE, '2026-12-03').dueDay).toBeNull();
  });

  it('is off when switched off: nothing due, no wake', () => {
    expect(planDigest(sh('2026-12-02T10:00:00'), null, null)).toEqual({ dueDay: null, nextAt: null });
  });

  it('takes the day in Shanghai whatever the machine’s zone: 00:30 Shanghai is the previous day in UTC', () => {
    expect(shanghaiDay(sh('2026-12-02T00:30:00'))).toBe('2026-12-02');
    expect(planDigest(sh('2026-12-02T00:30:00'), 0, '2026-12-01').dueDay).toBe('2026-12-02');
  });
});
