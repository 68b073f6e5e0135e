import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readBadges, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';

declare const chrome: { action: { getBadgeText(d: object): Promise<string> } };

describe('the popup of the loaded extension, over a log seeded by a seller page', () => {
  let b: ExtensionBrowser;
  const page = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;

  beforeAll(async () => {
    b = await launchWithExtension();
    await servePage(b.context, page.url, page.html);
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    await tab.waitForSelector('[data-deadline-sentinel]');
    await tab.close();
  });
  afterAll(async () => b?.close());

  const badgeText = () => b.worker.evaluate(() => chrome.action.getBadgeText({}));

  it('summarises what is due and lists each item, nearest first, linking to its page', async () => {
    await expect.poll(badgeText).toBe('3');
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.waitForSelector('.items li');
    const cards = await popup.$$eval('.card', (els) => els.map((e) => [e.querySelector('strong')?.textContent, e.querySelector('span')?.textContent]));
    expect(cards).toEqual([
      ['1', '已超时'],
      ['2', '24小时内到期'],
      ['2', '有扣分风险'],
      ['0', '问大家待回答'],
    ]);
    const items = await popup.$$eval('.items li a', (els) => els.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(items.map(([text]) => text)).toEqual([
      '物流停滞 3289100000000000104',
      '物流停滞 3289100000000000103',
      '催开票 3289100000000000101',
      '催开票 3289100000000000102',
    ]);
    for (const [, href] of items) expect(href).toBe(page.url);
    await popup.close();
  });

  const key = 'logistics:8023100000000000103';
  /** The item of `key` marked handled in the popup, with its seller tab open: its badge then says so. */
  async function markedHandled() {
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    const badgeOf = async () => (await readBadges(tab)).find((g) => g.key === key)?.text ?? '';
    await expect.poll(badgeOf).toMatch(/剩|超时/);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('.items li', { hasText: '3289100000000000103' }).getByRole('button', { name: '已处理' }).click(); // beside 稍后提醒 (issue 25)
    await expect.poll(badgeOf, { timeout: 10_000 }).toContain('已标记处理');
    return { tab, popup, badgeOf };
  }

  it('shows an item marked handled as handled on the open tab at once, and 撤销 brings its countdown back', async () => {
    const { tab, popup, badgeOf } = await markedHandled();
    expect(await badgeOf()).not.toMatch(/剩 |超时 /);
    await popup.locator('details.handled summary').click();
    await popup.locator('details.handled li', { hasText: '3289100000000000103' }).getByRole('button', { name: '撤销' }).click();
    await expect.poll(badgeOf, { timeout: 10_000 }).not.toContain('已标记处理');
    expect(await badgeOf()).toMatch(/剩|超时/);
    await popup.close();
    await tab.close();
  });

  it('reopens an item marked handled from its own badge: 撤销 on the page brings the countdown back and the popup lists it open', async () => {
    const { tab, popup, badgeOf } = await markedHandled();
    await popup.close();
    // The badge's own button, inside its shadow root; the row's page handlers see no click.
    await tab.locator(`[data-deadline-sentinel="${key}"]`).getByRole('button', { name: '撤销' }).click();
    await expect.poll(badgeOf, { timeout: 10_000 }).not.toContain('已标记处理');
    expect(await badgeOf()).toMatch(/剩|超时/);
    const again = await b.context.newPage();
    await again.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect.poll(() => again.locator('.items li', { hasText: '3289100000000000103' }).count()).toBe(1);
    await again.close();
    await tab.close();
  });

  it('marks an item done: the list and the toolbar count follow', async () => {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.waitForSelector('.items li');
    await popup.locator('.items li', { hasText: '3289100000000000104' }).getByRole('button', { name: '已处理' }).click(); // beside 稍后提醒 (issue 25)
    await expect.poll(() => popup.$$eval('.items li a', (els) => els.length)).toBe(3);
    await expect.poll(badgeText).toBe('2');
    await popup.close();
  });

  it('says which page kind looks broken when its markup changed', async () => {
    const invoices = samplePages(Date.now()).find((p) => p.name === 'invoice-requests')!;
    const url = invoices.url.replace(/#.*$/, '');
    await servePage(b.context, url, invoices.html);
    const tab = await b.context.newPage();
    await tab.goto(invoices.url);
    await tab.waitForSelector('[data-deadline-sentinel]');
    // The next release of the page renames its columns and masks the order numbers: nothing names an order any more.
    // (Renamed columns alone are still read, by what their cells hold.)
    const changed = invoices.html
      .replace('订单号', '单据编码').replace('申请开票时间', '提交于').replace('开票状态', '进度').replace('开票时效', '时限')
      .replace(/(\d{4})\d{11,}(\d{3})/g, '$1****$2');
    await b.context.unroute(url);
    await servePage(b.context, url, changed);
    await tab.reload();
    const popup = await b.context.newPage();
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
        return popup.locator('.broken').textContent({ timeout: 2_000 }).catch(() => '');
      })
      .toContain('发票申请 页面有内容但未能读取');
    await tab.close();
    await popup.close();
  });
});
