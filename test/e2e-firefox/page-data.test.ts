/**
 * The page's own data (issue 21) in Firefox ESR (MV2 build, the tap declared with world MAIN): seller pages whose
 * own script fetches the platform's JSON from the real host names, answered by request interception.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readBadges } from '../../scripts/lib/chromium.mjs';
import { dataPage, INVOICE_API, SELLER, SOLD_API, SOLD_PAGE, TODO_API, UNKNOWN_INVOICE_IDS, WORKBENCH } from '../e2e/page-data-pages';
import { until } from '../support/until';

const sample = (path: string) => readFileSync(`test/pages/data/${path}`, 'utf8');
const json = (body: string) => ({
  contentType: 'application/json;charset=UTF-8',
  headers: { 'access-control-allow-origin': SELLER, 'access-control-allow-credentials': 'true' },
  body,
});

describe('the page’s own data, copied by the main-world tap, in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  const open: Page[] = [];
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    const soldHtml = readFileSync('test/pages/sold-orders-list-mode.html', 'utf8');
    ff.route((url) => url.startsWith(`${SELLER}/`), (url) => ({ contentType: 'text/html; charset=utf-8', body: dataPage(url, soldHtml) }));
    // GBK, no charset named (the tap decodes the sold list as GBK then).
    ff.route((url) => url.startsWith(SOLD_API), () => ({ ...json(''), contentType: 'application/json', body: readFileSync('test/pages/data/sold-list/gbk.bin') }));
    ff.route((url) => url.startsWith(INVOICE_API), (url) =>
      json(sample(new URL(url).searchParams.get('answer') === '1004' ? 'invoice-list/no-permission.json' : 'invoice-list/good.json')),
    );
    ff.route((url) => url.startsWith(TODO_API), (url) => {
      const callback = new URL(url).searchParams.get('callback');
      // The JSONP form answers 41 where the XHR form answers 40: which one was copied shows.
      if (callback) return { contentType: 'application/javascript', body: `${callback}(${sample('todo-list/good.json').replace('"count":40', '"count":41')})` };
      return json(sample('todo-list/good.json'));
    });
  });
  afterAll(async () => {
    for (const p of open) await p.close().catch(() => undefined);
    await ff?.close();
  });

  async function visit(url: string): Promise<Page> {
    const page = await ff.newPage();
    open.push(page);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __loaded?: boolean }).__loaded === true, { timeout: 15_000 });
    return page;
  }

  const popupTexts = async (selector: string) => {
    const popup = await ff.openExtensionPage('popup.html', 'main');
    open.push(popup);
    const texts = await until(() => popup.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')), (t) => t.length > 0, 5_000);
    return texts;
  };

  it('badges a 发票管理 page the DOM reader cannot read (unknown headers) from its own JSON; a page script’s forged copy changes nothing', async () => {
    const page = await visit(`${SELLER}/home.htm/merchant-invoice/?answer=good`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, { timeout: 15_000 }, UNKNOWN_INVOICE_IDS.length);
    const badges = await readBadges(page);
    expect(badges.map((g) => g.key).sort()).toEqual(UNKNOWN_INVOICE_IDS.map((id) => `invoice:${id}`));
    for (const g of badges) expect(g.text).toMatch(/未能读取|缺少/);
    expect(await page.evaluate(() => (window as unknown as { __leaked?: unknown }).__leaked)).toBeNull();
  });

  it('shows that this account cannot see invoice requests, in the page and in the popup, on a 1004 answer', async () => {
    const page = await visit(`${SELLER}/home.htm/merchant-invoice/?answer=1004`);
    const notice = () => page.evaluate(() => document.querySelector('deadline-sentinel-notice')?.shadowRoot?.textContent ?? '');
    expect(await until(notice, (t) => t.includes('无权查看'))).toContain('此账号无权查看发票申请');
    expect((await popupTexts('.platform-access')).join('')).toContain('主账号可以查看');
  });

  it('shows the workbench home’s counts in the popup beside the log’s', async () => {
    await visit(WORKBENCH);
    const lines = await until(() => popupTexts('.platform-count').catch(() => [] as string[]), (t) => t.join('').includes('40'));
    expect(lines.join('\n')).toContain('平台显示 临赔发票申请 40 · 已记录 3');
  });

  it('copies the workbench’s JSONP form too', async () => {
    await visit(`${WORKBENCH}?form=jsonp`);
    const lines = await until(() => popupTexts('.platform-count').catch(() => [] as string[]), (t) => t.join('').includes('41'));
    expect(lines.join('\n')).toContain('平台显示 临赔发票申请 41');
  });

  it('shows on a sold-list badge that the page’s own data (a GBK answer) disagrees with the row’s status', async () => {
    const page = await visit(SOLD_PAGE);
    const badgeOf = async (key: string) => (await readBadges(page)).find((g) => g.key === key)?.text ?? '';
    expect(await until(() => badgeOf('logistics:3012845512300000004'), (t) => t.includes('交易成功'))).toContain('卖家已发货');
    expect(await badgeOf('logistics:3012845512300000002')).not.toContain('不一致');
  });
});
