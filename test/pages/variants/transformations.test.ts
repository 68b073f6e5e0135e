/** The page transformations themselves: what each keeps, what it changes, and that it is pure and seeded. */
import { absoluteDeadline } from './absolute-deadline';
import { noteSentence } from './note-sentence';
import { siblingRoute } from './sibling-route';
import { splitCountdown } from './split-countdown';
import { yearlessTimes } from './yearless-times';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toSimplified } from '@/lib/chinese';
import { fixturesIn, fixtureWindow, parseFixtureHtml } from '../fixture-io';
import { countdownInStatus } from './countdown-in-status';
import { cellsOf, tableUnits, textNodes, type Variation } from './dom';
import { VARIANTS } from './index';
import { isHashedClass, rehashClasses } from './rehash-classes';
import { derangement, placeRows, reorderColumns } from './reorder-columns';
import { headerRuleWords } from './header-rules';
import { headerSynonyms } from './header-synonyms';
import { tableToCards } from './table-to-cards';
import { toTraditional, traditionalChars, traditionalText } from './traditional';
import { LISTED, UNLISTED } from './words';
import { wrapCells } from './wrap-cells';

const window = fixtureWindow('https://myseller.taobao.com/home.htm/x');
afterAll(() => window.happyDOM.close());

function parse(html: string): Document {
  return parseFixtureHtml(window, `<!DOCTYPE html><html><body>${html}</body></html>`);
}

function serialize(doc: Document): string {
  return new window.XMLSerializer().serializeToString(doc as never);
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A Fusion table: header and body in separate `<table>`s, as the fixtures have it. */
const FUSION = `
<div class="next-table taskTable--2uWqE"><div class="next-table-inner">
<div class="next-table-header"><table><colgroup><col style="width:1px"><col style="width:2px"><col style="width:3px"><col style="width:4px"></colgroup>
<thead><tr><th><div class="next-table-cell-wrapper">订单号</div></th><th><div class="next-table-cell-wrapper">申请时间</div></th>
<th><div class="next-table-cell-wrapper">剩余时间</div></th><th><div class="next-table-cell-wrapper">开票状态</div></th></tr></thead></table></div>
<div class="next-table-body"><table><colgroup><col style="width:1px"><col style="width:2px"><col style="width:3px"><col style="width:4px"></colgroup><tbody>
<tr class="next-table-row" data-qid="r1"><td><div class="next-table-cell-wrapper">3012845512345672001</div></td><td><div class="next-table-cell-wrapper">2022-12-12 10:00:00</div></td>
<td><div class="next-table-cell-wrapper"><span class="remain--1Xs0c">还剩 05:12:33</span></div></td><td><div class="next-table-cell-wrapper">待开票</div></td></tr>
<tr class="next-table-row" style="display: none;"><td><div class="next-table-cell-wrapper">3012845512345672002</div></td><td><div class="next-table-cell-wrapper">2022-12-13 11:30:00</div></td>
<td><div class="next-table-cell-wrapper">-</div></td><td><div class="next-table-cell-wrapper">已开票</div></td></tr>
</tbody></table></div></div></div>`;

/** Header text → cell text, per body row: what reordering columns must keep. */
function rowsByHeader(doc: Document): Record<string, string>[] {
  const unit = tableUnits(doc)[0]!;
  const headers = cellsOf(unit.header).map((th) => text(th));
  return unit.rows.map((tr) => Object.fromEntries(cellsOf(tr).map((td, i) => [headers[i], text(td)])));
}

describe('reorder-columns', () => {
  it('moves every column and keeps each row its cells under their headers (split header and body tables)', () => {
    const doc = parse(FUSION);
    const out = reorderColumns(doc, 7)!.document;
    expect(rowsByHeader(out)).toEqual(rowsByHeader(doc));
    const before = cellsOf(tableUnits(doc)[0]!.header).map((th) => text(th));
    const after = cellsOf(tableUnits(out)[0]!.header).map((th) => text(th));
    expect([...after].sort()).toEqual([...before].sort());
    after.forEach((h, i) => expect(h).not.toBe(before[i]));
    expect(Array.from(out.querySelectorAll('.next-table-header col'), (c) => c.getAttribute('style'))).toEqual(
      Array.from(out.querySelectorAll('.next-table-body col'), (c) => c.getAttribute('style')),
    );
  });

  it('keeps the multiset of cells of every row', () => {
    const doc = parse(FUSION);
    const out = reorderColumns(doc, 99)!.document;
    const cells = (d: Document) => tableUnits(d)[0]!.rows.map((tr) => cellsOf(tr).map((td) => text(td)).sort());
    expect(cells(out)).toEqual(cells(doc));
  });

  it('honours rowspans and group header rows, and pads short rows', () => {
    const doc = parse(`<table><tr><th>宝贝</th><th>数量</th><th>状态</th><th>收货地址</th></tr>
      <tr class="next-table-group-header"><td></td><td colspan="3">订单号：3012845512345673001</td></tr>
      <tr><td>床垫</td><td>1</td><td rowspan="2">卖家已发货</td><td rowspan="2">浙江省</td></tr><tr><td>毛毯</td><td>2</td></tr>
      <tr><td>枕头</td></tr></table>`);
    const grid = (d: Document) => {
      const unit = tableUnits(d)[0]!;
      const headers = cellsOf(unit.header).map((th) => text(th));
      return placeRows(unit)!.map((placed) => placed && Object.fromEntries(placed.map(({ cell, col }) => [headers[col], text(cell)])));
    };
    const out = reorderColumns(doc, 5)!.document;
    expect(grid(out)).toEqual([
      null,
      { 宝贝: '床垫', 数量: '1', 状态: '卖家已发货', 收货地址: '浙江省' },
      { 宝贝: '毛毯', 数量: '2' },
      { 宝贝: '枕头', 数量: '', 状态: '', 收货地址: '' },
    ]);
    expect(text(out.querySelector('.next-table-group-header'))).toBe('订单号：3012845512345673001');
  });

  it('reorders the fields of cards alike, each label with its value', () => {
    const card = (n: number) =>
      `<div class="card--a1b2c"><h4>催开发票</h4><div><span>工单编号：</span><span>${n}</span></div><div><span>订单编号：</span><span>30${n}</span></div>` +
      `<dl><dt>申请时间</dt><dd>2022/12/0${n}</dd></dl><div><span>状态：</span><span>待处理</span></div></div>`;
    const doc = parse(card(1) + card(2));
    const out = reorderColumns(doc, 3)!.document;
    const fields = (d: Document) => Array.from(d.querySelectorAll('.card--a1b2c'), (c) => Array.from(c.children, (f) => text(f)));
    const [first, second] = fields(out);
    expect(first![0]).toBe('催开发票');
    expect([...first!].sort()).toEqual([...fields(doc)[0]!].sort());
    expect(first).not.toEqual(fields(doc)[0]);
    expect(second!.map((f) => f.replace(/\d/g, ''))).toEqual(first!.map((f) => f.replace(/\d/g, '')));
  });

  it('leaves tables with colspans in data rows alone', () => {
    const doc = parse('<table><tr><th>订单号</th><th>状态</th><th>时间</th><th>操作</th></tr><tr><td>1</td><td colspan="2">a</td><td>b</td></tr></table>');
    expect(reorderColumns(doc, 1)).toBeNull();
  });

  it('derangement: a permutation without fixed points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer(), (n, seed) => {
        let s = seed;
        const p = derangement(n, () => ((s = (s * 1103515245 + 12345) % 2147483648) < 0 ? -s : s) / 2147483648);
        expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        p.forEach((v, i) => expect(v).not.toBe(i));
      }),
    );
  });
});

describe('header-synonyms and header-rules', () => {
  it('swap headers and labels for words of their tables, one replacement per word and page', () => {
    const doc = parse(`${FUSION}<form><label>订单号</label></form><div><span class="l">订单号：</span><span>3012</span></div>`);
    for (const [transform, table] of [[headerSynonyms, LISTED], [headerRuleWords, UNLISTED]] as const) {
      const out = transform(doc, 3)!.document;
      const header = text(out.querySelector('th'));
      expect(table['订单号']).toContain(header);
      expect(text(out.querySelector('label'))).toBe(header);
      expect(text(out.querySelector('.l'))).toBe(`${header}：`);
      expect(text(out.querySelector('td'))).toBe('3012845512345672001');
    }
  });

  it('write the replacement in Traditional on a Traditional page', () => {
    const out = headerSynonyms(parse('<table><tr><th>訂單號</th><th>狀態</th></tr><tr><td>1</td><td>2</td></tr></table>'), 1)!.document;
    const headers = Array.from(out.querySelectorAll('th'), (th) => text(th));
    expect(headers.map((h) => toSimplified(h))).toEqual([expect.any(String), '处理状态']);
    expect(headers.every((h) => toTraditional(toSimplified(h)) === h)).toBe(true);
  });

  it('never make a word name a work order (工单) that did not', () => {
    const pairs = [LISTED, UNLISTED].flatMap((table) => Object.entries(table).flatMap(([word, others]) => others.map((o) => [word, o])));
    expect(pairs.filter(([word, other]) => !word!.includes('工单') && other!.includes('工单'))).toEqual([]);
    expect(pairs.filter(([word, other]) => word === other)).toEqual([]);
  });
});

describe('countdown-in-status', () => {
  it('removes the countdown column and appends its text to the status cell', () => {
    const out = countdownInStatus(parse(FUSION), 1)!.document;
    const unit = tableUnits(out)[0]!;
    expect(cellsOf(unit.header).map((th) => text(th))).toEqual(['订单号', '申请时间', '开票状态']);
    expect(unit.rows.map((tr) => cellsOf(tr).map((td) => text(td)))).toEqual([
      ['3012845512345672001', '2022-12-12 10:00:00', '待开票 还剩 05:12:33'],
      ['3012845512345672002', '2022-12-13 11:30:00', '已开票'],
    ]);
    expect(out.querySelectorAll('.next-table-body col')).toHaveLength(3);
  });

  it('moves a card countdown into the status value', () => {
    const card = '<div class="card--a1b2c"><div><span>工单编号：</span><span>2022</span></div><div><span>处理时效：</span><span>剩余20小时</span></div><div><span>状态：</span><span>待处理</span></div></div>';
    const out = countdownInStatus(parse(card + card), 1)!.document;
    expect(Array.from(out.querySelectorAll('.card--a1b2c'), (c) => text(c))).toEqual(['工单编号：2022状态：待处理 剩余20小时', '工单编号：2022状态：待处理 剩余20小时']);
  });

  it('does not apply without a countdown', () => {
    expect(countdownInStatus(parse('<table><tr><th>订单号</th><th>状态</th></tr><tr><td>1</td><td>a</td></tr></table>'), 1)).toBeNull();
  });
});

describe('cards', () => {
  it('turns each row into a card of label：value pairs, keeping the row attributes', () => {
    const out = tableToCards(parse(FUSION), 1)!.document;
    expect(out.querySelector('table, .next-table')).toBeNull();
    const cards = Array.from(out.querySelectorAll('.card--x9Ab'));
    expect(cards.map((c) => Array.from(c.children, (pair) => Array.from(pair.children, (s) => text(s))))).toEqual([
      [['订单号：', '3012845512345672001'], ['申请时间：', '2022-12-12 10:00:00'], ['剩余时间：', '还剩 05:12:33'], ['开票状态：', '待开票']],
      [['订单号：', '3012845512345672002'], ['申请时间：', '2022-12-13 11:30:00'], ['剩余时间：', '-'], ['开票状态：', '已开票']],
    ]);
    expect(cards[0]!.getAttribute('data-qid')).toBe('r1');
    expect(cards[1]!.getAttribute('style')).toBe('display: none;');
    expect(cards[0]!.querySelector('.remain--1Xs0c')).not.toBeNull();
  });
});

describe('wrap-cells', () => {
  it('wraps every cell and card value, its text unchanged', () => {
    const doc = parse(`${FUSION}<dl><dt>申请时间</dt><dd>2022/12/05 10:00</dd></dl><div><span>订单号：</span><span>3012</span></div>`);
    const out = wrapCells(doc, 5)!.document;
    const texts = (d: Document) => Array.from(d.querySelectorAll('td, th, dd, div > span + span'), (el) => text(el));
    expect(texts(out)).toEqual(texts(doc));
    for (const el of Array.from(out.querySelectorAll('td, th, dd'))) {
      expect(el.children).toHaveLength(1);
      expect(el.firstElementChild!.className).toMatch(/^cellInner--/);
    }
  });
});

describe('rehash-classes', () => {
  it('gives every hashed class a new hash, the same one wherever it is, and keeps stable classes', () => {
    const doc = parse('<div class="next-table taskTable--2uWqE"><span class="copy--x8Q qn_iconfont"></span><span class="copy--x8Q"></span><i class="state--wait next-tag"></i></div>');
    const out = rehashClasses(doc, 11)!.document;
    const table = out.querySelector('div')!;
    expect(table.classList.contains('next-table')).toBe(true);
    expect(table.className).toMatch(/^next-table taskTable--[A-Za-z0-9]{5}$/);
    expect(table.className).not.toContain('2uWqE');
    const copies = Array.from(out.querySelectorAll('span'), (s) => s.classList[0]);
    expect(copies[0]).toMatch(/^copy--[A-Za-z0-9]{3}$/);
    expect(copies[0]).not.toBe('copy--x8Q');
    expect(copies[1]).toBe(copies[0]);
    expect(out.querySelector('span')!.classList.contains('qn_iconfont')).toBe(true);
    expect(isHashedClass('next-table-row')).toBe(false);
    expect(isHashedClass('navItem--uDJGIOeJ')).toBe(true);
    expect(out.querySelector('i')!.className).toBe('state--wait next-tag');
  });
});

describe('traditional', () => {
  const simplified = [...traditionalChars().keys()];

  it('round-trips through lib/chinese toSimplified', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...simplified, '订', '0', ' ', '：', 'a')).map((cs) => cs.join('')), (s) => {
        const back = toSimplified(toTraditional(s));
        expect(back).toBe(toSimplified(s));
      }),
    );
    expect(toTraditional('剩余处理时间')).toBe('剩餘處理時間');
  });

  it('converts the text nodes of a page', () => {
    const out = traditionalText(parse('<table><tr><th>订单号</th></tr><tr><td>待开票 剩余8小时</td></tr></table>'), 1)!.document;
    expect(Array.from(out.querySelectorAll('th, td'), (el) => text(el))).toEqual(['訂單號', '待開票 剩餘8小時']);
  });
});

const CAPTURED = { url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold', now: '2026-06-30T10:00:00+08:00' };

describe('the variants of issue 22', () => {
  it('serve the page at a sibling route of its app, on the Qianniu hosts only', () => {
    expect(siblingRoute('https://myseller.taobao.com/home.htm/trade-platform/tp/sold?x=1')).toBe('https://myseller.taobao.com/home.htm/trade-platform-next/tp/sold?x=1');
    expect(siblingRoute('https://rate.taobao.com/sellercenterv2/index.htm/ask-all')).toBeNull();
  });
  it('add a 备注 column of sentences naming tasks, short rows left alone', () => {
    const out = noteSentence(parse('<table><thead><tr><th>订单号</th><th>状态</th></tr></thead><tbody><tr><td>1</td><td>待处理</td></tr><tr><td>2</td></tr></tbody></table>'), 1)!.document;
    expect(Array.from(out.querySelectorAll('th'), (el) => text(el))).toEqual(['订单号', '状态', '备注']);
    const rows = Array.from(out.querySelectorAll('tbody tr'), (tr) => tr.children.length);
    expect(rows).toEqual([3, 1]);
    expect(text(out.querySelector('tbody td:last-child'))).toMatch(/物流停滞|催开发票/);
  });
  it('drop the year of trace and ask times only', () => {
    const out = yearlessTimes(parse('<ul><li><span>2026-06-29 18:42:10</span><span>【乌鲁木齐市】快件已到达</span></li></ul><div><div><p>申请时间 2026-06-29 18:42:10</p></div></div>'), 1)!.document;
    expect(text(out.querySelector('li span'))).toBe('06/29 18:42:10');
    expect(text(out.querySelector('p'))).toBe('申请时间 2026-06-29 18:42:10');
  });
  it('draw a countdown one element per number, leaving dates alone', () => {
    const out = splitCountdown(parse('<table><tr><td id="c">2天05:12:33</td><td id="d">2026-06-29 18:42:10</td></tr></table>'), 1)!.document;
    expect(Array.from(out.querySelectorAll('#c span'), (el) => el.textContent)).toEqual(['2', '05', '12', '33']);
    expect(text(out.querySelector('#c'))).toBe('2天05:12:33');
    expect(out.querySelector('#d span')).toBeNull();
  });
  it('turn a countdown column into 截止时间 at capture + remaining, a state left as it is', () => {
    const doc = parse('<table><thead><tr><th>订单号</th><th>剩余时间</th></tr></thead><tbody><tr><td>1</td><td>3天18小时</td></tr><tr><td>2</td><td>已超时</td></tr></tbody></table>');
    const out = absoluteDeadline(doc, 1, CAPTURED)!.document;
    expect(Array.from(out.querySelectorAll('th, td'), (el) => text(el))).toEqual(['订单号', '截止时间', '1', '2026-07-04 04:00:00', '2', '已超时']);
    expect(absoluteDeadline(doc, 1)).toBeNull();
  });
});

// Each of these walks every fixture through every variant: seconds of work that a loaded machine stretches.
describe('every variant, on every fixture', { timeout: 60_000 }, () => {
  const here = join(import.meta.dirname, '..');
  const pages = fixturesIn(here, '').filter((f) => f.html);

  it('is pure (its input unchanged) and seeded (the same seed, the same page)', () => {
    for (const fixture of pages.filter((f) => /fusion|cards|qianniu/.test(f.name))) {
      const source = parseFixtureHtml(window, readFileSync(fixture.html!, 'utf8'));
      const before = serialize(source);
      for (const variant of VARIANTS) {
        const a: Variation | null = variant.transform(source, 42, CAPTURED);
        const b = variant.transform(source, 42, CAPTURED);
        expect(serialize(source), `${fixture.name} ~ ${variant.name}`).toBe(before);
        expect(a && serialize(a.document), `${fixture.name} ~ ${variant.name}`).toBe(b && serialize(b.document));
        expect(a === null || a.changes.length > 0, `${fixture.name} ~ ${variant.name}: says what it changed`).toBe(true);
      }
    }
  });

  it('keeps the text of the page where it only re-renders it (wrappers, hashes)', () => {
    for (const fixture of pages) {
      const source = parseFixtureHtml(window, readFileSync(fixture.html!, 'utf8'));
      const texts = (d: Document) => textNodes(d.body).map((t) => t.data).join('').replace(/\s+/g, '');
      for (const transform of [wrapCells, rehashClasses]) {
        const out = transform(source, 1)?.document ?? source;
        expect(texts(out), fixture.name).toBe(texts(source));
      }
    }
    // One test over every fixture: its time grows with them, beyond the default 5 s on a loaded machine.
  }, 30_000);
});
