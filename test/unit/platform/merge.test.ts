import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/pages/read-page';
import { applyTimeUnit, withPageData, type MergeWords } from '@/lib/platform/merge';
import { PageData } from '@/lib/platform/page-data';
import type { InvoiceDataRow } from '@/lib/platform/invoice-list';

const words: MergeWords = { disagree: (a, b) => `${a} ≠ ${b}`, unitUnknown: () => 'unit unknown' };
const URL = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const NOW = Date.parse('2026-06-30T10:00:00+08:00');
const at = (iso: string) => Date.parse(`${iso}+08:00`);
const PATH = 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply';

function page(html: string): Document {
  const window = new Window({ url: URL });
  window.document.write(html);
  return window.document as unknown as Document;
}

function dataOf(rows: InvoiceDataRow[]): PageData {
  const data = new PageData();
  data.apply({ path: PATH, invoice: { state: 'rows', rows } });
  return data;
}

/** 发票管理 with headers no reader knows: the DOM alone yields nothing. */
const UNKNOWN_HEADERS = `<table><thead><tr><th>单据</th><th>金额</th><th>操作</th></tr></thead><tbody>
<tr><td>2701832306020005901</td><td>¥128.00</td><td>查看</td></tr>
<tr><td>2701832306020005902</td><td>¥56.50</td><td>查看</td></tr></tbody></table>`;

describe('the invoice list: rows and page data as two witnesses', () => {
  const known = page(readFileSync('test/pages/invoice-apply-list.html', 'utf8'));

  it('decides the apply time unit from the rows the page also dates, and adds the serial number sourced 页面数据', () => {
    const rows = readPage(known, URL, NOW);
    const data = dataOf([
      { serialNo: 'S1', tid: '2701832306020005201', applyTime: at('2026-06-29T14:22:05') / 1000 },
      { serialNo: 'S2', tid: '2701832306020005202', applyTime: at('2026-06-28T09:03:41') / 1000 },
    ]);
    const merged = withPageData(rows, data, known, 'invoice-requests', NOW, words);
    expect(data.unit).toBe('s');
    const first = merged.find((r) => r.record.id === '2701832306020005201')!;
    expect(first.record.serialNo).toBe('S1');
    expect(first.record.sources?.serialNo).toEqual({ via: 'data', name: 'serialNo' });
    expect(first.record.requestedAt).toBe(at('2026-06-29T14:22:05'));
    expect(first.record.problems).toBeUndefined();
    expect(first.row).toBe(rows.find((r) => r.record.id === '2701832306020005201')!.row);
    expect(merged).toHaveLength(rows.length);
  });

  it('shows a disagreeing apply time as a problem on the badge, keeping the row’s time (never a silent pick)', () => {
    const rows = readPage(known, URL, NOW);
    const data = dataOf([
      { serialNo: 'S1', tid: '2701832306020005201', applyTime: at('2026-06-29T14:22:05') },
      { serialNo: 'S2', tid: '2701832306020005202', applyTime: at('2026-06-28T09:03:41') },
      { serialNo: 'S4', tid: '2701832306020005204', applyTime: at('2026-06-30T06:45:12') },
    ]);
    data.unit = 'ms';
    const merged = withPageData(rows, data, known, 'invoice-requests', NOW, words);
    const off = merged.find((r) => r.record.id === '2701832306020005204')!.record;
    expect(off.requestedAt).toBe(at('2026-06-30T08:45:12'));
    expect(off.problems).toEqual([{ field: 'requestedAt', reason: 'disagree', detail: '2026-06-30 08:45 ≠ 2026-06-30 06:45' }]);
  });

  it('leaves the unit undecided when no row decides it, or two units fit', () => {
    expect(applyTimeUnit([], NOW)).toBeNull();
    // A date-only page cell fits seconds and milliseconds alike only if both land on that day: they cannot.
    expect(applyTimeUnit([{ raw: at('2026-06-29T14:22:05'), page: at('2026-06-29T00:00:00') }], NOW)).toBe('ms');
    expect(applyTimeUnit([{ raw: '2026-06-29 14:22:05', page: at('2026-06-29T14:22:00') }], NOW)).toBe('text');
    expect(applyTimeUnit([{ raw: 12345, page: at('2026-06-29T14:22:00') }], NOW)).toBeNull();
  });

  it('badges rows the DOM reader cannot read (unknown headers) from the data alone, in the row showing the order number', () => {
    const doc = page(UNKNOWN_HEADERS);
    expect(readPage(doc, URL, NOW)).toEqual([]);
    const data = dataOf([
      { serialNo: 'S9', tid: '2701832306020005901', applyTime: at('2026-06-29T14:22:05') },
      { serialNo: 'S8', tid: '2701832306020005902', applyTime: '2026-06-28 09:03:41' },
      { serialNo: 'S7', tid: '2701832306020005903', applyTime: at('2026-06-27T09:00:00') },
    ]);
    const merged = withPageData([], data, doc, 'invoice-requests', NOW, words);
    // The third is listed by the data but shown by no row: no place for a badge.
    expect(merged.map((r) => r.record.id)).toEqual(['2701832306020005901', '2701832306020005902']);
    expect(merged.map((r) => r.row.textContent)).toEqual([expect.stringContaining('2701832306020005901'), expect.stringContaining('2701832306020005902')]);
    const [numeric, text] = merged.map((r) => r.record);
    // A number's unit is not known on this page (no dated row): said, never guessed. Text says its own.
    expect(numeric).toMatchObject({ kind: 'invoice', id: '2701832306020005901', orderId: '2701832306020005901', serialNo: 'S9', status: 'open' });
    expect(numeric!.requestedAt).toBeUndefined();
    expect(numeric!.problems).toEqual([{ field: 'requestedAt', reason: 'unreadable', detail: 'unit unknown' }]);
    expect(text!.requestedAt).toBe(at('2026-06-28T09:03:41'));
    expect(text!.sources).toEqual({ orderId: { via: 'data', name: 'tid' }, serialNo: { via: 'data', name: 'serialNo' }, requestedAt: { via: 'data', name: 'applyTime' } });
    // A unit learned on a dated list of this session serves the undated one.
    data.unit = 'ms';
    expect(withPageData([], data, doc, 'invoice-requests', NOW, words)[0]!.record.requestedAt).toBe(at('2026-06-29T14:22:05'));
  });

  it('changes nothing without data, or on another page kind', () => {
    const rows = readPage(known, URL, NOW);
    expect(withPageData(rows, new PageData(), known, 'invoice-requests', NOW, words)).toBe(rows);
    expect(withPageData(rows, dataOf([{ serialNo: 'S1', tid: '2701832306020005201' }]), known, 'ask-all', NOW, words)).toBe(rows);
  });

  it('a list answered with no permission (or failed) leaves none of its rows standing', () => {
    const data = dataOf([{ serialNo: 'S9', tid: '2701832306020005901' }]);
    expect(data.apply({ path: PATH, invoice: { state: 'no-permission', rows: [] } })).toBe('invoice');
    expect(data.invoiceAccess).toBe('no-permission');
    expect(data.invoiceRows().size).toBe(0);
    expect(data.apply(undefined)).toBeNull();
    expect(data.apply({ path: 1 } as never)).toBeNull();
  });
});

describe('the sold list: an order the page shows in transit that its data says otherwise', () => {
  it('is a status disagreement on the badge; an agreeing order is left as read', () => {
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
    const doc = page(readFileSync('test/pages/sold-orders-list-mode.html', 'utf8'));
    const rows = readPage(doc, url, NOW);
    const ids = rows.filter((r) => r.record.kind === 'logistics').map((r) => r.record.id);
    expect(ids.length).toBeGreaterThan(1);
    const data = new PageData();
    data.apply({ path: 'https://trade.taobao.com/trade/itemlist/asyncSold.htm', sold: [{ id: ids[0]!, status: '交易成功' }, { id: ids[1]!, status: '卖家已发货' }] });
    const merged = withPageData(rows, data, doc, 'sold-orders', NOW, words);
    expect(merged.find((r) => r.record.id === ids[0])!.record.problems).toContainEqual({ field: 'status', reason: 'disagree', detail: '卖家已发货 ≠ 交易成功' });
    expect(merged.find((r) => r.record.id === ids[1])!.record).toEqual(rows.find((r) => r.record.id === ids[1])!.record);
  });
});
