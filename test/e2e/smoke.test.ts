import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchWithExtension, servePage, EXTENSION_DIR, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import type { PageReport } from '../../lib/messages';

const SHELL = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>千牛卖家中心</title></head><body><div id="root">千牛</div></body></html>';

async function seenPages(b: ExtensionBrowser): Promise<PageReport[]> {
  return b.worker.evaluate(async () => {
    // @ts-expect-error -- chrome exists in the extension's service worker
    const stored = await chrome.storage.session.get('seenPages');
    return stored.seenPages ?? [];
  });
}

async function waitForReport(b: ExtensionBrowser, url: string): Promise<PageReport | undefined> {
  for (let i = 0; i < 50; i++) {
    const hit = (await seenPages(b)).find((p) => p.url === url);
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

describe('the production build in Debian Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
    await servePage(b.context, /^https:\/\/(myseller|qn)\.taobao\.com\//, SHELL);
    await servePage(b.context, /^https:\/\/www\.taobao\.com\//, SHELL);
    await servePage(b.context, /^https:\/\/rate\.taobao\.com\//, SHELL);
  });
  afterAll(async () => b?.close());

  it('loads the manifest that ships', async () => {
    const built = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    const loaded = await b.worker.evaluate(() => {
      // @ts-expect-error -- chrome exists in the extension's service worker
      return chrome.runtime.getManifest();
    });
    expect(loaded.manifest_version).toBe(3);
    expect(loaded.content_scripts).toEqual(built.content_scripts);
  });

  it('runs the content script on a seller page and reports it to the background', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
    await page.goto(url);
    const report = await waitForReport(b, url);
    expect(report?.pageKind).toBe('sold-orders');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows an SPA route change without a reload', async () => {
    const page = await b.context.newPage();
    await page.goto('https://qn.taobao.com/home.htm/trade-platform/tp/sold');
    await page.evaluate(() => history.pushState({}, '', '/home.htm/merchant-invoice/invoice/compensate'));
    const report = await waitForReport(b, 'https://qn.taobao.com/home.htm/merchant-invoice/invoice/compensate');
    expect(report?.pageKind).toBe('invoice-requests');
    await page.close();
  });

  it('stays off hosts that are not the seller back office', async () => {
    const page = await b.context.newPage();
    const elsewhere = ['https://www.taobao.com/home.htm/trade-platform/tp/sold', 'https://rate.taobao.com/detail.htm'];
    for (const url of elsewhere) await page.goto(url);
    // A seller page visited last proves reports were flowing while the others were open.
    const control = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=1';
    await page.goto(control);
    expect((await waitForReport(b, control))?.pageKind).toBe('ask-all');
    const urls = (await seenPages(b)).map((p) => p.url);
    for (const url of elsewhere) expect(urls).not.toContain(url);
    await page.close();
  });
});
