import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readAmount, readListing } from '@/lib/pages/package-center';
import { readPage } from '@/lib/pages/read-page';

const window = new Window({ url: 'https://myseller.taobao.com/home.htm/' });
afterAll(() => window.happyDOM.close());
const URL = 'https://myseller.taobao.com/home.htm/package-center/packageMonitor';
const NOW = Date.parse('2026-06-11T10:00:00+08:00');

function page(headers: string[], rows: string[][]): ParentNode {
  const th = headers.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return new window.DOMParser().parseFromString(`<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`, 'text/html') as unknown as ParentNode;
}
const HEADERS = ['运单号', '主订单号', '子订单号', '异常类型', '买家姓名', '买家地址', '预计赔付金额', '备注信息'];
const row = (order: string, type: string, remark = '') => ['SF1', order, order, type, '袁**', '山东省临沂市 ****', '100.00', remark];

describe('包裹中心 rows', () => {
  it('reads a stalled row as one logistics item of its main order, whatever its remark says of work orders', () => {
    const records = readPage(page(HEADERS, [row('5118109635696058815', '运输停滞', '买家已发起物流停滞工单,已催快递')]), URL, NOW).map((r) => r.record);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'logistics', id: '5118109635696058815', listedStalled: true, expectedCompensation: 100, province: '山东省' });
    expect(records[0]!.problems).toBeUndefined();
  });

  it('reads nothing of a row not yet in transit, and badges a type no list knows with a problem', () => {
    const records = readPage(page(HEADERS, [row('3306907273463024865', '支付-揽收(48h)'), row('3306907273463024866', '轨迹异常')]), URL, NOW).map((r) => r.record);
    expect(records.map((r) => [r.id, r.listedStalled, r.problems?.map((p) => p.field)])).toEqual([['3306907273463024866', undefined, ['listedStalled']]]);
  });

  it('tells a stall from a parcel not yet moving by the type words', () => {
    for (const t of ['运输停滞', '揽收后停滞', '派送停滞', '揽收更新即将超时', '运输派送即将超时']) expect(readListing(t)).toEqual({ ok: true, value: 'stalled' });
    for (const t of ['支付-发货', '支付-揽收(48h)', '支付超24h', '揽收即将超时', '缺货']) expect(readListing(t)).toEqual({ ok: true, value: 'not-shipped' });
    expect(readListing('其他').ok).toBe(false);
  });

  it('reads an amount in yuan, one number only', () => {
    expect(readAmount('¥1,088.50')).toEqual({ ok: true, value: 1088.5 });
    expect(readAmount('100元')).toEqual({ ok: true, value: 100 });
    expect(readAmount('50-100').ok).toBe(false);
  });
});
