/**
 * Issue 23 in Firefox ESR: a hostile page script tries points 1–4 (page.evaluate runs in the page's own world;
 * puppeteer's clicks are real input, the seller's). The reopen from another frame is refused by the background
 * (test/unit/background.test.ts; the Chromium suite drives a content script world over CDP, which Firefox lacks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readBadges } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { dumpLog, setDigest } from './helpers';
import { until } from '../support/until';

const KEY = 'logistics:8023100000000000103';
const LOG_KEY = 'logistics:3289100000000000103';

describe('a hostile seller page in Firefox ESR (issue 23)', () => {
  let ff: FirefoxWithExtension;
  let tab: Page;
  const workOrders = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
  const count = () => tab.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length);
  const keys = async () => (await readBadges(tab as never)).map((g) => g.key).sort();
  const status = async () => ((await dumpLog(ff)).tickets as { key: string; status: string }[]).find((t) => t.key === LOG_KEY)?.status;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    await setDigest(ff, null);
    ff.serve(workOrders.url, workOrders.html);
    tab = await ff.newPage();
    await tab.goto(workOrders.url);
    await tab.waitForSelector('[data-deadline-sentinel]', { timeout: 15_000 });
  });
  afterAll(async () => ff?.close());

  it('1. cannot switch the content script off with the old restart event', async () => {
    expect(await until(count, (n) => n === 4)).toBe(4);
    const before = await keys();
    await tab.evaluate(() => {
      for (const type of ['seller:started', 'wxt:content-script-started']) document.dispatchEvent(new CustomEvent(type));
    });
    // The add-on's id is public (its manifest): the old event's very name.
    const id = await ff.inBackground((bg) => bg.browser.runtime.id);
    await tab.evaluate((i) => document.dispatchEvent(new Event(`${i}:seller:started`)), id);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await keys()).toEqual(before);
  });

  it('2. cannot press 撤销 or open a badge by script; the seller’s own click can', async () => {
    const popup = await ff.openExtensionPage('popup.html', '.items li');
    const rows = await popup.$$('.items li');
    const texts = await Promise.all(rows.map((li) => li.evaluate((e) => e.textContent ?? '')));
    await (await rows[texts.findIndex((t) => t.includes('3289100000000000103'))]!.$('button'))!.click();
    expect(await until(status, (s) => s === 'done')).toBe('done'); // written before the popup goes
    await popup.close();
    const handled = () => tab.evaluate((k) => document.querySelector(`[data-deadline-sentinel="${k}"]`)?.shadowRoot?.textContent ?? '', KEY);
    expect(await until(handled, (t) => t.includes('已标记处理'))).toContain('已标记处理');
    const opened = await tab.evaluate((k) => {
      const root = document.querySelector(`[data-deadline-sentinel="${k}"]`)!.shadowRoot!;
      root.querySelector('summary')!.click();
      root.querySelector('button')!.click();
      return root.querySelector('details')!.open;
    }, KEY);
    expect(opened).toBe(false);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await status()).toBe('done');
    await tab.click(`[data-deadline-sentinel="${KEY}"] >>> button`);
    expect(await until(status, (s) => s === 'open')).toBe('open');
  });

  it('3. finds in the badges nothing of other items', async () => {
    const seen = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-deadline-sentinel]')].map((h) => [h.getAttribute('data-deadline-sentinel')!, h.shadowRoot?.textContent ?? '', h.closest('tr')!.textContent ?? '']),
    );
    const ids = seen.map(([k]) => k!.split(':')[1]!);
    expect(seen.length).toBe(4);
    expect(seen.flatMap(([, text, row]) => ids.filter((id) => !row!.includes(id) && text!.includes(id)))).toEqual([]);
  });

  it('4. cannot keep a badge away: removed or moved hosts come back in their rows', async () => {
    await tab.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').forEach((h) => h.remove()));
    expect(await until(count, (n) => n === 4, 3_000)).toBe(4);
    await tab.evaluate(() => {
      const [a, c] = document.querySelectorAll('[data-deadline-sentinel]');
      c!.closest('tr')!.append(a!);
      document.body.append(c!);
    });
    const inOwnRows = () =>
      tab.evaluate(() => [...document.querySelectorAll('[data-deadline-sentinel]')].every((h) => h.closest('tr')?.textContent?.includes(h.getAttribute('data-deadline-sentinel')!.split(':')[1]!)));
    expect(await until(inOwnRows, (ok) => ok, 3_000)).toBe(true);
    expect(await count()).toBe(4);
  });
});
