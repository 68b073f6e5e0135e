import { beforeEach, describe, expect, it } from 'vitest';
import { lostReminders, notificationIds, snoozeButtons, SUMMARY_AFTER_QUIET, type Shown } from '@/lib/background/notify';
import type { ItemDeadline } from '@/lib/record-deadlines';
import { notificationText, summaryText } from '@/lib/reminders/notification-text';
import type { DueReminder } from '@/lib/reminders/planner';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import type { LogItem, ReminderState } from '@/lib/store/types';
import { installI18n } from '../../support/i18n';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');
const H = 3_600_000;
const page = (at: number): ItemDeadline => ({ at, key: 'page' });
const item = (key: string): LogItem => ({ key, kind: 'logistics', status: 'open', url: 'https://myseller.taobao.com/', firstSeenAt: NOW, lastSeenAt: NOW, dueTimes: [] }) as LogItem;
const state = (itemKey: string, pending?: string): ReminderState => ({ key: `${itemKey}|page`, itemKey, deadlineAt: NOW + H, sentLeadMinutes: 60, sentAt: NOW, ...(pending ? { pending } : {}) });
const due = (key: string, at: number): Shown => ({ item: item(key), due: { itemKey: key, deadline: page(at), leadMinutes: 0 } });

describe('lostReminders', () => {
  const open = new Map([
    ['logistics:1', { item: item('logistics:1'), deadlines: [page(NOW + H)] }],
    ['logistics:2', { item: item('logistics:2'), deadlines: [page(NOW + H)] }],
  ]);

  it('finds pending states whose notification is not on screen, for items still open with that deadline', () => {
    const states = [state('logistics:1', 'ds:logistics:1'), state('logistics:2', 'ds-summary:5'), state('logistics:3', 'ds:logistics:3'), state('logistics:1')];
    const { lost, states: lostStates } = lostReminders(states, new Set(['ds-summary:5']), open);
    expect(lost.map((x) => x.item.key)).toEqual(['logistics:1']);
    expect(lost[0]!.due).toMatchObject({ itemKey: 'logistics:1', leadMinutes: 60, deadline: { key: 'page' } });
    expect(lostStates).toEqual([states[0]]); // on screen, closed, or confirmed: not lost
  });
});

describe('notificationIds', () => {
  it('gives each item its own notification up to four, and one summary to all beyond', () => {
    const four = ['a', 'b', 'c', 'd'].map((k) => due(`logistics:${k}`, NOW));
    expect([...notificationIds(four, NOW).values()]).toEqual(four.map((x) => `ds:${x.item.key}`));
    const five = [...four, due('logistics:e', NOW)];
    expect(new Set(notificationIds(five, NOW).values())).toEqual(new Set([`ds-summary:${NOW}`]));
  });
});

describe('summaryText', () => {
  beforeEach(() => installI18n());

  it('counts what is overdue, due within the due-soon window and due later', () => {
    const list = [due('a', NOW - H), due('b', NOW - 2 * H), due('c', NOW + H), due('d', NOW + 30 * H)].map((x) => x.due);
    const { title, message } = summaryText(list, NOW, DEFAULT_SETTINGS);
    expect(title).toBe('时效哨兵:4 项需要处理');
    expect(message.split('\n')).toEqual(['2 项已超时,1 项 24 小时内到期', '另有 1 项稍后到期', '点击查看全部']);
  });
});

describe('notificationText of a parcel the platform lists as stalled', () => {
  beforeEach(() => installI18n('zh_CN'));
  const listed = { ...item('logistics:5118109635696058815'), orderId: '5118109635696058815', stalledSince: NOW, expectedCompensation: 88.5 } as LogItem;
  const exposure: DueReminder = { itemKey: listed.key, deadline: { at: NOW, key: 'logistics.exposure' }, leadMinutes: 0 };

  it('says so, with 预计赔付金额, at its first sighting', () => {
    const { title, message } = notificationText(listed, exposure, NOW + 60_000, DEFAULT_SETTINGS, 0);
    expect(title).toBe('物流停滞 · 超时 1分');
    expect(message.split('\n')).toEqual(['订单 5118109635696058815', '买家可发起物流停滞工单:11-27 14:00', '平台已列为停滞:买家可能已可发起物流停滞工单 · 预计赔付金额 ¥88.50']);
  });

  it('speaks of the work order once one is seen', () => {
    const withOrder = { ...listed, workOrderCreatedAt: NOW } as LogItem;
    expect(notificationText(withOrder, exposure, NOW, DEFAULT_SETTINGS, 0).message).toContain('工单须在时限内回复');
  });
});

describe('notificationText', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('says a page deadline kept from a 已超时 sighting is overdue since then, never 超时 0分', () => {
    const row = { ...item('invoice:1'), kind: 'invoice', orderId: '1', pageDeadline: NOW, pageUnit: 0 } as LogItem;
    const text = notificationText(row, { itemKey: row.key, deadline: page(NOW), leadMinutes: 0 }, NOW, DEFAULT_SETTINGS, 0);
    expect(text.title).toBe('催开票 · 页面显示已超时 · 最早见于 11-27 14:00');
    expect(text.message).toBe('订单 1');
    const counted = { ...row, pageUnit: 3_600_000 } as LogItem;
    expect(notificationText(counted, { itemKey: row.key, deadline: page(NOW + H), leadMinutes: 60 }, NOW, DEFAULT_SETTINGS, 0).title).toBe('催开票 · 剩 1小时0分');
  });
});

describe('issue 25: after quiet hours, and the snooze buttons', () => {
  it('sums up any burst at the end of quiet hours in one notification', () => {
    const two = [due('logistics:a', NOW), due('logistics:b', NOW)];
    expect(new Set(notificationIds(two, NOW, SUMMARY_AFTER_QUIET).values())).toEqual(new Set([`ds-summary:${NOW}`]));
    expect([...notificationIds(two.slice(0, 1), NOW, SUMMARY_AFTER_QUIET).values()]).toEqual(['ds:logistics:a']);
  });

  it('offers 1 h, and the end of quiet hours, else tomorrow’s digest, else nothing more', () => {
    expect(snoozeButtons(withSettings({ quietHours: { start: 1380, end: 480 } })).map((b) => b.title)).toEqual(['稍后提醒(1 小时)', '免打扰结束时提醒']);
    expect(snoozeButtons(withSettings()).map((b) => b.title)).toEqual(['稍后提醒(1 小时)', '明天晨报时提醒']);
    expect(snoozeButtons(withSettings({ digestMinutes: null })).map((b) => b.title)).toEqual(['稍后提醒(1 小时)']);
  });

  it('says when a deadline inside quiet hours falls, on the early alert', () => {
    const at = Date.parse('2026-11-28T03:00:00+08:00');
    const text = notificationText(item('logistics:1'), { itemKey: 'logistics:1', deadline: page(at), leadMinutes: 0, early: true }, at - 4 * H - 60_000, DEFAULT_SETTINGS, 0);
    expect(text.title).toBe('物流停滞 · 今晚 03:00 到期(免打扰前提醒)');
  });
});
