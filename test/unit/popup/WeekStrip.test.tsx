// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Popup } from '@/components/popup/Popup';
import { daysAhead } from '@/lib/reminders/days-ahead';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { recordReport } from '@/lib/store/log';
import type { LogItem } from '@/lib/store/types';
import { freshDb, H, D, report, sh } from '../store/helpers';
import { installI18n } from '../../support/i18n';

const NOW = sh('2026-12-02T12:00:00'); // a Wednesday

const popup = (db: ReturnType<typeof freshDb>['db']) =>
  render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);

describe('the week ahead', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  it('puts each open item on the Shanghai day of its next deadline, overdue ones apart, once each', () => {
    const item = (key: string, kind: LogItem['kind'], dueTimes: number[]) => ({ key, kind, dueTimes, finalDueAt: dueTimes.at(-1) });
    const week = daysAhead(
      [
        item('a', 'invoice', [NOW - 2 * D, NOW + 2 * H]), // next: 14:00 today
        item('b', 'logistics', [NOW - H]), // overdue
        item('c', 'qa', [sh('2026-12-02T23:59:59.999'), sh('2026-12-03T00:00:00')]), // today, the last instant of it
        item('f', 'qa', [sh('2026-12-03T02:00:00')]), // within 24 h, but a question is calm until then, as its badge
        item('d', 'invoice', [sh('2026-12-08T23:00:00')]), // the 7th day
        item('e', 'invoice', [sh('2026-12-09T00:00:00')]), // beyond the week
      ],
      NOW,
      7,
      S,
    );
    expect(week.overdue.items.map((i) => i.key)).toEqual(['b']);
    expect(week.days.map((d) => [d.day, d.items.map((i) => i.key).join('')])).toEqual([
      ['2026-12-02', 'ac'],
      ['2026-12-03', 'f'],
      ['2026-12-04', ''],
      ['2026-12-05', ''],
      ['2026-12-06', ''],
      ['2026-12-07', ''],
      ['2026-12-08', 'd'],
    ]);
    expect(week.days[0]).toMatchObject({ counts: { invoice: 1, logistics: 0, qa: 1 }, tone: 'urgent' });
    expect(week.days[1]!.tone).toBe('calm');
    expect(week.days[6]!.tone).toBe('calm');
    expect(week.overdue.tone).toBe('overdue');
  });

  it('shows the strip from the log, and a click on a day filters the list below to it', async () => {
    const { db } = freshDb();
    await recordReport(
      db,
      report([
        { kind: 'logistics', id: 'W1', workOrderId: 'W1', orderId: '3000000000000000001', status: 'open', workOrderCreatedAt: NOW - 26 * H },
        { kind: 'invoice', id: '3000000000000000002', orderId: '3000000000000000002', status: 'open', requestedAt: sh('2026-11-24T10:00:00') },
        { kind: 'qa', id: 'Q1', status: 'open', question: '能装开水吗?', askedAt: NOW - 20 * H, buyerAnswerCount: 0, itemQaCount: 1 },
      ]),
      { now: NOW },
      S,
    );
    popup(db);
    const friday = await screen.findByRole('button', { name: '周五 12-04: 催开票 1' });
    expect(screen.getByRole('button', { name: '超时 1: 物流停滞 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '今天 12-02: 问大家 1' })).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(3);
    fireEvent.click(friday);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['催开票 3000000000000000002']);
    fireEvent.click(screen.getByRole('button', { name: '显示全部' }));
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('says what to do in two lines instead of zeros when nothing is logged yet', async () => {
    popup(freshDb().db);
    await screen.findByText(/还没有记录/);
    expect(screen.getByText(/数据只保存在本机/)).toBeTruthy();
    expect(document.querySelector('.cards')).toBeNull();
    expect(document.querySelector('.strip')).toBeNull();
  });
});
