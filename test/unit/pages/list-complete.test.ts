import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { completeness, listFacts, type ListFacts } from '@/lib/pages/list-complete';
import { readPageReport } from '@/lib/pages/read-page';
import { sh } from '../rules/time';
import { PENDING_ROWS, PENDING_URL, pendingListHtml, type PendingPage } from '../../support/pending-list';

const window = new Window({ url: PENDING_URL, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
afterAll(() => window.happyDOM.close());
const NOW = sh('2026-12-07T10:00:00');

/** The page read as the content script reads it, and its list's facts as the background makes them. */
function read(page: PendingPage): ListFacts {
  const doc = new window.DOMParser().parseFromString(pendingListHtml(page), 'text/html') as unknown as ParentNode;
  const report = readPageReport(doc, PENDING_URL, NOW);
  expect(report.errors).toEqual([]);
  return listFacts(report.list!);
}

const five = PENDING_ROWS.slice(0, 5);
const keysOf = (rows: typeof PENDING_ROWS) => rows.map((r) => `invoice:${r.order}`);

describe('the 待回传 list as public sources show it', () => {
  it('is read whole: its six rows, 共 6 条, one page, 全部 chosen; a 未开始 row beside its 免自动赔 tag is no problem', () => {
    const html = readFileSync('test/pages/invoice-pending-compensate.html', 'utf8');
    const { url, now } = JSON.parse(readFileSync('test/pages/invoice-pending-compensate.expected.json', 'utf8')) as { url: string; now: string };
    const report = readPageReport(new window.DOMParser().parseFromString(html, 'text/html') as unknown as ParentNode, url, Date.parse(now));
    const notStarted = report.records.find((r) => r.record.id === '2701832306020004104')!.record;
    expect(notStarted.problems).toBeUndefined();
    expect(notStarted.pageDeadline).toBeUndefined();
    expect(completeness([listFacts(report.list!)])).toMatchObject({ complete: true, count: 6 });
  });
});

describe('a to-do list read whole', () => {
  it('is whole when its own total equals the rows on its one page, nothing searched, filtered or loading', () => {
    const facts = read({ rows: five, total: 5 });
    expect(facts).toMatchObject({ total: 5, filtered: false, loading: false, problems: false, tabs: ['待回传'] });
    expect(completeness([facts])).toEqual({ complete: true, keys: new Set(keysOf(five)), count: 5 });
  });

  it('is not whole when the total disagrees with the rows (a row not rendered yet, or one more on the platform)', () => {
    expect(completeness([read({ rows: five, total: 6 })])).toEqual({ complete: false, why: 'total' });
    expect(completeness([read({ rows: five })])).toEqual({ complete: false, why: 'no-total' });
  });

  it('is not whole under a filter the seller chose, or a search text', () => {
    expect(completeness([read({ rows: five, total: 5, filter: '已超时' })])).toEqual({ complete: false, why: 'filtered' });
    expect(completeness([read({ rows: five.slice(0, 1), total: 1, search: five[0]!.order })])).toEqual({ complete: false, why: 'filtered' });
  });

  it('is not whole while the list is still loading', () => {
    expect(completeness([read({ rows: five, total: 5, loading: true })])).toEqual({ complete: false, why: 'loading' });
  });

  it('is not whole when a row read with a problem', () => {
    const garbled = [...five.slice(0, 4), { ...five[4]!, applied: '2026-13-45' }];
    expect(completeness([read({ rows: garbled, total: 5 })])).toEqual({ complete: false, why: 'problems' });
  });

  it('is not whole on one page of several, and whole once every page was read in the visit', () => {
    const rows = [...PENDING_ROWS, ...PENDING_ROWS.map((r) => ({ ...r, order: r.order.replace(/^2701/, '2702') }))];
    const page1 = read({ rows: rows.slice(0, 10), total: 12, page: 1, pages: 2 });
    expect(page1.page).toBe(1);
    // A menu's current link is no page number.
    expect(listFacts({ keys: [], problems: false, signs: ['aria-current=财务', 'aria-current=2'] }).page).toBe(2);
    expect(completeness([page1])).toEqual({ complete: false, why: 'total' });
    const page2 = read({ rows: rows.slice(10), total: 12, page: 2, pages: 2 });
    expect(completeness([page1, page2])).toEqual({ complete: true, keys: new Set(keysOf(rows)), count: 12 });
    // A page read under another total (a row left between the two) does not count.
    expect(completeness([page1, read({ rows: rows.slice(10, 11), total: 11, page: 2, pages: 2 })])).toEqual({ complete: false, why: 'total' });
  });

  it('judges within the date range the page shows, its default being no filter', () => {
    const facts = read({ rows: five, total: 5, range: ['2026-10-07', '2026-12-07'] });
    expect(facts.filtered).toBe(false);
    expect(completeness([facts])).toMatchObject({ complete: true, range: [sh('2026-10-07T00:00:00'), sh('2026-12-08T00:00:00')] });
    expect(completeness([read({ rows: five, total: 5, range: ['2026-10-07 00:00:00', '2026-12-07 23:59:59'] })])).toMatchObject({ complete: true });
    expect(completeness([read({ rows: five, total: 5, range: ['2026-12-07', '2026-10-07'] })])).toEqual({ complete: false, why: 'range' });
  });
});
