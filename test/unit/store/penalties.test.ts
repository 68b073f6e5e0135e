import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import { addPenalty, ledgerHistory, penaltiesBetween, pointsInWindow } from '@/lib/store/log';
import { ruleStatedByPage } from '@/lib/store/penalties';
import type { PenaltyEvent } from '@/lib/store/types';
import { D, freshDb, H, sh } from './helpers';

const S = DEFAULT_SETTINGS;
const NOW = sh('2022-12-31T10:00:00');

describe('addPenalty', () => {
  it('stores a valid event with known fields only and returns its id', async () => {
    const { db } = freshDb();
    const extra = { at: NOW, points: 1, rule: 'invoice', source: 'user', note: '人工录入', junk: 'x' } as Omit<PenaltyEvent, 'id'>;
    const id = await addPenalty(db, extra);
    expect(await db.penalties.get(id)).toEqual({ id, at: NOW, points: 1, rule: 'invoice', source: 'user', note: '人工录入' });
  });

  it.each([
    ['a non-finite time', { at: Number.NaN, points: 1, rule: 'invoice', source: 'user' }],
    ['a time beyond Date', { at: 9e15, points: 1, rule: 'invoice', source: 'user' }],
    ['zero points', { at: NOW, points: 0, rule: 'invoice', source: 'user' }],
    ['fractional points', { at: NOW, points: 1.5, rule: 'invoice', source: 'user' }],
    ['13 points', { at: NOW, points: 13, rule: 'invoice', source: 'user' }],
    ['an unknown source', { at: NOW, points: 1, source: 'api' }],
    ['a huge note', { at: NOW, points: 1, rule: 'invoice', source: 'user', note: 'x'.repeat(501) }],
  ])('rejects %s and stores nothing', async (_, event) => {
    const { db } = freshDb();
    await expect(addPenalty(db, event as Omit<PenaltyEvent, 'id'>)).rejects.toThrow(RangeError);
    expect(await db.penalties.count()).toBe(0);
  });

  it('stores a page event seen again only once, but two user entries twice', async () => {
    const { db } = freshDb();
    const page = { at: NOW, points: 1, rule: 'invoice', source: 'page', ticketKey: 'invoice:1' } as const;
    const first = await addPenalty(db, page);
    expect(await addPenalty(db, page)).toBe(first);
    expect(await addPenalty(db, { ...page, points: 2 })).not.toBe(first);
    expect(await addPenalty(db, { ...page, ticketKey: 'invoice:2' })).not.toBe(first);
    await addPenalty(db, { at: NOW - H, points: 1, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - H, points: 1, rule: 'invoice', source: 'user' });
    expect(await db.penalties.count()).toBe(5);
  });
});

describe('the rolling total', () => {
  it('counts (now − 30 days, now]: an event exactly 30 days old is out, one a millisecond younger is in', async () => {
    const { db } = freshDb();
    await addPenalty(db, { at: NOW - 30 * D, points: 2, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - 30 * D + 1, points: 1, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW + 1, points: 4, rule: 'invoice', source: 'user' });
    expect(await pointsInWindow(db, NOW, S)).toBe(1);
    expect((await penaltiesBetween(db, NOW - 30 * D, NOW)).map((e) => e.at)).toEqual([NOW - 30 * D + 1]);
  });

  it('caps the total at 6 points within the window', async () => {
    const { db } = freshDb();
    for (let i = 0; i < 8; i++) await addPenalty(db, { at: NOW - i * D, points: 1, rule: 'invoice', source: 'user' });
    expect(await pointsInWindow(db, NOW, S)).toBe(6);
    expect(await pointsInWindow(db, NOW, withSettings({ pointsCap: 7 }))).toBe(7);
  });

  it('honours the cap history beyond two windows (a capped event leaves room for a later one)', async () => {
    const { db } = freshDb();
    // A fills the cap; B, 26 days later, is capped to 0; C, 29 days after B, sees only B (0) and counts 6.
    // Without A, B would count 6 and C 0: A is 65 days old, so only a history reaching back to it gets C right.
    await addPenalty(db, { at: NOW - 65 * D, points: 6, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - 39 * D, points: 6, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - 10 * D, points: 6, rule: 'invoice', source: 'user' });
    expect(await pointsInWindow(db, NOW, S)).toBe(6);
    expect(await ledgerHistory(db, NOW, S)).toHaveLength(3);
  });

  it('stops reading history at a whole empty window', async () => {
    const { db } = freshDb();
    await addPenalty(db, { at: NOW - 200 * D, points: 6, rule: 'invoice', source: 'user' });
    await addPenalty(db, { at: NOW - 10 * D, points: 2, rule: 'invoice', source: 'user' });
    expect((await ledgerHistory(db, NOW, S)).map((e) => e.points)).toEqual([2]);
    expect(await pointsInWindow(db, NOW, S)).toBe(2);
  });
});

describe('the rule of a deduction', () => {
  it('takes the rule a page states: an invoice complaint is the invoice rule, anything else another cause', () => {
    expect(ruleStatedByPage('催开发票投诉成立,扣1分')).toBe('invoice');
    expect(ruleStatedByPage('發票投訴')).toBe('invoice');
    expect(ruleStatedByPage(undefined, 'invoice:3289100000000000101')).toBe('invoice');
    expect(ruleStatedByPage('物流停滞工单超时', 'logistics:1')).toBe('other');
    expect(ruleStatedByPage(undefined)).toBe('other');
  });

  it('refuses an event without a known rule, and keeps another cause out of N/6', async () => {
    const { db } = freshDb();
    await expect(addPenalty(db, { at: NOW, points: 1, source: 'user' } as Omit<PenaltyEvent, 'id'>)).rejects.toThrow(RangeError);
    await addPenalty(db, { at: NOW - D, points: 4, rule: 'other', source: 'user' });
    await addPenalty(db, { at: NOW - H, points: 1, rule: 'invoice', source: 'user' });
    expect(await pointsInWindow(db, NOW, S)).toBe(1);
  });
});
