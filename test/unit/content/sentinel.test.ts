// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_ROWS, startSentinel, type SentinelDeps } from '@/lib/content/sentinel';
import type { NearScreen } from '@/lib/content/near-screen';
import { replyTo } from '@/lib/background/page-reports';
import { parsePageReport, type PageReply, type PageReport } from '@/lib/messages';
import { fusionTable, samplePages, shanghai, shell } from '../../../demo/sample-pages.mjs';
import { installI18n } from '../../support/i18n';
import { fakeBackground, sentinelDeps } from '../../support/sentinel-deps';
import { DEFAULT_SETTINGS, type RuleSettings } from '@/lib/rules/settings';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');
const H = 3_600_000;
const workOrders = samplePages(NOW).find((p) => p.name === 'work-orders')!;
const invoices = samplePages(NOW).find((p) => p.name === 'invoice-requests')!;

/** A fresh document at the page's URL, holding the page's body. */
function openPage(url: string, html: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').documentElement.childNodes);
  return document;
}

const badgeKeys = (doc: Document) => [...doc.querySelectorAll('[data-deadline-sentinel]')].map((h) => h.getAttribute('data-deadline-sentinel')).sort();
const drawnKeys = (doc: Document) => [...doc.querySelectorAll('[data-deadline-sentinel]')].filter((h) => h.shadowRoot).map((h) => h.getAttribute('data-deadline-sentinel')).sort();
/** Long enough for the background's reply and the passes it brings (slices run on timers). */
const settle = () => new Promise((r) => setTimeout(r, 50));

const background = fakeBackground;

describe('startSentinel', () => {
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

  it('reports the records, then badges every open row the reply gives a deadline, inside that row', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    startSentinel(doc, deps, controller.signal);
    // Nothing read at start (the first idle time), and the rules run in the background: nothing before its reply.
    expect(reports).toEqual([]);
    expect(badgeKeys(doc)).toEqual([]);
    await vi.waitFor(() => expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'invoice:8023100000000000102', 'logistics:8023100000000000103', 'logistics:8023100000000000104']));
    for (const host of doc.querySelectorAll('[data-deadline-sentinel]')) {
      const id = host.getAttribute('data-deadline-sentinel')!.split(':')[1]!;
      expect(host.closest('tr')!.textContent).toContain(id);
      expect(host.shadowRoot!.textContent).toMatch(/剩|超时/);
    }
    expect(reports).toHaveLength(1);
    expect(reports[0]!.records.map((r) => r.status).sort()).toEqual(['done', 'open', 'open', 'open', 'open']);
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it('badges rows that arrive late, and drops badges of rows that leave', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const tbody = doc.querySelector('.next-table-body tbody')!;
    const rows = [...tbody.children];
    tbody.replaceChildren();
    startSentinel(doc, deps, controller.signal);
    await settle();
    expect(badgeKeys(doc)).toEqual([]);
    tbody.append(rows[0]!, rows[2]!);
    await vi.waitFor(() => expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'logistics:8023100000000000103']));
    rows[0]!.remove();
    await vi.waitFor(() => expect(badgeKeys(doc)).toEqual(['logistics:8023100000000000103']));
  });

  it('puts back, within one observer batch, every badge a page script removes or moves while its row stands (issue 23)', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    startSentinel(doc, deps, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4));
    const all = badgeKeys(doc);
    expect(all).toHaveLength(4);
    // The attack: every host removed at once; then one moved into another row, one into the body.
    for (const h of doc.querySelectorAll('[data-deadline-sentinel]')) h.remove();
    await settle();
    expect(badgeKeys(doc)).toEqual(all);
    const [first, second] = doc.querySelectorAll<HTMLElement>('[data-deadline-sentinel]');
    const firstRow = first!.closest('tr')!;
    second!.closest('tr')!.append(first!);
    doc.body.append(second!);
    await settle();
    expect(badgeKeys(doc)).toEqual(all);
    for (const host of doc.querySelectorAll('[data-deadline-sentinel]')) {
      expect(host.closest('tr')!.textContent).toContain(host.getAttribute('data-deadline-sentinel')!.split(':')[1]!);
    }
    expect(firstRow.querySelector('[data-deadline-sentinel]')).not.toBeNull();
    expect(reports).toHaveLength(1); // put back from what was read, not reported again
  });

  it('waits while the slider captcha covers the page', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const captcha = doc.createElement('div');
    captcha.id = 'nc_1_wrapper';
    doc.body.append(captcha);
    startSentinel(doc, deps, controller.signal);
    await settle();
    expect(reports).toEqual([]);
    expect(badgeKeys(doc)).toEqual([]);
    captcha.remove();
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4));
  });

  it('removes every badge and stops watching when the extension context goes away', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    startSentinel(doc, deps, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4));
    controller.abort();
    expect(badgeKeys(doc)).toEqual([]);
    doc.querySelector('.next-table-body tbody')!.append(doc.createElement('tr'));
    await settle();
    expect(badgeKeys(doc)).toEqual([]);
  });

  it('without a reply from the background, shows the page countdown and says the computation is missing', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const warn = vi.fn<(error: unknown) => void>();
    startSentinel(doc, { ...deps, warn, report: () => Promise.reject(new Error('Could not establish connection.')) }, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4));
    for (const host of doc.querySelectorAll('[data-deadline-sentinel]')) expect(host.shadowRoot!.textContent).toContain('时限计算');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('badges only the kinds the settings ask for', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const settings = { ...DEFAULT_SETTINGS, badgeKinds: ['logistics' as const] };
    startSentinel(doc, { ...deps, report: background(reports, settings) }, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toEqual(['logistics:8023100000000000103', 'logistics:8023100000000000104']));
  });

  it("redraws every badge with new settings from the background, not only the rows reported since", async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const tbody = doc.querySelector('.next-table-body tbody')!;
    const rows = [...tbody.children];
    tbody.replaceChildren(rows[2]!);
    let settings: RuleSettings = DEFAULT_SETTINGS;
    const report = (r: PageReport) => background(reports, settings)(r);
    startSentinel(doc, { ...deps, report }, controller.signal);
    await settle();
    const label = () => doc.querySelector('[data-deadline-sentinel="logistics:8023100000000000103"]')!.shadowRoot!.textContent;
    expect(label()).toContain('24小时');
    settings = { ...DEFAULT_SETTINGS, respondHours: 48 }; // changed in the options page
    tbody.append(rows[0]!);
    await vi.waitFor(() => expect(label()).toContain('48小时'));
    expect(reports.at(-1)!.records.map((r) => r.id).sort()).toEqual(['8023100000000000101', '8023100000000000103']);
  });

  it('on refresh (the log or settings changed elsewhere), reports every row again and redraws them, without a page change', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    let settings: RuleSettings = DEFAULT_SETTINGS;
    const sentinel = startSentinel(doc, { ...deps, report: (r) => background(reports, settings)(r) }, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4));
    settings = { ...DEFAULT_SETTINGS, badgeKinds: ['invoice'] };
    sentinel.refresh();
    await vi.waitFor(() => expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'invoice:8023100000000000102']));
    expect(reports).toHaveLength(2); // the reply under the new settings answers the refresh: no third report
    expect(reports[1]!.records).toHaveLength(5);
  });

  it('sends a report again when its reply does not come, and badges from the reply that does', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    let calls = 0;
    const answer = background(reports);
    const report = (r: PageReport) => (++calls === 1 ? Promise.reject(new Error('The message port closed before a response was received.')) : answer(r));
    startSentinel(doc, { ...deps, report }, controller.signal);
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 2_000 });
    // The reply's badges: no longer the ones without the rules that show while the report is sent again.
    await vi.waitFor(() => {
      expect(badgeKeys(doc)).toHaveLength(4);
      for (const host of doc.querySelectorAll('[data-deadline-sentinel]')) expect(host.shadowRoot!.textContent).not.toContain('时限计算');
    });
  });

  it('sends a list longer than one message in chunks, each once the one before it is answered', async () => {
    const chunk = 100;
    const rows = Array.from({ length: 2 * chunk + 10 }, (_, i) => {
      const k = String(i).padStart(6, '0');
      return [`8023100000000${k}`, '物流停滞', `3289100000000${k}`, '-', shanghai(NOW - 2 * H), '待处理', '广东省深圳市***'];
    });
    const doc = openPage(workOrders.url, shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'], rows)));
    let inFlight = 0;
    let most = 0;
    const answer = background(reports);
    const report = async (r: PageReport) => {
      most = Math.max(most, ++inFlight);
      await settle();
      inFlight -= 1;
      return answer(r);
    };
    startSentinel(doc, { ...deps, report, chunk }, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(rows.length), { timeout: 5_000 });
    // The first rows' preview (FIRST_ROWS), then the whole reading in chunks, the previewed rows among them.
    expect(reports.map((r) => [r.records.length, !!r.preview])).toEqual([[FIRST_ROWS, true], [chunk, false], [chunk, false], [10, false]]);
    expect(reports.slice(1).flatMap((r) => r.records.map((x) => x.id))).toEqual(rows.map(([id]) => id));
    expect(most).toBe(1);
  });

  describe("a long list's first rows (issue 24)", () => {
    const listOf = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const k = String(i).padStart(6, '0');
        return [`8023100000000${k}`, '物流停滞', `3289100000000${k}`, '-', shanghai(NOW - 2 * H), '待处理', '广东省深圳市***'];
      });
    const longList = (n: number) => openPage(workOrders.url, shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'], listOf(n))));

    /** The background, its replies to the preview (or to the whole reading) held until `release`. */
    function holding(which: 'preview' | 'whole') {
      const sent: PageReport[] = [];
      const answer = background(reports);
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      const report = async (r: PageReport) => {
        sent.push(r);
        return !!r.preview === (which === 'preview') ? held.then(() => answer(r)) : answer(r);
      };
      return { sent, report, release: () => release() };
    }

    it('are reported as a preview and badged before the rest is read; the whole reading then reports every row with its list', async () => {
      const doc = longList(3 * FIRST_ROWS);
      const worker = holding('whole');
      startSentinel(doc, { ...deps, report: worker.report }, controller.signal);
      await vi.waitFor(() => expect(worker.sent).toHaveLength(2), { timeout: 3_000 });
      const [preview, whole] = worker.sent as [PageReport, PageReport];
      expect(preview.preview).toBe(true);
      expect(preview.list).toBeUndefined();
      expect(preview.records.map((r) => r.id)).toEqual(listOf(FIRST_ROWS).map(([id]) => id));
      await vi.waitFor(() => expect(drawnKeys(doc)).toHaveLength(FIRST_ROWS), { timeout: 3_000 });
      expect(badgeKeys(doc)).toHaveLength(FIRST_ROWS);
      expect(whole.preview).toBeUndefined();
      expect(whole.list).toBeDefined();
      expect(whole.records.map((r) => r.id)).toEqual(listOf(3 * FIRST_ROWS).map(([id]) => id));
      worker.release();
      await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(3 * FIRST_ROWS), { timeout: 3_000 });
      expect(worker.sent).toHaveLength(2);
    });

    it("draws a previewed badge once: the whole reading's agreeing reply does not draw it again", async () => {
      const doc = longList(2 * FIRST_ROWS);
      const worker = holding('whole');
      let now = NOW;
      startSentinel(doc, { ...deps, now: () => now, report: worker.report }, controller.signal);
      await vi.waitFor(() => expect(drawnKeys(doc)).toHaveLength(FIRST_ROWS), { timeout: 3_000 });
      const text = () => doc.querySelector('[data-deadline-sentinel]')!.shadowRoot!.textContent;
      const before = text();
      // A drawing after this would show a countdown 10 minutes shorter.
      now += 10 * 60_000;
      worker.release();
      await vi.waitFor(() => expect(drawnKeys(doc)).toHaveLength(2 * FIRST_ROWS), { timeout: 3_000 });
      expect(text()).toBe(before);
    });

    it('are followed by one whole reading, once they are answered, however often the page changes meanwhile', async () => {
      const doc = longList(2 * FIRST_ROWS);
      const { sent, report, release } = holding('preview');
      startSentinel(doc, { ...deps, report }, controller.signal);
      await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3_000 });
      const rows = doc.querySelector('.next-table-body tbody')!.children;
      for (let i = 0; i < 3; i++) {
        rows[FIRST_ROWS + i]!.lastElementChild!.textContent = '广东省广州市***';
        await settle();
      }
      expect(sent).toHaveLength(1);
      release();
      await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3_000 });
      await settle();
      expect(sent.map((r) => [r.records.length, !!r.preview])).toEqual([[FIRST_ROWS, true], [2 * FIRST_ROWS, false]]);
    });

    describe('while the page still arrives (its HTML parsed)', () => {
      let loading: boolean;
      beforeEach(() => (loading = true));
      const arrived = (doc: Document) => {
        loading = false;
        doc.dispatchEvent(new Event('DOMContentLoaded'));
      };

      it('are previewed and badged; the page is read whole and told with its list only once DOMContentLoaded came', async () => {
        const doc = longList(3 * FIRST_ROWS);
        startSentinel(doc, { ...deps, loading: () => loading }, controller.signal);
        await vi.waitFor(() => expect(drawnKeys(doc)).toHaveLength(FIRST_ROWS), { timeout: 3_000 });
        await settle();
        expect(reports.map((r) => [r.records.length, !!r.preview, !!r.list])).toEqual([[FIRST_ROWS, true, false]]);
        arrived(doc);
        await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(3 * FIRST_ROWS), { timeout: 3_000 });
        expect(reports.map((r) => [r.records.length, !!r.preview, !!r.list])).toEqual([[FIRST_ROWS, true, false], [3 * FIRST_ROWS, false, true]]);
      });

      it('unanswered when DOMContentLoaded comes: the whole reading follows their reply, once', async () => {
        const doc = longList(3 * FIRST_ROWS);
        const { sent, report, release } = holding('preview');
        startSentinel(doc, { ...deps, report, loading: () => loading }, controller.signal);
        await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3_000 });
        arrived(doc);
        await settle();
        expect(sent).toHaveLength(1);
        release();
        await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(3 * FIRST_ROWS), { timeout: 3_000 });
        await settle();
        expect(sent.map((r) => [r.records.length, !!r.preview])).toEqual([[FIRST_ROWS, true], [3 * FIRST_ROWS, false]]);
      });

      it('tell nothing of rows not known to be all there (no row after them yet), and preview them once one is', async () => {
        const doc = longList(2 * FIRST_ROWS);
        const tbody = doc.querySelector('.next-table-body tbody')!;
        const later = [...tbody.children].slice(FIRST_ROWS);
        for (const row of later) row.remove();
        startSentinel(doc, { ...deps, loading: () => loading }, controller.signal);
        // More table rows than FIRST_ROWS (the header's among them) are tried, then again only when more arrive.
        for (let i = 0; i < 4; i++) await settle();
        expect(reports).toEqual([]);
        expect(badgeKeys(doc)).toEqual([]);
        tbody.append(...later);
        await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 3_000 });
        expect(reports[0]!.preview).toBe(true);
        expect(reports[0]!.records.map((r) => r.id)).toEqual(listOf(FIRST_ROWS).map(([id]) => id));
        arrived(doc);
        await vi.waitFor(() => expect(reports).toHaveLength(2), { timeout: 3_000 });
        expect(reports[1]!.records).toHaveLength(2 * FIRST_ROWS);
      });
    });

    it('are no preview on a list no longer than them: its one reading is whole', async () => {
      const doc = longList(FIRST_ROWS);
      startSentinel(doc, deps, controller.signal);
      await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(FIRST_ROWS), { timeout: 5_000 });
      expect(reports.map((r) => [r.records.length, !!r.preview, !!r.list])).toEqual([[FIRST_ROWS, false, true]]);
    });
  });

  it('takes no reply older than the last one taken', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const tbody = doc.querySelector('.next-table-body tbody')!;
    const rows = [...tbody.children];
    tbody.replaceChildren(rows[0]!);
    const pending: (() => void)[] = [];
    // Replies arrive in the reverse order of their reports.
    const report = (r: PageReport) => new Promise<PageReply>((resolve) => pending.unshift(() => resolve(replyTo(parsePageReport(r)!, { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null }))));
    startSentinel(doc, { ...deps, report }, controller.signal);
    await settle();
    tbody.append(rows[2]!);
    await settle();
    expect(pending).toHaveLength(2);
    pending[0]!(); // the newer report's: both rows
    await settle();
    pending[1]!(); // the older one's: the first row only
    await settle();
    expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'logistics:8023100000000000103']);
  });

  it('reports a page once, however often it is read', async () => {
    const doc = openPage(invoices.url, invoices.html);
    let now = NOW;
    const sentinel = startSentinel(doc, { ...deps, now: () => now }, controller.signal);
    for (let i = 0; i < 5; i++) {
      now += 1_000; // the page's countdowns ('剩余20小时') now read a second later
      sentinel.pass();
      await settle();
    }
    expect(reports).toHaveLength(1);
    now += 5 * 60_000;
    sentinel.pass();
    await settle();
    expect(reports).toHaveLength(2);
  });

  it('still reads a table whose every column was renamed, by what its cells hold', async () => {
    const renamed = invoices.html.replace('订单号', '单据编码').replace('申请开票时间', '提交于').replace('开票状态', '进度').replace('开票时效', '时限');
    startSentinel(openPage(invoices.url, renamed), deps, controller.signal);
    await vi.waitFor(() => expect(reports[0]!.records.map((r) => r.orderId)).toContain('3289100000000000201'));
    expect(reports[0]!.outline).toBeUndefined();
  });

  it("sends the page's anonymised outline when a known page kind shows rows it cannot read", async () => {
    // The platform renamed every column and masks the order numbers: nothing names an order any more.
    const changed = invoices.html
      .replace('订单号', '单据编码').replace('申请开票时间', '提交于').replace('开票状态', '进度').replace('开票时效', '时限')
      .replace(/3289100000000000(\d{3})/g, 'No.$1');
    startSentinel(openPage(invoices.url, changed), deps, controller.signal);
    await settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.records).toEqual([]);
    expect(reports[0]!.outline).toContain('"单据编码"');
    expect(reports[0]!.outline).not.toMatch(/No\.201/);
  });

  it('sends no outline for a page it understood whose rows yield nothing (包裹中心 发货预警: paid, not shipped)', async () => {
    const html = readFileSync('test/pages/package-center-shipping-warning-nothing.html', 'utf8').replace(/<link[^>]*>/g, '');
    startSentinel(openPage('https://myseller.taobao.com/home.htm/package-center/packageMonitor', html), deps, controller.signal);
    await settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.records).toEqual([]);
    expect(reports[0]!.outline).toBeUndefined();
  });

  it('redraws the countdowns every 30 s while the tab is visible, and not while it is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      const doc = openPage(workOrders.url, workOrders.html);
      let now = NOW;
      startSentinel(doc, { ...deps, now: () => now }, controller.signal);
      await settle();
      const time = () => doc.querySelector('[data-deadline-sentinel="logistics:8023100000000000103"]')!.shadowRoot!.querySelector('.time')!.textContent;
      const before = time();
      now += 5 * 60_000;
      vi.advanceTimersByTime(29_000);
      expect(time()).toBe(before);
      vi.advanceTimersByTime(1_000);
      expect(time()).not.toBe(before);
      const shown = time();
      Object.defineProperty(doc, 'visibilityState', { value: 'hidden', configurable: true });
      now += 5 * 60_000;
      vi.advanceTimersByTime(60_000);
      expect(time()).toBe(shown);
      Object.defineProperty(doc, 'visibilityState', { value: 'visible', configurable: true });
      doc.dispatchEvent(new Event('visibilitychange'));
      expect(time()).not.toBe(shown);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      vi.useRealTimers();
    }
  });

  it('draws only the badges of rows near the screen; the others when they come near', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const near = new Set<Element>();
    let arrive: (rows: Element[]) => void = () => undefined;
    const nearScreen = (onNear: (rows: Element[]) => void): NearScreen => {
      arrive = onNear;
      return { watch: () => undefined, unwatch: () => undefined, isNear: (row) => near.has(row), stop: () => undefined };
    };
    const first = doc.querySelector('.next-table-body tbody tr')!;
    near.add(first);
    startSentinel(doc, { ...deps, nearScreen }, controller.signal);
    await vi.waitFor(() => expect(badgeKeys(doc)).toHaveLength(4)); // a host in every badged row
    expect(drawnKeys(doc)).toEqual(['invoice:8023100000000000101']);
    const hidden = [...doc.querySelectorAll<HTMLElement>('[data-deadline-sentinel]')].filter((h) => !h.shadowRoot);
    expect(hidden.every((h) => h.hidden)).toBe(true); // no box for the page to lay out
    const third = hidden.find((h) => h.getAttribute('data-deadline-sentinel') === 'logistics:8023100000000000103')!.closest('tr')!;
    near.add(third);
    arrive([third]);
    expect(drawnKeys(doc)).toEqual(['invoice:8023100000000000101', 'logistics:8023100000000000103']);
    expect(doc.querySelector<HTMLElement>('[data-deadline-sentinel="logistics:8023100000000000103"]')!.hidden).toBe(false);
  });

  it('leaves unrelated pages alone', async () => {
    const doc = openPage('https://myseller.taobao.com/home.htm/goods/list', '<html><body><table><tr><th>商品</th><th>上架时间</th></tr><tr><td>杯子</td><td>2026-11-01 10:00:00</td></tr></table></body></html>');
    startSentinel(doc, deps, controller.signal);
    await settle();
    expect(badgeKeys(doc)).toEqual([]);
  });
});
