/**
 * 稍后提醒 (issue 25) as a table, beside the quiet-hours tables so it runs under the vectors' three zones too.
 * Instants are written in Shanghai time; none depends on the clock of the machine running the tests.
 */
import { describe, expect, it } from 'vitest';
import { snoozeHold } from '../../lib/background/snooze-hold';
import { snoozeUntil, type SnoozeChoice } from '../../lib/reminders/snooze';
import { withSettings } from '../../lib/rules/settings';
import type { LogItem } from '../../lib/store/types';

const at = (s: string) => Date.parse(`2026-${s.slice(0, 5)}T${s.slice(-5)}:00+08:00`);
const night = withSettings({ quietHours: { start: 23 * 60, end: 8 * 60 } });
const plain = withSettings();
const off = withSettings({ digestMinutes: null });
const deadline = (s: string) => [{ at: at(s), key: 'invoice.final' as const }];

describe('snoozeUntil', () => {
  it.each([
    ['1 h, deadline far', 'hour', '12-02 15:00', '12-05 12:00', plain, '12-02 16:00'],
    ['1 h would pass the deadline: rings its smallest lead before', 'hour', '12-02 15:00', '12-02 16:30', plain, '12-02 15:30'],
    ['less than that lead left: halfway there', 'hour', '12-02 15:00', '12-02 15:40', plain, '12-02 15:20'],
    ['overdue already: 1 h', 'hour', '12-02 15:00', '12-01 12:00', plain, '12-02 16:00'],
    ['until quiet hours end, from the evening', 'quiet', '12-02 22:00', '12-05 12:00', night, '12-03 08:00'],
    ['until quiet hours end, from inside them after midnight', 'quiet', '12-03 01:00', '12-05 12:00', night, '12-03 08:00'],
    ['until quiet hours end, capped by a deadline at 06:00', 'quiet', '12-02 22:00', '12-03 06:00', night, '12-03 05:00'],
    ['until tomorrow’s digest (09:00)', 'digest', '12-02 22:00', '12-05 12:00', plain, '12-03 09:00'],
    ['until tomorrow’s digest, just after midnight: the next day’s', 'digest', '12-03 00:30', '12-05 12:00', plain, '12-04 09:00'],
    ['digest off: 1 h', 'digest', '12-02 22:00', '12-05 12:00', off, '12-02 23:00'],
  ] as const)('%s', (_name, choice, now, due, s, want) => {
    expect(snoozeUntil(choice as SnoozeChoice, at(now), deadline(due), s)).toBe(at(want));
  });
});

describe('snoozeHold', () => {
  const item = { key: 'invoice:1', kind: 'invoice', status: 'open' } as LogItem;
  const open = new Map([[item.key, { item, deadlines: deadline('12-03 12:00') }]]);
  const snooze = (until: string) => new Map([[item.key, { itemKey: item.key, until: at(until), setAt: 0 }]]);

  it('holds a snoozed item and wakes when it rings', () => {
    const hold = snoozeHold(snooze('12-02 16:00'), open, at('12-02 15:00'), null);
    expect([...hold.waiting]).toEqual([item.key]);
    expect(hold.nextAt).toBe(at('12-02 16:00'));
    expect(hold.ringing).toEqual([]);
  });

  it('rings it once due, with its nearest deadline, and finishes the snooze', () => {
    const hold = snoozeHold(snooze('12-02 16:00'), open, at('12-02 16:00'), null);
    expect(hold.ringing.map((r) => r.due.deadline.at)).toEqual([at('12-03 12:00')]);
    expect(hold.done).toEqual([item.key]);
  });

  it('inside quiet hours a due snooze waits for their end', () => {
    const hold = snoozeHold(snooze('12-02 23:30'), open, at('12-03 01:00'), at('12-03 08:00'));
    expect(hold.ringing).toEqual([]);
    expect(hold.nextAt).toBe(at('12-03 08:00'));
  });

  it('drops the snooze of an item no longer open', () => {
    expect(snoozeHold(snooze('12-02 16:00'), new Map(), at('12-02 15:00'), null).done).toEqual([item.key]);
  });
});
