import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { rawText } from '@/lib/pages/dom';
import { readTables, readTableSteps, type Table } from '@/lib/pages/table';
import { runSteps } from '@/lib/steps';
import { normalizeText } from '@/lib/pages/text';
import { headerKey } from '@/lib/pages/vocabulary';
import { WORDS } from '@/lib/pages/words';
import { FIELD_RULES, type FieldName } from '@/lib/pages/fields/specs';
import { wordsOf } from '@/lib/pages/knowledge';

const window = new Window({ url: 'https://myseller.taobao.com/home.htm/' });
afterAll(() => window.happyDOM.close());

function parse(body: string): ParentNode {
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html') as unknown as ParentNode;
}

/** Each table as its rows' cells, for comparing. */
function cellsOf(tables: readonly Table[]): Record<string, string>[][] {
  return tables.map((t) => t.rows.map((r) => Object.fromEntries(r.cells)));
}

function fusion(headers: string[], rows: string[][], extraRows = ''): string {
  const th = headers.map((h) => `<th class="next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('');
  const trs = rows
    .map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`)
    .join('');
  return `<div class="next-table"><div class="next-table-inner"><div class="next-table-header"><table><thead><tr>${th}</tr></thead></table></div><div class="next-table-body"><table><tbody>${trs}${extraRows}</tbody></table></div></div></div>`;
}

describe('readTables: grids', () => {
  it('reads Fusion Next with the header in its own <table>, by header text', () => {
    const tables = readTables(parse(fusion(['订单号', '申请时间'], [['3012345678901234567', '2022-12-05 10:00:00']])));
    expect(cellsOf(tables)).toEqual([[{ 订单号: '3012345678901234567', 申请时间: '2022-12-05 10:00:00' }]]);
    expect(tables[0]!.rows[0]!.row.localName).toBe('tr');
  });

  it('gives the same cells whatever the column order', () => {
    const a = readTables(parse(fusion(['订单号', '状态', '申请时间'], [['1', '待开票', '2022-12-05']])));
    const b = readTables(parse(fusion(['申请时间', '订单号', '状态'], [['2022-12-05', '1', '待开票']])));
    expect(cellsOf(a)).toEqual(cellsOf(b));
  });

  it('reads ali-react-table and Traditional headers as Simplified keys', () => {
    const html = `<div class="art-table"><div class="art-table-header"><table><thead><tr><th class="art-table-header-cell">工單編號</th><th class="art-table-header-cell">任務類型</th></tr></thead></table></div>
      <div class="art-table-body"><table><tbody><tr class="art-table-row"><td class="art-table-cell">2022121610000000101</td><td class="art-table-cell">催開發票</td></tr></tbody></table></div></div>`;
    expect(cellsOf(readTables(parse(html)))).toEqual([[{ 工单编号: '2022121610000000101', 任务类型: '催开发票' }]]);
  });

  it('reads a plain <table> with <th>, and leaves a layout table without <th> alone', () => {
    const html = `<table><tr><th>问题</th><th>提问时间</th></tr><tr><td>会起球吗</td><td>12-05 10:00</td></tr></table>
      <table><tr><td>布局</td><td>2022-12-05</td></tr></table>`;
    expect(cellsOf(readTables(parse(html)))).toEqual([[{ 问题: '会起球吗', 提问时间: '12-05 10:00' }]]);
  });

  it('skips hidden rows, rows of hidden panes, 暂无数据 rows and Fusion lock-pane copies', () => {
    const html = `${fusion(['订单号'], [['1']], '<tr class="next-table-row" style="display: none"><td>2</td></tr><tr class="next-table-row" aria-hidden="true"><td>3</td></tr><tr hidden><td>4</td></tr><tr><td colspan="1">暂无数据</td></tr>')}
      <div aria-hidden="true">${fusion(['订单号'], [['5']])}</div>`;
    const lock = `<div class="next-table"><div class="next-table-header"><table><thead><tr><th>订单号</th><th>状态</th></tr></thead></table></div><div class="next-table-body"><table><tbody><tr class="next-table-row"><td>6</td><td>待开票</td></tr></tbody></table></div>
      <div class="next-table-lock-left"><div class="next-table-header"><table><thead><tr><th>订单号</th></tr></thead></table></div><div class="next-table-body"><table><tbody><tr class="next-table-row"><td>6</td></tr></tbody></table></div></div></div>`;
    expect(cellsOf(readTables(parse(html + lock)))).toEqual([[{ 订单号: '1' }], [{ 订单号: '6', 状态: '待开票' }]]);
  });

  it('skips a spanning "no data" row and carries rowspan and colspan cells', () => {
    const html = `<table><thead><tr><th>宝贝</th><th>交易状态</th><th>物流</th></tr></thead><tbody>
      <tr><td>A</td><td rowspan="2">卖家已发货</td><td rowspan="2">12-17 21:05</td></tr><tr><td>B</td></tr>
      <tr><td colspan="2">C</td><td>x</td></tr><tr><td colspan="3">暂无数据</td></tr></tbody></table>`;
    expect(cellsOf(readTables(parse(html)))).toEqual([
      [
        { 宝贝: 'A', 交易状态: '卖家已发货', 物流: '12-17 21:05' },
        { 宝贝: 'B', 交易状态: '卖家已发货', 物流: '12-17 21:05' },
        { 宝贝: 'C', 交易状态: 'C', 物流: 'x' },
      ],
    ]);
  });

  it('gives rows the label：value pairs of the group header row above them', () => {
    const group = (no: string) =>
      `<tr class="next-table-group-header"><td><input type="checkbox"></td><td colspan="2"><span>订单号：<span>${no}</span></span><span>创建时间：2022-12-10 09:12:33</span></td></tr>`;
    const html = `<div class="next-table"><div class="next-table-header"><table><thead><tr><th></th><th>宝贝</th><th>交易状态</th></tr></thead></table></div>
      <div class="next-table-body"><table><tbody>${group('3012845512345673001')}<tr class="next-table-row"><td></td><td>A</td><td>卖家已发货</td></tr></tbody>
      <tbody>${group('3012845512345673002')}<tr class="next-table-row"><td></td><td>B</td><td>交易关闭</td></tr></tbody></table></div></div>`;
    const [table] = readTables(parse(html));
    expect(table!.headers).toEqual(['', '宝贝', '交易状态', '订单号', '创建时间']);
    expect(table!.rows.map((r) => r.cells.get('订单号'))).toEqual(['3012845512345673001', '3012845512345673002']);
  });

  it('keeps a table nested in a cell apart from the table around it', () => {
    const inner = '<table><thead><tr><th>问题</th></tr></thead><tbody><tr><td>内</td></tr></tbody></table>';
    const html = `<table><thead><tr><th>订单号</th><th>详情</th></tr></thead><tbody><tr><td>1</td><td>${inner}</td></tr></tbody></table>`;
    expect(cellsOf(readTables(parse(html)))).toEqual([[{ 订单号: '1', 详情: '问题 内' }], [{ 问题: '内' }]]);
  });
});

describe('readTableSteps: the first rows only (issue 24)', () => {
  const firstRows = (html: string, n: number) => runSteps(readTableSteps(parse(html), undefined, n));

  it('stops after that many rows and says the table was cut; a table no longer than that is read whole', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [String(i), '待开票']);
    const [cut] = firstRows(fusion(['订单号', '状态'], rows), 3);
    expect(cut!.rows.map((r) => r.cells.get('订单号'))).toEqual(['0', '1', '2']);
    expect(cut!.cut).toBe(true);
    const [whole] = firstRows(fusion(['订单号', '状态'], rows), 5);
    expect(whole!.rows).toHaveLength(5);
    expect(whole!.cut).toBeUndefined();
  });

  it('looks at the page\'s first rows only, and says when rows were left beyond them', () => {
    // Each data row behind four hidden copies: 100 data rows are 500 rows of markup.
    const hidden = '<tr class="next-table-row" style="display:none"><td>x</td><td>x</td></tr>'.repeat(4);
    const rows = Array.from({ length: 100 }, (_, i) => `${hidden}<tr class="next-table-row"><td>${i}</td><td>待开票</td></tr>`).join('');
    const html = `<table><thead><tr><th>订单号</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
    const scan = { more: false };
    const [table] = runSteps(readTableSteps(parse(html), undefined, 20, scan));
    expect(table!.rows.length).toBeLessThan(100);
    expect(scan.more).toBe(true);
    const whole = { more: false };
    expect(runSteps(readTableSteps(parse(html), undefined, undefined, whole))[0]!.rows).toHaveLength(100);
    expect(whole.more).toBe(false);
  });

  it('never cuts inside a rowspan: the rows it covers are read with it', () => {
    const html = `<table><thead><tr><th>宝贝</th><th>订单号</th></tr></thead><tbody>
      <tr><td>A</td><td rowspan="3">1</td></tr><tr><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td><td>2</td></tr></tbody></table>`;
    const [table] = firstRows(html, 1);
    expect(table!.rows.map((r) => r.cells.get('宝贝'))).toEqual(['A', 'B', 'C']);
    expect(table!.cut).toBe(true);
  });

  it("never cuts an order's group: its item rows are read to the next group header", () => {
    const group = (no: string) => `<tr class="next-table-group-header"><td colspan="2"><span>订单号：<span>${no}</span></span></td></tr>`;
    const items = (...names: string[]) => names.map((n) => `<tr class="next-table-row"><td>${n}</td><td>卖家已发货</td></tr>`).join('');
    const html = `<div class="next-table"><div class="next-table-header"><table><thead><tr><th>宝贝</th><th>交易状态</th></tr></thead></table></div>
      <div class="next-table-body"><table><tbody>${group('3012845512345673001')}${items('A', 'B', 'C')}${group('3012845512345673002')}${items('D')}</tbody></table></div></div>`;
    const scan = { more: false };
    const [table] = runSteps(readTableSteps(parse(html), undefined, 1, scan));
    expect(table!.rows.map((r) => [r.cells.get('宝贝'), r.cells.get('订单号')])).toEqual([
      ['A', '3012845512345673001'],
      ['B', '3012845512345673001'],
      ['C', '3012845512345673001'],
    ]);
    // Cut at the next group, or before it where the page's first rows end: either way, not the whole table.
    expect(table!.cut === true || scan.more).toBe(true);
  });
});

describe('readTables: card lists', () => {
  const card = (no: string, extra = '') =>
    `<div class="card--x1"><div class="hd--a"><span class="tag--b">催开发票</span></div><div><span class="l--c">工单编号：</span><span>${no}</span></div>
     <dl><dt>申请时间</dt><dd>2022/12/05 10:00</dd></dl><div>状态：待处理</div>${extra}</div>`;

  it('finds repeated cards by their repeated labels, whatever their classes', () => {
    const html = `<div class="list--q"><div class="title">待办</div>${card('11')}${card('12', '<div><span>收货地址：</span><span>新疆</span></div>')}${card('13')}</div>`;
    const tables = readTables(parse(html));
    expect(cellsOf(tables)).toEqual([
      [
        { 工单编号: '11', 申请时间: '2022/12/05 10:00', 状态: '待处理' },
        { 工单编号: '12', 申请时间: '2022/12/05 10:00', 状态: '待处理', 收货地址: '新疆' },
        { 工单编号: '13', 申请时间: '2022/12/05 10:00', 状态: '待处理' },
      ],
    ]);
    expect(tables[0]!.rows.map((r) => r.row.className)).toEqual(['card--x1', 'card--x1', 'card--x1']);
    expect(tables[0]!.rows[0]!.text).toContain('催开发票');
  });

  it('reads a lone card (a detail page) as one page-wide row', () => {
    const html = `<main><section><div><span>订单编号：</span><span>3012845512345674001</span></div></section>
      <section><label>收货地址</label><div class="v">甘肃省 兰州市</div></section></main>`;
    const [table] = readTables(parse(html));
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]!.page).toBe(true);
    expect(Object.fromEntries(table!.rows[0]!.cells)).toEqual({ 订单编号: '3012845512345674001', 收货地址: '甘肃省 兰州市' });
  });

  it('ignores empty values (search forms), times that look like labels and hidden cards', () => {
    const html = `<form><label>订单号</label><span><input value=""></span></form><div>10:00:00</div>
      <div style="display:none"><span>订单号：</span><span>9</span></div>`;
    expect(readTables(parse(html))).toEqual([]);
  });
});

describe('page text', () => {
  it('separates block elements, skips script and style, keeps highlights inside words', () => {
    const el = parse('<div id="t"><div>2022-12-05</div><div>10:00</div><script>x()</script><style>p{}</style>30<em>12</em>3</div>') as Document;
    expect(normalizeText(rawText(el.getElementById('t')!))).toBe('2022-12-05 10:00 30123');
  });
});

describe('vocabulary', () => {
  // Traditional forms of the words, as a Traditional page writes them: each must normalize to a listed word.
  const TRADITIONAL_HEADERS = [
    '訂單號', '訂單編號', '主訂單號', '工單號', '工單編號', '任務編號', '工單類型', '任務類型', '類型', '申請時間', '申請開票時間',
    '創建時間', '工單創建時間', '發起時間', '狀態', '工單狀態', '開票狀態', '處理狀態', '交易狀態', '訂單狀態', '剩餘時間',
    '處理時效', '倒計時', '剩餘處理時間', '收貨地址', '收貨地區', '省份', '物流最後更新時間', '最後更新', '物流更新時間', '物流信息',
    '問題', '問題內容', '提問時間', '回答數', '買家回答', '商品', '寶貝', '問答數', '問大家數',
  ];
  const headerWords = new Set<string>((Object.keys(FIELD_RULES) as FieldName[]).flatMap(wordsOf));
  for (const word of TRADITIONAL_HEADERS) {
    it(`header ${word} normalizes to a listed word`, () => {
      expect(headerWords.has(headerKey(normalizeText(`${word}：`)))).toBe(true);
    });
  }

  const TRADITIONAL_STATUS: Record<string, readonly string[]> = {
    已開票: WORDS.invoiceDone, 開票成功: WORDS.invoiceDone, 已完結: WORDS.workOrderDone, 已關閉: WORDS.workOrderDone,
    已處理: WORDS.workOrderDone, 運輸中: WORDS.inTransit, 已發貨: WORDS.inTransit, 派送中: WORDS.inTransit,
    待發貨: WORDS.notInTransit, 已簽收: WORDS.notInTransit, 交易關閉: WORDS.notInTransit, 退款中: WORDS.notInTransit,
    催開發票: WORDS.invoiceTask, 催發票: WORDS.invoiceTask, 發票工單: WORDS.invoiceTask, 物流停滯: WORDS.logisticsTask,
    無效: WORDS.invalidQuestion, 非有效問題: WORDS.invalidQuestion, 免自動賠: WORDS.compensationExempt, 已超時: WORDS.countdownState, 暫無數據: WORDS.noData, 工單: WORDS.workOrder,
  };
  for (const [word, list] of Object.entries(TRADITIONAL_STATUS)) {
    it(`status ${word} normalizes to a listed word`, () => {
      expect(list).toContain(normalizeText(word));
    });
  }

  it('strips decoration from headers', () => {
    expect(headerKey('开票金额(元)')).toBe('开票金额');
    expect(headerKey('订单号 :')).toBe('订单号');
  });
});
