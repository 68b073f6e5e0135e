import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasContentScript, launchWithExtension, servePage, EXTENSION_DIR, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';

// Runs in the service worker, where `chrome` exists.
declare const chrome: {
  runtime: { getManifest(): { manifest_version: number; content_scripts: unknown } };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/** The order numbers the log holds. */
async function loggedOrders(b: ExtensionBrowser): Promise<string[]> {
  const { tickets = [] } = await dumpLog(b.worker);
  return (tickets as { orderId?: string }[]).map((t) => t.orderId ?? '');
}

async function waitForOrders(b: ExtensionBrowser, count: number): Promise<string[]> {
  for (let i = 0; i < 50 && (await loggedOrders(b)).length < count; i++) await new Promise((r) => setTimeout(r, 100));
  return loggedOrders(b);
}

describe('the production build in Debian Chromium', () => {
  let b: ExtensionBrowser;
  const invoices = samplePages(Date.now()).find((p) => p.name === 'invoice-requests')!;
  beforeAll(async () => {
    b = await launchWithExtension();
    for (const host of ['www.taobao.com', 'rate.taobao.com', 'qn.taobao.com']) await servePage(b.context, new RegExp(`^https://${host.replace(/\./g, '\\.')}/`), invoices.html);
  });
  afterAll(async () => b?.close());

  it('loads the manifest that ships', async () => {
    const built = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    const loaded = await b.worker.evaluate(() => chrome.runtime.getManifest());
    expect(loaded.manifest_version).toBe(3);
    expect(loaded.content_scripts).toEqual(built.content_scripts);
  });

  it('stays off hosts that are not the seller back office', async () => {
    const page = await b.context.newPage();
    // The same invoice page, on a buyer-facing host and on rate.taobao.com outside the seller centre.
    for (const url of ['https://www.taobao.com/home.htm/merchant-invoice/', 'https://rate.taobao.com/detail.htm']) {
      await page.goto(url);
      expect(await hasContentScript(page, b.extensionId), url).toBe(false);
    }
    expect(await loggedOrders(b)).toEqual([]);
    await page.close();
  });

  it('runs the content script on a seller host, after an SPA route change too', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://qn.taobao.com/home.htm/trade-platform/tp/sold');
    expect(await hasContentScript(page, b.extensionId)).toBe(true);
    // Same document, new route: the invoice list is read without a reload.
    await page.evaluate(() => history.pushState({}, '', '/home.htm/merchant-invoice/invoice/compensate'));
    expect((await waitForOrders(b, 4)).sort()).toEqual(['3289100000000000201', '3289100000000000202', '3289100000000000203', '3289100000000000204']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers a notification click's question from the tab: which address it shows", async () => {
    const page = await b.context.newPage();
    await page.goto('https://qn.taobao.com/home.htm/merchant-invoice/invoice/compensate');
    expect(await hasContentScript(page, b.extensionId)).toBe(true);
    // What lib/background/open-item.ts asks each tab (no tabs permission: only our content script can answer).
    const answers = await b.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: 'where-are-you' }).catch(() => null)));
    });
    expect(answers.filter((a) => a !== null)).toEqual(['https://qn.taobao.com/home.htm/merchant-invoice/invoice/compensate']);
    await page.close();
  });
});
