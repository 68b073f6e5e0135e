// @vitest-environment happy-dom
// A change inside rows already read is read row by row (sentinel.ts rereadRows, read-cache.ts reread): what it
// must still get right, whichever way the page writes its cells.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSentinel, type SentinelDeps } from '@/lib/content/sentinel';
import type { PageReport } from '@/lib/messages';
import { samplePages } from '../../../demo/sample-pages.mjs';
import { installI18n } from '../../support/i18n';
import { sentinelDeps } from '../../support/sentinel-deps';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');
const page = samplePages(NOW).find((p) => p.name === 'work-orders')!;
const FIRST = 'invoice:8023100000000000101';
const settle = () => new Promise((r) => setTimeout(r, 50));

function openPage(): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(page.url);
  document.documentElement.replaceChildren(...new DOMParser().parseFromString(page.html, 'text/html').documentElement.childNodes);
  return document;
}

const rowOf = (doc: Document, id: string) => [...doc.querySelectorAll('.next-table-body tr')].find((tr) => tr.textContent!.includes(id))!;
/** The row's cell under the header that says `header`. */
function cellOf(doc: Document, row: Element, header: string): Element {
  const headers = [...doc.querySelectorAll('.next-table-header th')].map((th) => th.textContent!.trim());
  const td = row.children[headers.indexOf(header)]!;
  return td.querySelector('.next-table-cell-wrapper') ?? td;
}
const badge = (doc: Document, key: string) => doc.querySelector(`[data-deadline-sentinel="${key}"]`);

describe('one cell changed in a row already read', () => {
  let controller: AbortController;
  let reports: PageReport[];
  let deps: SentinelDeps;

  beforeEach(() => {
    installI18n();
    controller = new AbortController();
    reports = [];
    deps = sentinelDeps(reports, NOW);
  });
  afterEach(() => controller.abort());

  it('reports that row alone when its status closes it, written as new characters of the text node', async () => {
    const doc = openPage();
    startSentinel(doc, deps, controller.signal);
    await settle();
    expect(badge(doc, FIRST)).not.toBeNull();
    const status = cellOf(doc, rowOf(doc, '8023100000000000101'), '工单状态');
    status.firstChild!.nodeValue = '已完结'; // a characterData mutation, as a framework patching text does
    await settle();
    expect(reports).toHaveLength(2);
    expect(reports[1]!.records.map((r) => [r.id, r.status])).toEqual([['8023100000000000101', 'done']]);
    expect(badge(doc, FIRST)).toBeNull();
    expect(doc.querySelectorAll('[data-deadline-sentinel]')).toHaveLength(3);
  });

  it('reopens the row, reported alone again, when the status cell shows it open once more', async () => {
    const doc = openPage();
    startSentinel(doc, deps, controller.signal);
    await settle();
    const status = cellOf(doc, rowOf(doc, '8023100000000000101'), '工单状态');
    status.textContent = '已完结';
    await settle();
    status.textContent = '处理中';
    await settle();
    expect(reports.slice(1).map((r) => r.records.map((x) => x.status))).toEqual([['done'], ['open']]);
    expect(badge(doc, FIRST)).not.toBeNull();
  });

  it('tells nothing when the changed cell does not change the record, and keeps every badge', async () => {
    const doc = openPage();
    startSentinel(doc, deps, controller.signal);
    await settle();
    cellOf(doc, rowOf(doc, '8023100000000000102'), '工单状态').textContent = '处理中';
    await settle();
    expect(reports).toHaveLength(1);
    expect(doc.querySelectorAll('[data-deadline-sentinel]')).toHaveLength(4);
  });

  it('puts the badge back when the page re-renders the cell that held it', async () => {
    const doc = openPage();
    startSentinel(doc, deps, controller.signal);
    await settle();
    const host = badge(doc, FIRST)!;
    const cell = host.parentElement!;
    cell.replaceChildren(doc.createTextNode('8023100000000000101')); // the framework rewrites the id cell
    await settle();
    expect(host.isConnected).toBe(false);
    expect(badge(doc, FIRST)).not.toBeNull();
    expect(badge(doc, FIRST)!.closest('tr')).toBe(rowOf(doc, '8023100000000000101'));
    expect(reports).toHaveLength(1);
  });

  it('reads the page whole when a changed row gives another item (its id cell now names another work order)', async () => {
    const doc = openPage();
    startSentinel(doc, deps, controller.signal);
    await settle();
    cellOf(doc, rowOf(doc, '8023100000000000102'), '工单编号').textContent = '8023100000000000199';
    await settle();
    expect(reports.at(-1)!.records.map((r) => r.id)).toEqual(['8023100000000000199']);
    expect(badge(doc, 'invoice:8023100000000000102')).toBeNull();
    expect(badge(doc, 'invoice:8023100000000000199')).not.toBeNull();
  });
});
