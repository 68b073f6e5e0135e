import { beforeEach, describe, expect, it } from 'vitest';
import { installI18n } from '../../support/i18n';
import { badgeModel } from '@/lib/badges/badge-basis';
import { toneAt } from '@/lib/badges/badge-model';
import { badgeContext, withForecastNote } from '@/lib/badges/context';
import { shanghaiClock } from '@/lib/badges/format';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import type { PageRecord } from '@/lib/pages/records';

const at = (iso: string) => Date.parse(iso);
const invoice: PageRecord = { kind: 'invoice', id: '301', orderId: '301', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00') };

describe('badgeModel', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('leads with the next deadline ahead and colours by urgency', () => {
    const m = badgeModel(invoice, at('2022-12-15T21:00:00+08:00'), S)!;
    expect(m.lead).toEqual({ key: 'invoice.first', at: at('2022-12-15T23:59:59.999+08:00'), label: '开票时效(申请日+10天,逾期为延迟开票)' });
    expect(m.tone).toBe('urgent');
    expect(m.deadlines.map((d) => d.key)).toEqual(['invoice.first', 'invoice.final']);
    expect(badgeModel(invoice, at('2022-12-15T08:00:00+08:00'), S)!.tone).toBe('soon');
    expect(badgeModel(invoice, at('2022-12-10T08:00:00+08:00'), S)!.tone).toBe('calm');
  });

  it('counts past the last deadline in red', () => {
    const m = badgeModel(invoice, at('2022-12-27T00:00:00+08:00'), S)!;
    expect(m.lead?.key).toBe('invoice.final');
    expect(m.tone).toBe('overdue');
  });

  it('puts a point at stake once a work order exists', () => {
    expect(badgeModel(invoice, at('2022-12-20T00:00:00+08:00'), S)!.pointsAtRisk).toBe(0);
    const withOrder = { ...invoice, workOrderId: 'W1', workOrderCreatedAt: at('2022-12-27T15:30:00+08:00') };
    const m = badgeModel(withOrder, at('2022-12-28T00:00:00+08:00'), S)!;
    expect(m.pointsAtRisk).toBe(1);
    expect(m.lead).toEqual({ key: 'invoice.respond', at: at('2022-12-28T15:30:00+08:00'), label: '工单响应时限(24小时)' });
    expect(badgeModel(withOrder, at('2022-12-28T00:00:00+08:00'), S, undefined, 2)!.stake).toBe('超时被投诉扣1分 · 30天内已扣2/6');
  });

  it("lets the page's own countdown lead and flags a disagreement beyond an hour", () => {
    const now = at('2022-12-12T12:00:00+08:00');
    const agrees = badgeModel({ ...invoice, pageDeadline: at('2022-12-15T23:30:00+08:00') }, now, S)!;
    expect(agrees.lead).toEqual({ key: 'page', at: at('2022-12-15T23:30:00+08:00') });
    expect(agrees.disagreement).toBeNull();
    const differs = badgeModel({ ...invoice, pageDeadline: at('2022-12-14T12:00:00+08:00') }, now, S)!;
    expect(differs.disagreement).toEqual({ page: at('2022-12-14T12:00:00+08:00'), computed: at('2022-12-15T23:59:59.999+08:00') });
  });

  it('shows nothing for closed items, answered or unanswerable questions', () => {
    const now = at('2022-12-21T12:00:00+08:00');
    const qa: PageRecord = { kind: 'qa', id: 'q', status: 'open', askedAt: at('2022-12-20T10:00:00+08:00'), buyerAnswerCount: 0, itemQaCount: 1 };
    expect(badgeModel({ ...invoice, status: 'done' }, now, S)).toBeNull();
    expect(badgeModel({ ...qa, buyerAnswerCount: 2 }, now, S)).toBeNull();
    expect(badgeModel({ ...qa, status: 'unanswerable' }, now, S)).toBeNull();
    const m = badgeModel(qa, now, S)!;
    expect(m).toMatchObject({ qaPriority: 'high', tone: 'urgent', lead: { key: 'qa.suggest' } });
    expect(badgeModel({ ...qa, itemQaCount: 12 }, now, S)!.tone).toBe('soon');
    expect(badgeModel(qa, at('2022-12-20T12:00:00+08:00'), S)!.tone).toBe('calm');
  });

  it('badges a row it could not fully read, saying what is missing', () => {
    const garbled: PageRecord = { kind: 'qa', id: 'q', status: 'open', problems: [{ field: 'askedAt', reason: 'unreadable', detail: "'昨天 25:61'" }] };
    expect(badgeModel(garbled, 0, S)).toMatchObject({ tone: 'problem', lead: null, problems: garbled.problems });
    const partly = { ...invoice, problems: [{ field: 'workOrderCreatedAt', reason: 'unreadable' as const }] };
    expect(badgeModel(partly, at('2022-12-10T00:00:00+08:00'), S)).toMatchObject({ tone: 'calm', problems: partly.problems });
  });

  it('turns a rule refusing its input into a problem, not an exception', () => {
    const m = badgeModel({ ...invoice, requestedAt: Number.MAX_VALUE }, 0, S)!;
    expect(m.tone).toBe('problem');
    expect(m.problems).toEqual([{ field: 'rules', reason: 'rules', detail: 'input out of range' }]);
  });

  it('logistics: pre-warning before exposure, reply-by once a work order exists', () => {
    const stalled: PageRecord = { kind: 'logistics', id: '302', status: 'open', lastUpdateAt: at('2022-12-20T08:00:00+08:00'), province: '浙江省' };
    expect(badgeModel(stalled, at('2022-12-23T03:00:00+08:00'), S)).toMatchObject({ tone: 'soon', lead: { key: 'logistics.exposure' } });
    const filed = { ...stalled, workOrderCreatedAt: at('2022-12-24T10:00:00+08:00') };
    expect(badgeModel(filed, at('2022-12-25T07:00:00+08:00'), S)).toMatchObject({ tone: 'urgent', lead: { key: 'logistics.reply' } });
  });
});

describe('toneAt', () => {
  it('follows the urgency settings', () => {
    const s = { ...S, dueSoonHours: 48, urgentHours: 1 };
    expect(toneAt(3 * 3_600_000, 0, s)).toBe('soon');
    expect(toneAt(3_600_000, 0, s)).toBe('urgent');
    expect(toneAt(-1, 0, s)).toBe('overdue');
  });
});

describe('badgeModel for work-order rows without request or tracking times', () => {
  it('counts down to the 24 h response from the work order', () => {
    const w = at('2022-12-24T10:00:00+08:00');
    const logistics: PageRecord = { kind: 'logistics', id: 'W2', workOrderId: 'W2', status: 'open', workOrderCreatedAt: w };
    expect(badgeModel(logistics, w, S)).toMatchObject({ lead: { key: 'logistics.reply', at: w + 24 * 3_600_000 }, pointsAtRisk: 0 });
    const invoiceOrder: PageRecord = { kind: 'invoice', id: 'W1', workOrderId: 'W1', status: 'open', workOrderCreatedAt: w };
    expect(badgeModel(invoiceOrder, w, S)).toMatchObject({ lead: { key: 'invoice.respond', at: w + 24 * 3_600_000 }, pointsAtRisk: 1 });
  });

  it('says, when opened, what the page did not show and how to get it, and where each field was read; the stake the page states travels with the badge', () => {
    const shipped: PageRecord = {
      kind: 'logistics', id: 'L1', orderId: 'L1', status: 'open', problems: [{ field: 'lastUpdateAt', reason: 'not-shown' }],
      sources: { orderId: { via: 'column', name: '订单号' }, status: { via: 'column', name: '交易状态' } },
    };
    expect(badgeModel(shipped, 0, S)!.notes).toEqual([
      '页面未显示物流更新时间 · 点开"查看物流",或打开订单详情页',
      '读自:订单号←列「订单号」 · 状态←列「交易状态」',
    ]);
    const exempt: PageRecord = { ...invoice, compensation: 'exempt', sources: { requestedAt: { via: 'label', name: '申请时间' } } };
    const m = badgeModel(exempt, at('2022-12-10T00:00:00+08:00'), S)!;
    expect(m.notes).toEqual(['读自:申请时间←标签「申请时间」']);
    expect(m.compensation).toBe('exempt');
  });

  it('says a 已超时 row is overdue since the earliest sighting, with the rules beside it, never 超时 0分', () => {
    const first = at('2022-12-16T10:00:00+08:00');
    const now = at('2022-12-18T14:00:00+08:00');
    const m = badgeModel({ ...invoice, pageDeadline: now, pageUnit: 0 }, now, S, { pageDeadline: first, pageUnit: 0 })!;
    expect(m.lead).toEqual({ key: 'page', at: first });
    expect(m.tone).toBe('overdue');
    expect(m.headline).toBe('页面显示已超时 · 最早见于 12-16 10:00 · 规则:12-15 23:59、12-25 23:59');
    expect(m.disagreement).toBeNull(); // overdue after the first deadline agrees with the rules
  });

  it('names a countdown that now ends later than the log kept, and keeps the earlier one', () => {
    const now = at('2022-12-12T12:00:00+08:00');
    const kept = { pageDeadline: at('2022-12-15T20:00:00+08:00'), pageUnit: 60_000 };
    const m = badgeModel({ ...invoice, pageDeadline: at('2022-12-15T23:00:00+08:00'), pageUnit: 60_000 }, now, S, kept)!;
    expect(m.lead).toEqual({ key: 'page', at: kept.pageDeadline });
    expect(m.headline).toBeUndefined();
    expect(m.notes[0]).toBe('页面倒计时现为 12-15 23:00,晚于此前所见的 12-15 20:00:以较早者为准');
  });

  it('counts up from a deadline a countdown gave, once the page shows 已超时: that one is no sighting', () => {
    const deadline = at('2022-12-14T20:00:00+08:00');
    const now = at('2022-12-15T08:00:00+08:00');
    const m = badgeModel({ ...invoice, pageDeadline: now, pageUnit: 0 }, now, S, { pageDeadline: deadline, pageUnit: 3_600_000 })!;
    expect(m.lead).toEqual({ key: 'page', at: deadline });
    expect(m.headline).toBeUndefined();
    expect(m.tone).toBe('overdue');
  });
});


describe('badgeContext', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('words the forecast for the badges when open work orders would add points, and only then', () => {
    const now = at('2022-12-20T12:00:00+08:00');
    const order: PageRecord = { kind: 'invoice', id: '1', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00'), workOrderCreatedAt: at('2022-12-20T09:00:00+08:00') };
    const context = withForecastNote(badgeContext([order], [], now, S));
    expect(context.forecast?.points).toBe(1);
    expect(context.forecastNote).toBe(`若均未处理,${shanghaiClock(context.forecast!.at).slice(0, 5)} 将达 1/6 分`);
    expect(withForecastNote(badgeContext([{ ...order, status: 'done' }], [], now, S)).forecastNote).toBeUndefined();
  });
});
