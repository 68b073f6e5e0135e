/**
 * Issue 23, point 5: a worker that does not answer (here: kept busy, as a stale or hung worker would be) is
 * said on the page, where the badges would be, and in the popup asking that tab; the content script keeps
 * asking and the badges come once the worker answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';

// Long enough for the popup's check below to come while the worker is still silent, on a loaded machine too.
const BUSY_MS = 12_000;

describe('a worker that does not answer (issue 23)', () => {
  let b: ExtensionBrowser;
  const workOrders = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
  beforeAll(async () => {
    b = await launchWithExtension();
    await servePage(b.context, workOrders.url, workOrders.html);
  });
  afterAll(async () => b?.close());

  it('shows a grey notice on the page and in the popup, keeps asking, and recovers once it answers', async () => {
    await b.worker.evaluate(() => 1); // started and idle
    // The worker's only thread kept busy: no message is answered until the loop ends.
    const busyFrom = Date.now();
    const busy = b.worker.evaluate((ms) => {
      const end = Date.now() + ms;
      while (Date.now() < end);
    }, BUSY_MS);
    const tab = await b.context.newPage();
    await tab.goto(workOrders.url);
    const notice = () => tab.evaluate(() => document.querySelector('deadline-sentinel-notice[data-kind="silent"]')?.shadowRoot?.textContent ?? '');
    await expect.poll(notice, { timeout: 6_000, interval: 100 }).toContain('没有回应');
    const shownAfter = Date.now() - busyFrom;
    expect(await tab.$$('[data-deadline-sentinel]')).toHaveLength(0);

    // The popup, asking the seller tab (found as the one whose content script answers), says the same.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      for (const t of await tabs.query({})) if (await tabs.sendMessage(t.id, { type: 'sentinel-status' }).catch(() => null)) return t.id;
      return null;
    });
    expect(tabId).not.toBeNull();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.silent').textContent(), { timeout: 5_000 }).toContain('重新加载');

    await busy;
    const answeringAt = Date.now();
    await tab.waitForSelector('[data-deadline-sentinel]', { timeout: 15_000 });
    const recoveredMs = Date.now() - answeringAt;
    await expect.poll(notice).toBe('');
    await popup.reload();
    await popup.waitForSelector('.items li', { timeout: 10_000 });
    expect(await popup.locator('.silent').count()).toBe(0);
    console.info(`[issue 23] notice shown ${shownAfter} ms after the worker went silent; badges ${recoveredMs} ms after it answered again`);
  });
});
