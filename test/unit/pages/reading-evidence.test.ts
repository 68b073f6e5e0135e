/**
 * Issue 22: prose never states a type or status; the newest trace line decides the end of transit; a countdown
 * drawn per unit reads whole; elapsed wording is no countdown; lists are known by content on any seller route.
 * Every `now` is pinned.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { countdownIn, isCountdownState } from '@/lib/pages/fields/content';
import { newestTrace } from '@/lib/pages/fields/readers';
import { isFreeText, isProse } from '@/lib/pages/prose';
import { readPage } from '@/lib/pages/read-page';
import { readDeadline, readRemaining } from '@/lib/pages/text';

const window = new Window({ url: 'https://myseller.taobao.com/home.htm/' });
afterAll(() => window.happyDOM.close());

function parse(body: string): ParentNode {
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html') as unknown as ParentNode;
}

const NOW = Date.parse('2026-06-30T10:00:00+08:00');
const at = (iso: string) => Date.parse(iso);

describe('prose', () => {
  it('is a sentence, a long first run or a free-text label; a short status with a comma is none', () => {
    expect(isProse('物流停滞了三天，客服说已提交工单。')).toBe(true);
    expect(isProse('这个围巾物流停滞了整整五天客服说已经提交了工单可是到现在都没人管')).toBe(true);
    expect(isProse('备注:物流停滞')).toBe(true);
    expect(isProse('卖家已发货，等待买家确认')).toBe(false);
    expect(isProse('卖家已发货 详情 查看物流 【乌鲁木齐市】快件已从【西安转运中心】发出，下一站【乌鲁木齐转运中心】')).toBe(false);
    expect(isProse('催开发票')).toBe(false);
    expect(isFreeText('买家留言')).toBe(true);
    expect(isFreeText('工单类型')).toBe(false);
  });

  it('never types a work order: a review naming 工单 and 物流停滞 beside 订单号 yields nothing', () => {
    const root = parse(`<div class="l">
      <div class="c"><div><span>订单号：</span><span>3012845512300000031</span></div><div>物流停滞了五天，客服说提交工单了！</div></div>
      <div class="c"><div><span>订单号：</span><span>3012845512300000032</span></div><div><span>评价：</span><span>催开发票</span></div><button>催开发票 工单</button></div>
    </div>`);
    expect(readPage(root, 'https://myseller.taobao.com/home.htm/comment-manage/rate-list', NOW)).toEqual([]);
  });

  it('still types a card whose heading states the task, beside a remark that names the other', () => {
    const root = parse(`<div class="l">
      <div class="c"><div>催开发票</div><div><span>工单编号：</span><span>2022121710000000301</span></div><div><span>状态：</span><span>待处理</span></div><div><span>备注：</span><span>物流停滞</span></div></div>
      <div class="c"><div>催开发票</div><div><span>工单编号：</span><span>2022121710000000302</span></div><div><span>状态：</span><span>待处理</span></div><div><span>备注：</span><span>无</span></div></div>
    </div>`);
    expect(readPage(root, 'https://myseller.taobao.com/home.htm/anything', NOW).map((r) => `${r.record.kind}:${r.record.id}`)).toEqual([
      'invoice:2022121710000000301',
      'invoice:2022121710000000302',
    ]);
  });
});

describe('a hostile row', () => {
  it('is searched for a stating element within bounds: a task word 200 levels deep in a sentence states nothing', () => {
    const deep = `${'<span>'.repeat(200)}物流停滞${'</span>'.repeat(200)}`;
    const root = parse(`<div class="l"><div class="c"><div><span>工单编号：</span><span>2022121710000000301</span></div><p>客服说${deep}了，请耐心等待。</p></div><div class="c"><div><span>工单编号：</span><span>2022121710000000302</span></div></div></div>`);
    expect(readPage(root, 'https://myseller.taobao.com/home.htm/anything', NOW)).toEqual([]);
  });
});

describe('the newest trace line', () => {
  it('reads year-less lines (the after-sales form), a year back across New Year', () => {
    const jan = Date.parse('2027-01-01T08:00:00+08:00');
    expect(newestTrace('12/31 23:18:34 已签收，签收人凭取货码签收 12/30 08:00:00 快件已到达【兰州中转部】', jan)).toEqual({ at: at('2026-12-31T23:18:34+08:00'), ended: true });
  });

  it('ends transit when signed for, put in a locker or station, or returned; not when picked up', () => {
    const line = (text: string) => newestTrace(`2026-06-30 08:00:00 【乌鲁木齐市】${text} 2026-06-29 08:00:00 【金华市】快件已发出`, NOW)?.ended;
    expect(line('快件已放入【丰巢智能快递柜】，请凭取件码取件')).toBe(true);
    expect(line('快件已由【光明路菜鸟驿站】代收，请及时取件')).toBe(true);
    expect(line('您的快件已签收，签收人：本人')).toBe(true);
    expect(line('快件已退回寄件人')).toBe(true);
    expect(line('快件已到达【乌鲁木齐转运中心】')).toBe(false);
    expect(line('派送中，请保持电话畅通')).toBe(false);
    expect(newestTrace('2026-06-30 08:00:00 【金华市】【菜鸟驿站】已揽收', NOW)?.ended).toBe(false);
  });

  it('takes each statement from the side its timeline writes it: after the time, or before it', () => {
    const before = '物流详情 【乌鲁木齐市】快件已签收 2026-06-30 08:00:00 【西安市】快件已发出 2026-06-29 08:00:00';
    expect(newestTrace(before, NOW)?.ended).toBe(true);
    const after = '运单号:7891 2026-06-30 08:00:00 【乌鲁木齐市】快件已到达 2026-06-29 08:00:00 【西安市】已签收';
    expect(newestTrace(after, NOW)?.ended).toBe(false);
  });

  it('closes a shipped order with the evidence, and reopens it when a later line shows movement', () => {
    const page = (lines: string) =>
      parse(`<table><thead><tr><th>订单号</th><th>订单状态</th></tr></thead><tbody><tr><td>3012845512300000002</td><td>卖家已发货<ul>${lines}</ul></td></tr></tbody></table>`);
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
    const signed = readPage(page('<li>06/30 08:00:00 快件已放入快递柜</li><li>06/29 08:00:00 【兰州市】快件已到达</li>'), url, NOW)[0]!.record;
    expect(signed).toMatchObject({ status: 'done', lastUpdateAt: at('2026-06-30T08:00:00+08:00'), sources: { status: { name: '物流轨迹' } } });
    const moving = readPage(page('<li>06/30 09:00:00 【兰州市】快件已发出，退回重派</li><li>06/30 08:00:00 快件已放入快递柜</li>'), url, NOW)[0]!.record;
    expect(moving.status).toBe('open');
  });
});

describe('countdowns', () => {
  it('read a countdown drawn one element per unit, its boundaries joined', () => {
    expect(readRemaining('2 天 05 :12 :33')).toEqual({ ok: true, value: ((2 * 24 + 5) * 60 + 12) * 60_000 + 33_000 });
    expect(countdownIn('剩余 2 天 05 :12 :33 免自动赔')).toBe(((2 * 24 + 5) * 60 + 12) * 60_000 + 33_000);
    expect(countdownIn('待开票 3天18小时')).toBe((3 * 24 + 18) * 3_600_000);
  });

  it('never take elapsed wording for one', () => {
    expect(isCountdownState('已停滞3天17小时')).toBe(true);
    expect(isCountdownState('已等待2天')).toBe(true);
    expect(countdownIn('已停滞3天17小时')).toBeNull();
    expect(isCountdownState('剩余3天17小时')).toBe(false);
  });

  it('read an absolute 截止 as the deadline it states, year-less ones ahead of now', () => {
    expect(readDeadline('截止时间 2026-07-01 18:00', NOW)).toEqual({ ok: true, value: at('2026-07-01T18:00:00+08:00') });
    const dec = Date.parse('2026-12-30T10:00:00+08:00');
    expect(readDeadline('处理截止 01-02 18:00', dec)).toEqual({ ok: true, value: at('2027-01-02T18:00:00+08:00') });
  });
});

describe('lists known by content on any seller route', () => {
  const SOLD = '<table><thead><tr><th>订单号</th><th>订单状态</th><th>物流</th></tr></thead><tbody><tr><td>3012845512300000002</td><td>卖家已发货</td><td>2026-06-29 18:42:10 【乌鲁木齐市】快件已到达</td></tr></tbody></table>';
  it('reads a sold list at a route the extension does not know', () => {
    for (const route of ['trade-platform/tp/sold', 'trade-platform/tp/list', 'anything/else']) {
      expect(readPage(parse(SOLD), `https://myseller.taobao.com/home.htm/${route}`, NOW).map((r) => r.record.id)).toEqual(['3012845512300000002']);
    }
  });

  it('reads an invoice list off its route only when a header names the invoice', () => {
    const table = (header: string) =>
      parse(`<table><thead><tr><th>订单号</th><th>申请时间</th><th>${header}</th></tr></thead><tbody><tr><td>3012845512300000002</td><td>2026-06-29 18:42:10</td><td>待处理</td></tr></tbody></table>`);
    expect(readPage(table('开票状态'), 'https://myseller.taobao.com/home.htm/other', NOW)).toHaveLength(1);
    expect(readPage(table('售后类型'), 'https://myseller.taobao.com/home.htm/trade-platform/refund-list', NOW)).toEqual([]);
    expect(readPage(table('售后类型'), 'https://myseller.taobao.com/home.htm/merchant-invoice/', NOW)).toHaveLength(1);
  });

  it('reads a card whose 物流状态 says 运输中 as in transit', () => {
    const card = (id: string) => `<div class="c"><div><span>订单号：</span><span>${id}</span></div><div><span>物流状态：</span><span>运输中</span></div></div>`;
    const root = parse(`<div>${card('3012845512300000041')}${card('3012845512300000042')}</div>`);
    expect(readPage(root, 'https://myseller.taobao.com/home.htm/logistics/list', NOW).map((r) => [r.record.kind, r.record.status])).toEqual([
      ['logistics', 'open'],
      ['logistics', 'open'],
    ]);
  });

  it('reads nothing off the seller hosts', () => {
    expect(readPage(parse(SOLD), 'https://www.taobao.com/trade-platform/tp/sold', NOW)).toEqual([]);
  });
});
