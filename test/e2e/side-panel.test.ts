/**
 * Issue 25's day view beside the page, in Chromium. Browsers open a side panel only on a user gesture, so the
 * panel's page is loaded as a tab: it lists the log's items, and a click scrolls the seller tab to the item's
 * row (or opens its page when no tab shows it). The panel is enabled in the seller tab only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fusionTable, shanghai, shell } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';
import { setDigest } from './digest-setting';
import { until } from '../support/until';

declare const chrome: {
  sidePanel: { getOptions(o: { tabId?: number }): Promise<{ enabled?: boolean; path?: string }> };
};

const H = 3_600_000;
const D = 24 * H;
const URL_ = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/panel';
const order = (i: number) => `3289100000000${String(7000 + i).padStart(6, '0')}`;

/** 60 open 催开发票 work orders, requested 2 to 61 days ago: a page long enough that the last rows are off screen. */
function longPage(now: number): string {
  const rows = Array.from({ length: 60 }, (_, i) => [`8023100000000${String(7000 + i).padStart(6, '0')}`, '催开发票', order(i), shanghai(now - (2 + i) * D), shanghai(now - H), '待处理', '浙江省杭州市***']);
  return shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'], rows));
}

describe('the side panel page', () => {
  let b: ExtensionBrowser;
  let seller: Page;
  let panel: Page;
  const log = () => dumpLog(b.worker as Worker);
  /** Whether the row of `orderId` shows in the seller tab's viewport. */
  const inView = (orderId: string) =>
    seller.evaluate((id) => {
      const rows = [...document.querySelectorAll('tr')].filter((tr) => tr.textContent?.includes(id));
      return rows.some((row) => (({ top, bottom }) => bottom > 0 && top < innerHeight)(row.getBoundingClientRect()));
    }, orderId);

  beforeAll(async () => {
    b = await launchWithExtension({ viewport: { width: 1280, height: 600 } });
    await setDigest(b, null); // the panel is what is looked at; no digest notification in the way
    await servePage(b.context, URL_, longPage(Date.now()));
    seller = await b.context.newPage();
    await seller.goto(URL_);
    await until(log, (t) => (t.tickets ?? []).length === 60, 20_000);
    panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  });
  afterAll(async () => b?.close());

  it('is enabled in the seller tab that reported, and nowhere else', async () => {
    const [ticket] = (await log()).tickets as { tabId?: number }[];
    const tabId = ticket!.tabId!;
    const options = await until(() => panel.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId), (o) => o.enabled === true, 20_000);
    expect(options).toMatchObject({ enabled: true, path: 'sidepanel.html' });
    expect(await panel.evaluate(() => chrome.sidePanel.getOptions({}))).toMatchObject({ enabled: false });
  });

  it('lists the items, with the summary and the week strip', async () => {
    await panel.locator('.items li').first().waitFor();
    expect(await panel.locator('.items li').count()).toBe(60);
    await expect(panel.locator('.cards').count()).resolves.toBe(1);
    expect(await panel.locator('.items li', { hasText: order(59) }).count()).toBe(1);
  });

  it('scrolls the seller tab to the row of the item clicked', async () => {
    await seller.evaluate(() => scrollTo(0, 0));
    expect(await inView(order(2))).toBe(true);
    const last = await panel.evaluate(() => document.querySelectorAll('.items li').length);
    expect(last).toBe(60);
    // The list is nearest deadline first: the item requested longest ago (row 59 on the page) is first.
    const far = order(59);
    expect(await inView(far)).toBe(false);
    const tabs = b.context.pages().length;
    await panel.locator('.items li', { hasText: far }).locator('a').click();
    expect(await until(() => inView(far), (v) => v, 10_000)).toBe(true);
    expect(b.context.pages()).toHaveLength(tabs); // no tab opened: the seller tab was used
  });

  it('opens the item’s page when no tab shows it', async () => {
    await seller.close();
    const opened = b.context.waitForEvent('page');
    await panel.locator('.items li', { hasText: order(5) }).locator('a').click();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    // A tab the extension opens navigates before the test's route serves it (no network here: an error page);
    // loaded again, the route serves the URL it was opened at.
    if (page.url() !== URL_) await page.reload();
    expect(page.url()).toBe(URL_);
    expect(await page.locator('tr', { hasText: order(5) }).count()).toBe(1);
  });
});
