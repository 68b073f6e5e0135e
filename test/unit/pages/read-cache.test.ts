// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ReadCache } from '@/lib/pages/read-cache';
import { readPageReport, readPageSteps } from '@/lib/pages/read-page';
import { samplePages } from '../../../demo/sample-pages.mjs';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');

describe('ReadCache', () => {
  it("reads an element's text again only when its characters changed", () => {
    const cache = new ReadCache();
    const cell = document.createElement('td');
    cell.innerHTML = '<div>2022-12-05</div><div>１０:００</div>';
    expect(cache.text(cell)).toBe('2022-12-05 10:00');
    cell.lastElementChild!.textContent = '11:00';
    expect(cache.text(cell)).toBe('2022-12-05 11:00');
  });

  it("reuses a row's reading while its key holds, for a minute at most", () => {
    const cache = new ReadCache();
    const row = document.createElement('tr');
    const read = vi.fn(() => ({ id: 'x' }));
    const first = cache.row(row, 'work-orders', 'k1', NOW, read);
    expect(cache.row(row, 'work-orders', 'k1', NOW + 59_000, read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    cache.row(row, 'work-orders', 'k2', NOW + 59_000, read); // the row's text changed
    cache.row(row, 'work-orders', 'k2', NOW + 59_000 + 60_000, read); // relative times may read differently now
    cache.row(row, 'work-orders', 'k2', NOW, read); // the clock went back
    cache.row(row, 'invoice-requests', 'k2', NOW, read); // another reader of the same row
    expect(read).toHaveBeenCalledTimes(5);
  });
});

describe('readPageSteps', () => {
  it('pauses between chunks of rows and reads what readPageReport reads, with or without a cache', () => {
    const page = samplePages(NOW).find((p) => p.name === 'work-orders')!;
    const body = page.html.match(/<tbody>([\s\S]*?)<\/tbody>/)![1]!;
    // The sample list, its rows repeated 40 times with their numbers made unique.
    const rows = Array.from({ length: 40 }, (_, k) => body.replace(/(\d{15,})/g, (id) => `${id}${String(k).padStart(2, '0')}`)).join('');
    document.documentElement.innerHTML = page.html.replace(body, rows);
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
