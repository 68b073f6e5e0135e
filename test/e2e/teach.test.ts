/**
 * Teaching a page in Debian Chromium with the built extension: a work-order list no shipped recipe reads gets
 * no badge; the seller teaches it through the popup's teach view; its badges appear on the open tab without a
 * reload; the same list on another route and an invoice list elsewhere read as before; the options page
 * exports the recipe, deletes it and imports it back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, readBadges, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fixtureUrl, serveApp } from './app-shell';
import { OTHER_ROUTE_URL, UNKNOWN_HTML, UNKNOWN_MAPPING, UNKNOWN_URL } from '../../demo/teach-page.mjs';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };

const INVOICE = 'invoice-pending-compensate';
const INVOICE_URL: string = JSON.parse(readFileSync(`test/pages/${INVOICE}.expected.json`, 'utf8')).url;
const TAUGHT_KEYS = ['invoice:7700100000000000001', 'logistics:7700100000000000002'];

const badgeKeys = async (page: Page) => (await readBadges(page)).map((b) => b.key ?? '').sort();
const loaded = (page: Page, name: string) => page.waitForFunction((n) => (window as unknown as { __loaded?: string }).__loaded === n, name);
/** Long enough for a first reading and its report's answer: no badge by then is no badge. */
const settle = (page: Page) => page.waitForTimeout(1500);

describe('teaching a page it does not read, in Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
    const pages = { unknown: UNKNOWN_HTML, [INVOICE]: readFileSync(`test/pages/${INVOICE}.html`, 'utf8') };
    await serveApp(b.context, 'https://myseller.taobao.com', pages, { [UNKNOWN_URL]: 'unknown', [OTHER_ROUTE_URL]: 'unknown', [INVOICE_URL]: INVOICE });
  });
  afterAll(async () => b?.close());

  /** The tab showing `href`, found as the worker finds a notification's page: by asking the content scripts. */
  const tabIdOf = (href: string) =>
    b.worker.evaluate(async (want) => {
      for (const tab of await chrome.tabs.query({})) {
        const at = await chrome.tabs.sendMessage(tab.id!, { type: 'where-are-you' }).catch(() => null);
        if (at === want) return tab.id!;
      }
      return -1;
    }, href);

  let invoiceBefore: string[] = [];

  it('reads the invoice list, and gives the unknown list no badge', async () => {
    const invoice = await b.context.newPage();
    await invoice.goto(fixtureUrl(INVOICE_URL, INVOICE));
    await loaded(invoice, INVOICE);
    await invoice.waitForSelector('[data-deadline-sentinel]');
    await settle(invoice);
    invoiceBefore = await badgeKeys(invoice);
    expect(invoiceBefore.length).toBeGreaterThan(0);
    await invoice.close();

    const page = await b.context.newPage();
    await page.goto(UNKNOWN_URL);
    await loaded(page, 'unknown');
    await settle(page);
    expect(await badgeKeys(page)).toEqual([]);
    await page.close();
  });

  it('is taught through the popup, and the open tab shows the badges without a reload', async () => {
    const page = await b.context.newPage();
    await page.goto(UNKNOWN_URL);
    await loaded(page, 'unknown');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const tabId = await tabIdOf(page.url());
    expect(tabId).toBeGreaterThan(0);

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    // Offered up front: the recipes in force read nothing of this page.
    await popup.locator('.teach-offer').getByRole('button', { name: '教它读这个页面' }).click();
    await popup.getByLabel('催开发票').check();
    for (const [field, header] of Object.entries(UNKNOWN_MAPPING)) {
      await popup.getByRole('combobox', { name: header, exact: true }).selectOption(field);
      expect(await popup.getByRole('combobox', { name: header, exact: true }).inputValue()).toBe(field);
    }
    // The preview: the records and deadlines these rows give, before anything is saved.
    await expect.poll(() => popup.locator('.teach-preview li').allTextContents()).toEqual([
      expect.stringMatching(/7700100000000000001.*截止/),
      expect.stringMatching(/7700100000000000002.*截止/),
      expect.stringContaining('7700100000000000003'),
    ]);
    await popup.getByRole('button', { name: '保存并应用到页面' }).click();
    await popup.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await popup.close();

    await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, TAUGHT_KEYS.length);
    expect(await badgeKeys(page)).toEqual(TAUGHT_KEYS);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.close();
  });

  it('leaves another route and another page kind as they were', async () => {
    const other = await b.context.newPage();
    await other.goto(OTHER_ROUTE_URL);
    await loaded(other, 'unknown');
    await settle(other);
    expect(await badgeKeys(other)).toEqual([]);
    await other.close();

    const invoice = await b.context.newPage();
    await invoice.goto(fixtureUrl(INVOICE_URL, INVOICE));
    await loaded(invoice, INVOICE);
    await invoice.waitForSelector('[data-deadline-sentinel]');
    await settle(invoice);
    expect(await badgeKeys(invoice)).toEqual(invoiceBefore);
    await invoice.close();
  });

  it('reads with the recipe once the app routes a tab to its page without a load', async () => {
    const page = await b.context.newPage();
    await page.goto(OTHER_ROUTE_URL);
    await loaded(page, 'unknown');
    await settle(page);
    expect(await badgeKeys(page)).toEqual([]);
    // The Qianniu SPA changes routes by history.pushState: the worker sees the report's new address and has the tab fetch its knowledge again.
    await page.evaluate((url) => (window as unknown as { __navigate(u: string, n: string): Promise<void> }).__navigate(url, 'unknown'), UNKNOWN_URL);
    await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, TAUGHT_KEYS.length);
    expect(await badgeKeys(page)).toEqual(TAUGHT_KEYS);
    await page.close();
  });

  it('exports the recipe, and imports it back after it was deleted', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const items = options.locator('.recipe-list li');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('/home.htm/aftersale/platform-tasks');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出页面配方' }).click()]);
    const file = (await download.path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('deadline-sentinel-recipes');
    expect(JSON.stringify(exported)).not.toContain('7700100000000000001'); // no cell text, no buyer data

    await items.first().getByRole('button', { name: '删除' }).click();
    await expect.poll(() => items.count()).toBe(0);
    // A bad file changes nothing.
    await options.locator('#recipes-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"deadline-sentinel-recipes","version":1,"recipes":[{"id":"x"}]}') });
    await options.getByRole('alert').filter({ hasText: '导入失败' }).waitFor();
    expect(await items.count()).toBe(0);

    await options.locator('#recipes-import').setInputFiles(file);
    await options.getByRole('status').filter({ hasText: '已导入 1 个页面配方' }).waitFor();
    await expect.poll(() => items.count()).toBe(1);
    await options.close();

    const page = await b.context.newPage();
    await page.goto(UNKNOWN_URL);
    await loaded(page, 'unknown');
    await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, TAUGHT_KEYS.length);
    expect(await badgeKeys(page)).toEqual(TAUGHT_KEYS);
    await page.close();
  });
});
