/**
 * The page's own data (issue 21) in Debian Chromium: seller pages whose own script fetches the platform's JSON
 * from the real host names (served here by request interception), read through the main-world tap.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, readBadges, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { dataPage, INVOICE_API, SELLER, SOLD_API, SOLD_PAGE, TODO_API, UNKNOWN_INVOICE_IDS, WORKBENCH } from './page-data-pages';

const sample = (path: string) => readFileSync(`test/pages/data/${path}`, 'utf8');
const json = (body: string) => ({
  status: 200,
  contentType: 'application/json;charset=UTF-8',
  headers: { 'access-control-allow-origin': SELLER, 'access-control-allow-credentials': 'true' },
  body,
});

describe('the page’s own data, copied by the main-world tap, in Debian Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
    const soldHtml = readFileSync('test/pages/sold-orders-list-mode.html', 'utf8');
    await b.context.route(`${SELLER}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: dataPage(route.request().url(), soldHtml) }));
    await b.context.route(`${INVOICE_API}**`, (route) => {
      const answer = new URL(route.request().url()).searchParams.get('answer');
      if (answer === 'login') return route.fulfill({ ...json(sample('invoice-list/login-redirect.html')), contentType: 'text/html; charset=utf-8' });
      return route.fulfill(json(sample(answer === '1004' ? 'invoice-list/no-permission.json' : 'invoice-list/good.json')));
    });
    await b.context.route(`${TODO_API}**`, (route) => {
      const callback = new URL(route.request().url()).searchParams.get('callback');
      // The JSONP form answers 41 where the XHR form answers 40: which one was copied shows.
      if (callback) return route.fulfill({ status: 200, contentType: 'application/javascript', body: `${callback}(${sample('todo-list/good.json').replace('"count":40', '"count":41')})` });
      return route.fulfill(json(sample('todo-list/good.json')));
    });
    await b.context.route(`${SOLD_API}**`, (route) =>
      // GBK without a charset named: the tap decodes the sold list as GBK then (docs/PAGES.md).
      route.fulfill({ ...json(''), contentType: 'application/json', body: readFileSync('test/pages/data/sold-list/gbk.bin') }),
    );
  });
  afterAll(async () => b?.close());

  async function open(url: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __loaded?: boolean }).__loaded === true);
    return page;
  }

  const popupText = async (selector: string) => {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const texts = await popup
      .waitForSelector(selector, { timeout: 10_000 })
      .then(() => popup.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')))
      .catch(() => [] as string[]);
    await popup.close();
    return texts;
  };

  it('badges a 发票管理 page the DOM reader cannot read (unknown headers) from its own JSON; a page script’s forged copy changes nothing', async () => {
    const page = await open(`${SELLER}/home.htm/merchant-invoice/?answer=good`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, UNKNOWN_INVOICE_IDS.length, { timeout: 10_000 });
    const badges = await readBadges(page);
    // The forged row (shown on the page too) gets none: its copy came from a page script, not the page's request.
    expect(badges.map((g) => g.key).sort()).toEqual(UNKNOWN_INVOICE_IDS.map((id) => `invoice:${id}`));
    // The apply time is a number whose unit no dated row on this page decides: said, not guessed.
    for (const g of badges) expect(g.text).toMatch(/未能读取|缺少/);
    expect(await page.evaluate(() => (window as unknown as { __leaked?: unknown }).__leaked)).toBeNull();
    expect(await page.$('deadline-sentinel-notice')).toBeNull();
    await page.close();
  });

  it('shows that this account cannot see invoice requests, in the page and in the popup, on a 1004 answer', async () => {
    const page = await open(`${SELLER}/home.htm/merchant-invoice/?answer=1004`);
    const notice = () => page.evaluate(() => document.querySelector('deadline-sentinel-notice')?.shadowRoot?.textContent ?? '');
    await expect.poll(notice, { timeout: 10_000 }).toContain('此账号无权查看发票申请');
    expect(await notice()).toContain('主账号');
    expect(await page.$$('[data-deadline-sentinel]')).toHaveLength(0);
    const access = await popupText('.platform-access');
    expect(access.join('')).toContain('此账号无权查看发票申请');
    expect(access.join('')).toContain('主账号可以查看');
    await page.close();
  });

  it('shows a login page where the list’s JSON was expected as a failed read, never as an empty list', async () => {
    const page = await open(`${SELLER}/home.htm/merchant-invoice/?answer=login`);
    const notice = () => page.evaluate(() => document.querySelector('deadline-sentinel-notice')?.shadowRoot?.textContent ?? '');
    await expect.poll(notice, { timeout: 10_000 }).toContain('读取失败(not JSON)');
    await page.close();
  });

  it('shows the workbench home’s counts in the popup beside the log’s, with when they were read and where to look', async () => {
    const page = await open(`${WORKBENCH}`);
    await expect.poll(async () => (await popupText('.platform-count')).join('\n'), { timeout: 10_000 }).toContain('平台显示 临赔发票申请 40 · 已记录 3');
    const lines = await popupText('.platform-count');
    expect(lines.join('\n')).toMatch(/平台显示 物流异常包裹\(揽收\/运输\/派送\) 8 · 已记录 0/);
    expect(lines[0]).toContain('打开发票管理');
    expect((await popupText('.platform-when')).join('')).toMatch(/读于 \d\d-\d\d \d\d:\d\d\(\d+ 分钟前\)/);
    await page.close();
  });

  it('copies the workbench’s JSONP form too (a script element naming its callback)', async () => {
    const page = await open(`${WORKBENCH}?form=jsonp`);
    await expect.poll(async () => (await popupText('.platform-count')).join('\n'), { timeout: 10_000 }).toContain('平台显示 临赔发票申请 41');
    await page.close();
  });

  it('shows on a sold-list badge that the page’s own data (a GBK answer) disagrees with the row’s status', async () => {
    const page = await open(SOLD_PAGE);
    expect(await page.evaluate(() => (window as unknown as { __orders?: number }).__orders)).toBe(2);
    const badgeOf = async (key: string) => (await readBadges(page)).find((g) => g.key === key)?.text ?? '';
    await expect.poll(() => badgeOf('logistics:3012845512300000004'), { timeout: 10_000 }).toContain('交易成功');
    expect(await badgeOf('logistics:3012845512300000004')).toContain('卖家已发货');
    expect(await badgeOf('logistics:3012845512300000002')).not.toContain('不一致');
    await page.close();
  });
});
