// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSentinel, type SentinelDeps } from '@/lib/content/sentinel';
import type { PageReport } from '@/lib/messages';
import { samplePages } from '../../../demo/sample-pages.mjs';
import { installI18n } from '../../support/i18n';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');
const workOrders = samplePages(NOW).find((p) => p.name === 'work-orders')!;

/** A fresh document at the page's URL, holding the page's body. */
function openPage(url: string, html: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').documentElement.childNodes);
  return document;
}

const badgeKeys = (doc: Document) => [...doc.querySelectorAll('[data-deadline-sentinel]')].map((h) => h.getAttribute('data-deadline-sentinel')).sort();
const frame = () => new Promise((r) => setTimeout(r, 50));

describe('startSentinel', () => {
  let controller: AbortController;
  let reports: PageReport[];
  let deps: SentinelDeps;

  beforeEach(() => {
    installI18n();
    controller = new AbortController();
    reports = [];
    deps = { report: async (r) => void reports.push(r), now: () => NOW, warn: vi.fn<(error: unknown) => void>(), alive: () => true };
  });
  afterEach(() => controller.abort());

  it('badges every open row with a deadline inside that row, and reports the records', () => {
    const doc = openPage(workOrders.url, workOrders.html);
    startSentinel(doc, deps, controller.signal);
    expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'invoice:8023100000000000102', 'logistics:8023100000000000103', 'logistics:8023100000000000104']);
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
    expect(badgeKeys(doc)).toEqual([]);
    tbody.append(rows[0]!, rows[2]!);
    await frame();
    expect(badgeKeys(doc)).toEqual(['invoice:8023100000000000101', 'logistics:8023100000000000103']);
    rows[0]!.remove();
    await frame();
    expect(badgeKeys(doc)).toEqual(['logistics:8023100000000000103']);
  });

  it('waits while the slider captcha covers the page', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const captcha = doc.createElement('div');
    captcha.id = 'nc_1_wrapper';
    doc.body.append(captcha);
    startSentinel(doc, deps, controller.signal);
    expect(badgeKeys(doc)).toEqual([]);
    captcha.remove();
    await frame();
    expect(badgeKeys(doc)).toHaveLength(4);
  });

  it('removes every badge and stops watching when the extension context goes away', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    startSentinel(doc, deps, controller.signal);
    controller.abort();
    expect(badgeKeys(doc)).toEqual([]);
    doc.querySelector('.next-table-body tbody')!.append(doc.createElement('tr'));
    await frame();
    expect(badgeKeys(doc)).toEqual([]);
  });

  it('never throws into the page when the background is gone', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const warn = vi.fn<(error: unknown) => void>();
    startSentinel(doc, { ...deps, warn, report: () => Promise.reject(new Error('Extension context invalidated.')) }, controller.signal);
    await frame();
    expect(badgeKeys(doc)).toHaveLength(4);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('badges only the kinds the settings ask for', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    const settings = { ...DEFAULT_SETTINGS, badgeKinds: ['logistics' as const] };
    startSentinel(doc, { ...deps, report: async () => ({ settings, pointsInWindow: 0, forecast: null }) }, controller.signal);
    await frame();
    expect(badgeKeys(doc)).toEqual(['logistics:8023100000000000103', 'logistics:8023100000000000104']);
  });

  it('reports a page once, however often it is read, and not again when the reply arrives', async () => {
    const invoices = samplePages(NOW).find((p) => p.name === 'invoice-requests')!;
    const doc = openPage(invoices.url, invoices.html);
    let now = NOW;
    const context = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };
    const sentinel = startSentinel(doc, { ...deps, now: () => now, report: async (r) => (reports.push(r), context) }, controller.signal);
    for (let i = 0; i < 5; i++) {
      now += 1_000; // the page's countdowns ('剩余20小时') now read a second later
      sentinel.pass();
      await frame();
    }
    expect(reports).toHaveLength(1);
    now += 5 * 60_000;
    sentinel.pass();
    await frame();
    expect(reports).toHaveLength(2);
  });

  it("sends the page's anonymised outline when a known page kind shows rows it cannot read", () => {
    const invoices = samplePages(NOW).find((p) => p.name === 'invoice-requests')!;
    // The platform renamed every column: the adapter no longer recognises the table.
    const changed = invoices.html.replace('订单号', '单据编码').replace('申请开票时间', '提交于').replace('开票状态', '进度').replace('开票时效', '时限');
    startSentinel(openPage(invoices.url, changed), deps, controller.signal);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.records).toEqual([]);
    expect(reports[0]!.outline).toContain('"单据编码"');
    expect(reports[0]!.outline).not.toMatch(/3289100000000000201/);
  });

  it('keeps each countdown current across passes that skip unchanged badges', async () => {
    const doc = openPage(workOrders.url, workOrders.html);
    let now = NOW;
    const sentinel = startSentinel(doc, { ...deps, now: () => now }, controller.signal);
    const host = () => doc.querySelector('[data-deadline-sentinel="logistics:8023100000000000103"]')!;
    const time = () => host().shadowRoot!.querySelector('.time')!.textContent;
    const before = time();
    const node = host().shadowRoot!.querySelector('.time');
    now -= 10_000; // 3 h 0 min 10 s left reads as 3小时0分 still: the badge's DOM is left as it is
    sentinel.pass();
    expect(time()).toBe(before);
    expect(host().shadowRoot!.querySelector('.time')).toBe(node);
    now += 5 * 60_000;
    sentinel.pass();
    expect(time()).not.toBe(before);
  });

  it('leaves unrelated pages alone', () => {
    const doc = openPage('https://myseller.taobao.com/home.htm/goods/list', '<html><body><table><tr><th>商品</th><th>上架时间</th></tr><tr><td>杯子</td><td>2026-11-01 10:00:00</td></tr></table></body></html>');
    startSentinel(doc, deps, controller.signal);
    expect(badgeKeys(doc)).toEqual([]);
  });
});
