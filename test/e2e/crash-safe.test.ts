/**
 * Issue 12 on the production build: a worker stopped mid-report (CDP ServiceWorker.stopAllWorkers, as the
 * browser stops an idle or crashed worker) loses no row, no reminder and shows none twice; many reminders due
 * at once make one summary notification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fusionTable, shanghai, shell } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; clear(name: string): Promise<boolean> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const H = 3_600_000;
const D = 24 * H;
const HEADERS = ['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'];

/** `n` open 催开发票 work orders requested 12 days ago: past their first deadline, so each is due a reminder now. */
function overduePage(n: number, first: number, now: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const k = String(first + i).padStart(6, '0');
    return [`8023100000000${k}`, '催开发票', `3289100000000${k}`, shanghai(now - 12 * D), shanghai(now - H), '待处理', '浙江省杭州市***'];
  });
  return shell('平台工单', fusionTable(HEADERS, rows));
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000, every = 100): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await probe();
  }
  return value;
}

type State = { itemKey: string; pending?: string };

describe('a stopped worker loses nothing and repeats nothing', () => {
  let b: ExtensionBrowser;
  /** An extension page: reads the log and the notifications whether or not the worker runs, and drives CDP. */
  let ext: Page;
  let cdp: CDPSession;
  const log = () => dumpLog(ext as unknown as Worker);
  const onScreen = () => ext.evaluate(() => chrome.notifications.getAll().then(Object.keys));
  const stopWorker = () => cdp.send('ServiceWorker.stopAllWorkers');
  /** Any event starts a stopped worker; this one it ignores, so only its start-up runs. */
  const wake = () => ext.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));

  beforeAll(async () => {
    b = await launchWithExtension();
    ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
    cdp = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
  });
  afterAll(async () => b?.close());

  it('stopped at several points of a 1,000-row report: every row badged and logged, every item notified once, in one summary', async () => {
    const url = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/list';
    await servePage(b.context, url, overduePage(1000, 0, Date.now()));
    const seen = new Set<string>();
    const watch = setInterval(() => void onScreen().then((ids) => ids.forEach((id) => seen.add(id)), () => undefined), 50);
    const tab = await b.context.newPage();
    await tab.goto(url);
    // 1: while the report is sent or written.
    await stopWorker();
    // 2: once the report is written, while reminders are planned and shown.
    await until(async () => ((await log()).tickets ?? []).length, (n) => n > 0, 60_000, 20);
    await stopWorker();
    await wake();
    // 3: once reminder states are written.
    await until(async () => ((await log()).reminders ?? []).length, (n) => n > 0, 60_000, 20);
    await stopWorker();
    await wake();

    const hosts = await until(() => tab.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length), (n) => n === 1000);
    expect(hosts).toBe(1000);
    const settled = await until(log, (t) => {
      const states = (t.reminders ?? []) as State[];
      return new Set(states.map((s) => s.itemKey)).size === 1000 && states.every((s) => s.pending === undefined);
    });
    expect(settled.tickets).toHaveLength(1000);
    const states = settled.reminders as State[];
    expect(new Set(states.map((s) => s.itemKey)).size).toBe(1000);
    expect(states.filter((s) => s.pending !== undefined)).toEqual([]);
    await until(onScreen, (ids) => ids.length > 0);
    await new Promise((r) => setTimeout(r, 1_000));
    clearInterval(watch);
    // Exactly one notification ever went up: one summary for the 1,000 items, none of them on their own.
    expect([...seen].filter((id) => id.startsWith('ds-summary:'))).toHaveLength(1);
    expect([...seen].filter((id) => id.startsWith('ds:'))).toEqual([]);
    await tab.close();
  });

  it('a restarted worker re-arms the alarm from the log', async () => {
    await ext.evaluate(() => chrome.alarms.clear('next-reminder'));
    await stopWorker();
    await wake();
    const alarm = await until(() => ext.evaluate(() => chrome.alarms.get('next-reminder')), (a) => a !== undefined, 15_000);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('shows one summary for six reminders due at once, and records each item as notified', async () => {
    const url = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/six';
    const before = new Set(await onScreen());
    await servePage(b.context, url, overduePage(6, 5000, Date.now()));
    const tab = await b.context.newPage();
    await tab.goto(url);
    const fresh = await until(async () => (await onScreen()).filter((id) => !before.has(id)), (ids) => ids.length > 0, 20_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await onScreen()).filter((id) => !before.has(id))).toEqual(fresh);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/^ds-summary:/);
    const states = (await log()).reminders as State[];
    const six = Array.from({ length: 6 }, (_, i) => `invoice:3289100000000${String(5000 + i).padStart(6, '0')}`);
    expect(six.every((key) => states.some((s) => s.itemKey === key && s.pending === undefined))).toBe(true);
    await tab.close();
  });
});
