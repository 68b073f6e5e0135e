import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readWith, RowReader } from '@/lib/pages/adapter';
import { runSteps } from '@/lib/steps';
import type { PageKind } from '@/lib/pages/detect';
import { ADAPTERS, readPage, readPageReport } from '@/lib/pages/read-page';
import type { PageRecord } from '@/lib/pages/records';
import { MAX_QUESTION } from '@/lib/pages/ask-all';
import { checkRecord } from '@/lib/record-check';

const window = new Window({ url: 'https://myseller.taobao.com/home.htm/' });
afterAll(() => window.happyDOM.close());

function parse(body: string): ParentNode {
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html') as unknown as ParentNode;
}

const NOW = Date.parse('2022-12-20T12:00:00+08:00');
const INVOICE_URL = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const ASK_URL = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all';
const SOLD_URL = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';

function table(headers: string[], rows: string[][]): string {
  const th = headers.map((h) => `<th>${h}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** The records without their field sources (tested on their own below). */
const records = (root: ParentNode, url: string): PageRecord[] => readPage(root, url, NOW).map((r) => withoutSources(r.record));
function withoutSources(record: PageRecord): PageRecord {
  const { sources: _, ...rest } = record;
  return rest;
}

describe('readPage', () => {
  it('reads nothing on a page that is not a seller page', () => {
    const page = parse(table(['工单号', '类型'], [['2022121610000000101', '催开发票']]));
    expect(readPage(page, 'https://item.taobao.com/item.htm?id=1', NOW)).toEqual([]);
    expect(readPage(page, 'not a url', NOW)).toEqual([]);
  });

  it('runs the work-order adapter on every seller page kind but 包裹中心 (parcels, remarks in free text)', () => {
    const kinds: PageKind[] = ['invoice-requests', 'sold-orders', 'order-detail', 'ask-all', 'seller-other'];
    for (const kind of kinds) expect(ADAPTERS[0]!.appliesTo(kind)).toBe(true);
    expect(ADAPTERS[0]!.appliesTo('package-center')).toBe(false);
    const page = parse(table(['工单号', '类型'], [['2022121610000000101', '催开发票']]));
    expect(records(page, SOLD_URL)).toEqual([{
      kind: 'invoice', id: '2022121610000000101', workOrderId: '2022121610000000101', status: 'open',
      problems: [{ field: 'workOrderCreatedAt', reason: 'not-shown' }],
    }]);
  });

  it("reads the page's countdown with its rounding, and 已超时 as overdue when seen", () => {
    const page = parse(
      table(['订单号', '赔付倒计时', '开票状态'], [
        ['3012845512345671001', '3天18小时', '待开票'],
        ['3012845512345671002', '12小时5分', '待开票'],
        ['3012845512345671003', '已超时', '待开票'],
        ['3012845512345671004', '12-25 23:59', '待开票'],
      ]),
    );
    const shown = records(page, INVOICE_URL).map(({ pageDeadline, pageUnit }) => ({ pageDeadline, pageUnit }));
    expect(shown).toEqual([
      { pageDeadline: NOW + 90 * 3_600_000, pageUnit: 3_600_000 },
      { pageDeadline: NOW + (12 * 60 + 5) * 60_000, pageUnit: 60_000 },
      { pageDeadline: NOW, pageUnit: 0 }, // 已超时: no time shown, overdue when seen
      { pageDeadline: Date.parse('2022-12-25T23:59:00+08:00'), pageUnit: 60_000 },
    ]);
  });

  it('merges rows with one kind+id: the first row keeps its fields, others fill gaps, done wins', () => {
    const page = parse(
      table(['订单号', '申请时间', '剩余时间', '开票状态'], [
        ['3012845512345671001', '2022-13-45', '-', '待开票'],
        ['3012845512345671001', '2022-12-05 10:00', '3天18小时', '已开票'],
      ]),
    );
    const rows = readPage(page, INVOICE_URL, NOW);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row.querySelector('td')?.textContent).toBe('3012845512345671001');
    expect(withoutSources(rows[0]!.record)).toEqual({
      kind: 'invoice', id: '3012845512345671001', orderId: '3012845512345671001', status: 'done',
      requestedAt: Date.parse('2022-12-05T10:00:00+08:00'), pageDeadline: NOW + 90 * 3_600_000, pageUnit: 3_600_000,
    });
  });

  it('keeps a problem for a field no row could read, with the text quoted', () => {
    const page = parse(table(['问题', '提问时间'], [['能机洗吗', '昨天 25:61']]));
    expect(records(page, ASK_URL)[0]!.problems).toEqual([{ field: 'askedAt', reason: 'unreadable', detail: "invalid time '昨天 25:61'" }]);
  });

  it('yields a logistics record for orders in transit only', () => {
    const page = parse(
      table(['订单号', '交易状态', '收货地址', '物流信息', '售后'], [
        ['3012845512345673001', '卖家已发货', '浙江省 杭州市', '【杭州】已到达 12-17 21:05', ''],
        ['3012845512345673002', '卖家已发货', '浙江省 杭州市', '已签收 12-17 21:05', ''],
        ['3012845512345673003', '卖家已发货', '浙江省 杭州市', '', '退款中'],
        ['3012845512345673004', '买家已付款', '浙江省 杭州市', '', ''],
        ['3012845512345673005', '运输中', '內蒙古自治區', '', ''],
      ]),
    );
    expect(records(page, SOLD_URL)).toEqual([
      { kind: 'logistics', id: '3012845512345673001', orderId: '3012845512345673001', status: 'open', province: '浙江省', lastUpdateAt: Date.parse('2022-12-17T21:05:00+08:00') },
      {
        kind: 'logistics', id: '3012845512345673005', orderId: '3012845512345673005', status: 'open', province: '内蒙古自治区',
        problems: [{ field: 'lastUpdateAt', reason: 'not-shown' }],
      },
    ]);
  });

  it('takes a question as unanswerable only from the page\'s marker, never from a missing or disabled reply button', () => {
    const page = parse(
      table(['问题', '状态', '操作'], [
        ['A', '待回答', '<button>回答</button>'],
        ['B', '待回答', '<button disabled>回答</button>'],
        ['C', '待回答', '<a>查看回答</a>'],
        ['D', '无效', '<a href="#">去回答</a>'],
        ['E 无效吗', '待回答', '<span role="button">去 回答</span>'],
      ]),
    );
    expect(records(page, ASK_URL).map((r) => `${r.question}:${r.status}`)).toEqual([
      'A:open', 'B:open', 'C:open', 'D:unanswerable', 'E 无效吗:open',
    ]);
  });

  it('keys questions by the page id when it is a plain token, else by a stable hash', () => {
    const html = `<table><thead><tr><th>问题</th><th>提问时间</th></tr></thead><tbody>
      <tr data-qid="q_1"><td>A</td><td>12-19 10:00</td></tr><tr data-qid="&quot;&gt;&lt;b&gt;"><td>B</td><td>12-19 10:00</td></tr>
      <tr><td><a href="/answer?questionId=778899">C</a></td><td>12-19 10:00</td></tr></tbody></table>`;
    const first = records(parse(html), ASK_URL).map((r) => r.id);
    expect(first[0]).toBe('q_1');
    expect(first[1]).toMatch(/^q-[0-9a-f]{14}$/);
    expect(first[2]).toBe('778899');
    expect(records(parse(html), ASK_URL).map((r) => r.id)).toEqual(first);
  });

  it(`cuts a question to ${MAX_QUESTION} characters`, () => {
    const page = parse(table(['问题'], [['问'.repeat(3000)]]));
    expect(records(page, ASK_URL)[0]!.question).toHaveLength(MAX_QUESTION);
  });

  it('keeps a question without the bidi controls and other invisible characters the page put in it', () => {
    const page = parse(table(['问题', '提问时间'], [['\u202e冬天\u2066穿会\u200f不会冷?\u061c\u00ad', '2022-12-19 10:00']]));
    expect(records(page, ASK_URL)[0]!.question).toBe('冬天穿会不会冷?');
  });

  // How fast is the bench's to say (test/bench/reading.mjs, side by side): a test asserts no time.
  it('reads every row of a 1,000-row Fusion table', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `<a>301284551234${String(i).padStart(7, '0')}</a>`, '<span>2022-12-05 10:00:00</span>', '<b>3天18小时</b>', '待开票', '<button>上传发票</button>',
    ]);
    const th = ['订单号', '申请时间', '剩余时间', '开票状态', '操作'].map((h) => `<th><div class="next-table-cell-wrapper">${h}</div></th>`).join('');
    const body = rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('');
    const page = parse(`<div class="next-table"><div class="next-table-header"><table><thead><tr>${th}</tr></thead></table></div><div class="next-table-body"><table><tbody>${body}</tbody></table></div></div>`);
    expect(readPage(page, INVOICE_URL, NOW)).toHaveLength(1000);
  });
});

describe('error isolation', () => {
  it('a reader that throws costs its field, not the row', () => {
    const page = parse(table(['问题'], [['A']]));
    const [row] = runSteps(readWith(page, NOW, undefined, {
      name: 'test', fields: ['question'], idFields: ['question'], accepts: () => true,
      row: (r) => r.finish({ kind: 'qa', id: 'x', status: 'open', askedAt: r.read('askedAt', 'text', () => { throw new Error('boom'); }) }),
    }));
    expect(row!.record).toEqual({ kind: 'qa', id: 'x', status: 'open', problems: [{ field: 'askedAt', reason: 'unreadable', detail: 'Error: boom' }] });
  });

  it('a row that throws is reported, the other rows are read', () => {
    const errors: string[] = [];
    const page = parse(table(['问题'], [['A'], ['B'], ['C']]));
    const out = runSteps(readWith(page, NOW, { error: (m) => errors.push(m) }, {
      name: 'test', fields: ['question'], idFields: ['question'], accepts: () => true,
      row: (r: RowReader) => {
        if (r.cell('question') === 'B') throw new TypeError('bad row');
        return { kind: 'qa', id: r.cell('question')!, status: 'open' };
      },
    }));
    expect(out.map((r) => r.record.id)).toEqual(['A', 'C']);
    expect(errors).toEqual(['test: table 1 row 2: TypeError: bad row']);
  });
});

/** Pieces of seller pages and garbage, so that random pages reach the readers' inner paths. */
const FRAGMENTS = [
  '<table>', '</table>', '<thead>', '</thead>', '<tbody>', '</tbody>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '</th>',
  '<td colspan="2">', '<td rowspan="3">', '<td colspan="-1">', '<td rowspan="99999">', '<tr style="display:none">', '<tr aria-hidden="true">',
  '<div class="next-table">', '<div class="next-table-header">', '<div class="next-table-body">', '<tr class="next-table-group-header">',
  '<div class="next-table-lock-left">', '<div class="art-table">', '<div class="art-table-header">', '<tr class="art-table-row">',
  '<div>', '</div>', '<span>', '</span>', '<dl>', '<dt>', '</dt>', '<dd>', '</dd>', '<label>', '</label>', '<button>', '</button>',
  '<a href="?questionId=12&id=612345678901">', '</a>', '<script>x</script>', '<style>p{}</style>', '<svg><title>a</title></svg>', '<input value="">', '<b>', '</b>',
  '订单号：', '订单号', '工单号', '工单编号：', '类型', '催开发票', '物流停滞', '状态：', '已完结', '已开票', '待开票', '卖家已发货', '退款中', '已签收',
  '问题', '问题：', '提问时间', '回答数', '回答', '无效', '商品', '收货地址：', '寧夏回族自治區', '物流信息', '申请时间', '剩余时间', '创建时间',
  '3012845512345670001', '2022121610000000101', '2022-12-05 10:00:00', '2022/12/05 10:00', '2022-12-05', '12-05 10:00', '剩余23小时59分',
  '3天18小时', '还剩 05:12:33', '昨天 25:61', '2022-13-45', '1/3', '99+', '暂无数据', '：', ':', ' ', '-', '&lt;img src=x onerror=alert(1)&gt;', '<', '>', '"',
];
const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
const HEADER_WORDS = ['订单号', '工单编号', '工单类型', '类型', '申请时间', '创建时间', '剩余时间', '状态', '交易状态', '收货地址', '物流信息', '问题', '提问时间', '回答数', '问答数', '商品', '操作', ''];
/** Well-formed tables with real headers and random cells: these reach every adapter's row reading. */
const grid = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((p) => p.join('')), { maxLength: 9 }), { maxLength: 6 }),
  )
  .map(([headers, rows]) => table(headers, rows));
const html = fc.oneof(soup, grid, fc.tuple(soup, grid, soup).map((parts) => parts.join('')));
const URLS = [INVOICE_URL, ASK_URL, SOLD_URL, 'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=1', 'https://qn.taobao.com/home.htm/x', 'https://rate.taobao.com/sellercenterv2/index.htm/ask-all'];
const STATUSES = new Set(['open', 'done', 'unanswerable']);
const TIME_FIELDS = ['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline'] as const;

describe('readPage on random pages', () => {
  it('never throws, reports no errors, and yields well-formed records', () => {
    fc.assert(
      fc.property(html, fc.constantFrom(...URLS), fc.integer({ min: 0, max: 4_102_444_800_000 }), (body, url, now) => {
        const report = readPageReport(parse(body), url, now);
        expect(report.errors).toEqual([]);
        const keys = new Set<string>();
        for (const { record, row } of report.records) {
          expect(['invoice', 'logistics', 'qa']).toContain(record.kind);
          expect(record.id).not.toBe('');
          expect(STATUSES.has(record.status)).toBe(true);
          expect(keys.has(`${record.kind}:${record.id}`)).toBe(false);
          keys.add(`${record.kind}:${record.id}`);
          const times = TIME_FIELDS.map((field) => record[field]).filter((t) => t !== undefined);
          expect(times.every((t) => Number.isFinite(t))).toBe(true);
          expect((record.question ?? '').length).toBeLessThanOrEqual(MAX_QUESTION);
          for (const problem of record.problems ?? []) expect(problem.field).toMatch(/^[a-zA-Z]+$/);
          // What the background would refuse would leave the row without a badge.
          expect(checkRecord(record)).toEqual({ ok: true, record });
          expect(row.nodeType).toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
