// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Badge } from '@/components/Badge';
import { badgeModel } from '@/lib/badges/badge-basis';
import type { BadgeContext } from '@/lib/badges/context';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import type { PageRecord } from '@/lib/pages/records';
import { installI18n } from '../../support/i18n';

const at = (iso: string) => Date.parse(iso);
const context: BadgeContext = {
  settings: DEFAULT_SETTINGS,
  pointsInWindow: 2,
  forecast: { points: 4, at: at('2023-01-03T10:00:00+08:00') },
  forecastNote: '若均未处理,01-03 将达 4/6 分',
};

function show(record: PageRecord, nowIso: string) {
  const now = at(nowIso);
  const model = badgeModel(record, now, DEFAULT_SETTINGS, undefined, context.pointsInWindow)!;
  return render(<Badge kind={record.kind} model={model} now={now} context={context} />);
}

describe('Badge', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('shows the countdown, the rule and the stake with the ledger total', () => {
    const record: PageRecord = { kind: 'invoice', id: '1', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00'), workOrderId: 'W', workOrderCreatedAt: at('2022-12-20T09:00:00+08:00') };
    const { container } = show(record, '2022-12-25T20:30:00+08:00');
    expect(container.querySelector('details')!.className).toBe('ds urgent');
    expect(screen.getByText('剩 3小时29分')).toBeTruthy();
    expect(screen.getByText('最晚开票(申请日+20天,二次超时)', { selector: 'summary span' })).toBeTruthy();
    expect(screen.getByText('超时被投诉扣1分 · 30天内已扣2/6')).toBeTruthy();
    expect(screen.getByText('若均未处理,01-03 将达 4/6 分')).toBeTruthy();
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '12-15 23:59 · 开票时效(申请日+10天,逾期为延迟开票)',
      '12-25 23:59 · 最晚开票(申请日+20天,二次超时)',
    ]);
  });

  it('counts overdue time in minutes near the end', () => {
    const record: PageRecord = { kind: 'logistics', id: '2', status: 'open', lastUpdateAt: at('2022-12-20T08:00:00+08:00'), workOrderCreatedAt: at('2022-12-24T10:00:00+08:00') };
    const { container } = show(record, '2022-12-25T10:07:00+08:00');
    expect(container.querySelector('details')!.className).toBe('ds overdue');
    expect(screen.getByText('超时 7分')).toBeTruthy();
  });

  it('says a parcel the platform lists as stalled may already be filed for, with 预计赔付金额, red from its first sighting', () => {
    const since = at('2026-06-11T10:00:00+08:00');
    const record = { kind: 'logistics', id: '3', status: 'open', listedStalled: true, expectedCompensation: 100, stalledSince: since } as const;
    const now = since + 5 * 60_000;
    const model = badgeModel(record, now, DEFAULT_SETTINGS)!;
    const { container } = render(<Badge kind="logistics" model={model} now={now} context={context} />);
    expect(container.querySelector('details')!.className).toBe('ds overdue');
    expect(screen.getByText('超时 5分')).toBeTruthy();
    expect(container.querySelector('summary')!.textContent).toContain('平台已列为停滞:买家可能已可发起物流停滞工单 · 预计赔付金额 ¥100.00');
    expect(container.textContent).toContain('本浏览器首次看到于 06-11 10:00');
  });

  it('says which fields could not be read', () => {
    show({ kind: 'qa', id: 'q', status: 'open', problems: [{ field: 'askedAt', reason: 'unreadable', detail: "unreadable time '昨天 25:61'" }] }, '2022-12-25T10:00:00+08:00');
    expect(screen.getByText('未能读取:提问时间')).toBeTruthy();
  });

  it('renders page text as text', () => {
    // No page text reaches the badge except through problems; markup there stays inert.
    const { container } = show({ kind: 'qa', id: 'q', status: 'open', problems: [{ field: '<img src=x onerror=alert(1)>', reason: 'unreadable', detail: '<b>bad</b>' }] }, '2022-12-25T10:00:00+08:00');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says when the local log is unavailable', () => {
    const record: PageRecord = { kind: 'invoice', id: '1', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00') };
    const now = at('2022-12-10T10:00:00+08:00');
    render(<Badge kind="invoice" model={badgeModel(record, now, DEFAULT_SETTINGS)!} now={now} context={{ ...context, storageUnavailable: true }} />);
    expect(screen.getByText('本地记录不可用,提醒已暂停')).toBeTruthy();
  });

  it('names the stake the page states beside the point rule: automatic compensation, or 免自动赔', () => {
    const record: PageRecord = { kind: 'invoice', id: '1', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00'), pageDeadline: at('2022-12-26T10:00:00+08:00') };
    show({ ...record, compensation: 'auto' }, '2022-12-25T20:30:00+08:00');
    expect(screen.getByText('到期自动赔付买家', { exact: false })).toBeTruthy();
    show({ ...record, id: '2', compensation: 'exempt' }, '2022-12-25T20:30:00+08:00');
    expect(screen.getByText('免自动赔', { exact: false })).toBeTruthy();
  });
});


describe('Badge: earlier answers to similar questions', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('shows only how many there are; its button opens the popup, where they are listed (issue 23)', () => {
    const record: PageRecord = { kind: 'qa', id: 'q', status: 'open', question: '南方穿会热吗', askedAt: at('2026-06-29T08:00:00+08:00'), buyerAnswerCount: 0 };
    const now = at('2026-06-30T10:00:00+08:00');
    const model = { ...badgeModel(record, now, DEFAULT_SETTINGS)!, similar: 2 };
    const opened = vi.fn<() => void>();
    const { container } = render(<Badge kind="qa" model={model} now={now} context={context} onAnswers={opened} />);
    screen.getByRole('button', { name: /相似问题的历史回答 2 条/ }).click();
    expect(opened).toHaveBeenCalledOnce();
    expect(container.textContent).not.toContain('南方冬天');
  });

  it('says the page shows it overdue and since when, never a count-up from the sighting', () => {
    const record: PageRecord = { kind: 'invoice', id: '3', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00'), pageDeadline: at('2022-12-20T09:00:00+08:00'), pageUnit: 0 };
    const now = at('2022-12-21T15:00:00+08:00');
    const model = badgeModel(record, now, DEFAULT_SETTINGS, { pageDeadline: at('2022-12-16T10:00:00+08:00'), pageUnit: 0 })!;
    const { container } = render(<Badge kind="invoice" model={model} now={now} context={context} />);
    expect(container.querySelector('details')!.className).toBe('ds overdue');
    expect(screen.getByText('页面显示已超时 · 最早见于 12-16 10:00 · 规则:12-15 23:59、12-25 23:59')).toBeTruthy();
    expect(container.querySelector('summary')!.textContent).not.toMatch(/超时 \d/); // no 超时 0分 counted from the sighting
    expect(container.querySelector('summary')!.textContent).not.toContain('页面显示的时限');
  });
});

