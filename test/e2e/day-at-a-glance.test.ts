import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, restartExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { sampleHistory, seedLog } from '../../demo/sample-history.mjs';
import { dumpLog } from './log-reader';
import { shanghaiDay } from '../../lib/reminders/digest-schedule';
import { DAY, nextSetMinute } from '../support/digest-clock';
import { until } from '../support/until';

// Runs in the service worker, where `chrome` exists.
declare const chrome: {
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
    create(id: string, options: { title: string; message: string }): Promise<string>;
  };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};
type Kept = { digestShown?: { id: string; title: string; message: string }[] };

const notifications = (w: Worker) => w.evaluate(() => chrome.notifications.getAll().then(Object.keys));
const clearNotifications = (w: Worker) => w.evaluate(async () => Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id))));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
describe("a seller's day at a glance in Debian Chromium", () => {
  let b: ExtensionBrowser;
  const page = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
  const extensionPage = async (path: string, selector: string): Promise<Page> => {
    const tab = await b.context.newPage();
    await tab.goto(`chrome-extension://${b.extensionId}/${path}`);
    await tab.waitForSelector(selector);
    return tab;
  };

  beforeAll(async () => {
    b = await launchWithExtension();
    await servePage(b.context, page.url, page.html);
  });
  afterAll(async () => b?.close());

  const welcomePages = () => b.context.pages().filter((p) => p.url() === `chrome-extension://${b.extensionId}/welcome.html`);

  it('opens the welcome page on install: what to open on both hosts, and that notifications can show', async () => {
    const [welcome] = await until(async () => welcomePages(), (pages) => pages.length > 0);
    expect(welcome).toBeDefined();
    await welcome!.getByRole('heading', { name: '先把这些页面各打开一次' }).waitFor();
    const hosts = await welcome!.$$eval('.pages a', (links) => links.map((a) => new URL(a.getAttribute('href')!).hostname));
    expect(new Set(hosts)).toEqual(new Set(['myseller.taobao.com', 'qn.taobao.com', 'rate.taobao.com']));
    await expect.poll(() => welcome!.getByRole('status').textContent()).toBe('浏览器允许时效哨兵显示通知。');
    expect(await welcome!.getByText('数据只在本机').count()).toBe(1);
  });

  it('fires the morning digest once, through the alarm, after the set time, and not again that day', async () => {
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    await tab.waitForSelector('[data-deadline-sentinel]');
    await tab.close();
    // Keep each notification's text, as the demo does (Chrome's getAll gives ids only).
    await b.worker.evaluate(() => {
      const create = chrome.notifications.create.bind(chrome.notifications);
      const kept = globalThis as unknown as Kept;
      kept.digestShown = [];
      chrome.notifications.create = (id, options) => (kept.digestShown!.push({ id, title: options.title, message: options.message }), create(id, options));
    });
    // The set time is the next minute. A day served before: the install claimed today when it came after 09:00.
    const set = await nextSetMinute();
    const today = shanghaiDay(set.at);
    await seedLog(b.worker, { settings: [{ key: 'digestMinutes', value: set.minutes }, { key: 'digest.shownDay', value: shanghaiDay(set.at - DAY) }] });
    const options = await extensionPage('options.html', 'h1');
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'log-changed' }));
    // The one alarm wakes the worker at the set time at the latest.
    const alarm = await until(() => b.worker.evaluate(() => chrome.alarms.get('next-reminder')), (a) => a !== undefined && a.scheduledTime <= set.at);
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(set.at);
    expect(await notifications(b.worker)).not.toContain(`ds-digest:${today}`);

    const shown = await until(() => notifications(b.worker), (ids) => ids.includes(`ds-digest:${today}`), 100_000);
    expect(shown).toContain(`ds-digest:${today}`);
    expect(Date.now()).toBeGreaterThanOrEqual(set.at);
    const [digest] = (await b.worker.evaluate(() => (globalThis as unknown as Kept).digestShown!)).filter((n) => n.id.startsWith('ds-digest:'));
    expect(digest!.title).toBe(`时效哨兵晨报 · ${today.slice(5)}`);
    expect(digest!.message.split('\n')).toEqual([
      '已超时 1(物流停滞 1)',
      expect.stringMatching(/^今天到期 \d/),
      expect.stringMatching(/^明天到期 \d/),
      '30天内已扣 0/6 分',
    ]);

    // More wakes that day: a restart of the worker, a page visit (a log change), the next minute.
    await clearNotifications(b.worker);
    const worker = await restartExtension(b);
    const again = await b.context.newPage();
    await again.goto(page.url);
    await again.waitForSelector('[data-deadline-sentinel]');
    await again.close();
    await sleep(3_000);
    expect((await notifications(worker)).filter((id) => id.startsWith('ds-digest:'))).toEqual([]);
    const settings = (await dumpLog(worker)).settings as { key: string; value: unknown }[];
    expect(settings.find((row) => row.key === 'digest.shownDay')?.value).toBe(today);
    await options.close();
  }, 180_000); // up to 80 s to the next set minute, then the restart

  it('shows the week strip in the popup and the point history on the options page from a seeded log', async () => {
    await seedLog(b.worker, sampleHistory(Date.now()) as unknown as Record<string, object[]>);
    const popup = await extensionPage('popup.html', '.strip');
    const cells = await popup.$$eval('.strip .day', (els) => els.map((e) => e.getAttribute('aria-label')));
    expect(cells).toHaveLength(8);
    expect(cells[0]).toBe('超时 1: 物流停滞 1');
    expect(cells[1]).toMatch(/^今天 \d\d-\d\d: /);
    // A click on a day with items shows only that day's items below.
    const busy = popup.locator('.strip .day:not(.empty)').nth(1);
    const label = (await busy.getAttribute('aria-label'))!;
    const count = label.split(': ')[1]!.split(' · ').reduce((n, part) => n + Number(part.split(' ').at(-1)), 0);
    await busy.click();
    await expect.poll(() => popup.locator('.items li').count()).toBe(count);
    await popup.getByRole('button', { name: '显示全部' }).click();
    await expect.poll(() => popup.locator('.items li').count()).toBeGreaterThan(count);
    await popup.close();

    const options = await extensionPage('options.html', 'section.history svg');
    // The invoice rule's line and, apart, the other causes' (the sample's 物流停滞 deduction).
    expect(await options.locator('section.history .points-chart path.total').count()).toBe(2);
    expect(await options.locator('section.history .points-chart path.total.other').count()).toBe(1);
    expect(await options.locator('section.history .points-chart line.cap').count()).toBe(1);
    const deductions = await options.$$eval('ol.deductions li', (els) => els.map((e) => e.textContent ?? ''));
    expect(deductions).toHaveLength(6);
    expect(deductions[0]).toContain('催开票 3289100000000');
    // The invoice cap cuts an invoice deduction only; the 物流停滞 one counts whole, under its own colour.
    expect(deductions.filter((d) => d.includes('已到上限'))).toEqual([expect.stringContaining('催开发票投诉成立')]);
    expect(await options.$$eval('ol.deductions li.other', (els) => els.map((e) => e.textContent ?? ''))).toEqual([expect.stringContaining('物流停滞工单超时')]);
    expect(await options.locator('.weeks-chart .week').count()).toBe(13);
    expect(await options.locator('.weeks-chart .missed rect').count()).toBeGreaterThan(0);
    await options.close();
  });
});
