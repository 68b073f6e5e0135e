// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ReadCache } from '@/lib/pages/read-cache';
import { readPageReport, readPageSteps } from '@/lib/pages/read-page';
import { readTables } from '@/lib/pages/table';
import { samplePages } from '../../../demo/sample-pages.mjs';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');

/** The test document's body replaced by `html`, parsed as a page would be. */
function showPage(html: string): void {
  document.documentElement.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').documentElement.childNodes);
}

describe('ReadCache', () => {
  it("reads an element's text again only when its characters changed", () => {
    const cache = new ReadCache();
    showPage('<table><tr><td><div>2022-12-05</div><div>１０:００</div></td></tr></table>');
    const cell = document.querySelector('td')!;
    expect(cache.text(cell)).toBe('2022-12-05 10:00');
    cell.lastElementChild!.textContent = '11:00';
    expect(cache.text(cell)).toBe('2022-12-05 11:00');
  });

  it("reuses a row's record while the table's shape and the row's text hold, for a minute at most", () => {
    const cache = new ReadCache();
    const tr = document.createElement('tr');
    const row = (text: string) => ({ row: tr, cells: new Map(), cellElements: new Map(), text });
    const read = vi.fn<() => { id: string }>(() => ({ id: 'x' }));
    const first = cache.record(row('a'), 'work-orders', 's1', NOW, read);
    expect(cache.record(row('a'), 'work-orders', 's1', NOW + 59_000, read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    cache.record(row('b'), 'work-orders', 's1', NOW + 59_000, read); // the row's text changed
    cache.record(row('b'), 'work-orders', 's2', NOW + 59_000, read); // the table's columns changed
    cache.record(row('b'), 'work-orders', 's2', NOW + 59_000 + 60_000, read); // relative times may read differently now
    cache.record(row('b'), 'work-orders', 's2', NOW, read); // the clock went back
    cache.record(row('b'), 'invoice-requests', 's2', NOW, read); // another reader of the same row
    expect(read).toHaveBeenCalledTimes(6);
  });

  it("reads a table row again when its text, its cells or its place changed, or a rowspan reaches into it", () => {
    const table = (rows: string) =>
      `<table><thead><tr><th>订单号</th><th>申请时间</th></tr></thead><tbody>${rows}</tbody></table>`;
    showPage(table('<tr><td>3012345678901234567</td><td>2022-12-05 10:00</td></tr><tr><td>3012345678901234568</td><td>2022-12-06 10:00</td></tr>'));
    const cache = new ReadCache();
    const rowsOf = () => readTables(document, cache)[0]!.rows;
    const [a, b] = rowsOf();
    expect(rowsOf()).toEqual([a, b]);
    expect(rowsOf()[0]).toBe(a); // the same reading, not read again
    const second = document.querySelectorAll('tbody tr')[1]!;
    second.lastElementChild!.textContent = '2022-12-07 10:00';
    const [a2, b2] = rowsOf();
    expect(a2).toBe(a);
    expect(b2!.cells.get('申请时间')).toBe('2022-12-07 10:00');
    second.replaceChild(document.createElement('td'), second.firstElementChild!).textContent = '';
    second.firstElementChild!.textContent = '3012345678901234568';
    expect(rowsOf()[1]!.cellElements.get('订单号')).toBe(second.firstElementChild); // a new cell element, same text
    document.querySelector('tbody')!.firstElementChild!.firstElementChild!.setAttribute('rowspan', '2'); // its text unchanged
    const spanned = rowsOf();
    expect(spanned[1]!.cells.get('订单号')).toBe('3012345678901234567');
  });
});

describe('readPageSteps', () => {
  it('pauses between chunks of rows and reads what readPageReport reads, with or without a cache', () => {
    const page = samplePages(NOW).find((p) => p.name === 'work-orders')!;
    const body = page.html.match(/<tbody>([\s\S]*?)<\/tbody>/)![1]!;
    // The sample list, its rows repeated 40 times with their numbers made unique.
    const rows = Array.from({ length: 40 }, (_, k) => body.replace(/(\d{15,})/g, (id) => `${id}${String(k).padStart(2, '0')}`)).join('');
    showPage(page.html.replace(body, rows));
    const steps = readPageSteps(document, page.url, NOW, new ReadCache());
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const expected = readPageReport(document, page.url, NOW);
    expect(expected.records.length).toBeGreaterThan(100);
    expect(pauses).toBeGreaterThan(3);
    expect(step.value.records.map((r) => r.record)).toEqual(expected.records.map((r) => r.record));
  });
});
