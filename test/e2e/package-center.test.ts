/**
 * 包裹中心 in Debian Chromium, served at its real address as the SPA serves it: the rows the platform lists as
 * stalled get badges saying so and one reminder each at the first sighting (exposure now); seen again, nothing
 * repeats and the first sighting stays; a 物流停滞 work order for one of them then brings its 24 h reply.
 * The morning digest is off, so no test depends on the wall-clock hour.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, readBadges, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fusionTable, shanghai, shell } from '../../demo/sample-pages.mjs';
import { fixtureUrl, serveApp } from './app-shell';
import { setDigest } from './digest-setting';
import { dumpLog } from './log-reader';
import { until } from '../support/until';

const H = 3_600_000;
const NAME = 'package-center-transport-update';
const URL = JSON.parse(readFileSync(`test/pages/${NAME}.expected.json`, 'utf8')).url as string;
const ORDERS = ['5118109635696051001', '5118109635696052007', '5118109635696058815'];
const WORK_ORDERS = 'https://myseller.taobao.com/home.htm/service-center/work-order/list';

// Runs in the service worker, where `chrome` exists.
declare const chrome: { notifications: { create(id: string, options: { title: string; message: string }): Promise<string> } };
type Kept = { shown?: { id: string; title: string; message: string }[] };

const shown = (w: Worker) => w.evaluate(() => (globalThis as unknown as Kept).shown ?? []);
type Ticket = { key: string; lastSeenAt: number; stalledSince?: number; expectedCompensation?: number; workOrderCreatedAt?: number };
const tickets = async (w: Worker) => ((await dumpLog(w)).tickets ?? []) as Ticket[];

describe('包裹中心 in Debian Chromium', () => {
  let b: ExtensionBrowser;
  const start = Date.now();

  beforeAll(async () => {
    b = await launchWithExtension();
    await serveApp(b.context, 'https://myseller.taobao.com', { [NAME]: readFileSync(`test/pages/${NAME}.html`, 'utf8') }, { [URL]: NAME });
    // Keep each notification's text as it is created (the OS shows the real ones).
    await b.worker.evaluate(() => {
      const create = chrome.notifications.create.bind(chrome.notifications);
      const kept = globalThis as unknown as Kept;
      kept.shown = [];
      chrome.notifications.create = (id, options) => (kept.shown!.push({ id, title: options.title, message: options.message }), create(id, options));
    });
    await setDigest(b, null); // the reminders alone: the digest's set time against the wall clock decides nothing
  });
  afterAll(async () => b?.close());

  it('badges every stalled row: listed by the platform, the buyer may already file, 预计赔付金额 where shown', async () => {
    const page = await b.context.newPage();
    await page.goto(fixtureUrl(URL, NAME));
    await page.waitForFunction(() => document.querySelectorAll('[data-deadline-sentinel]').length === 3, null, { timeout: 15_000 });
    const badges = await readBadges(page);
    expect(badges.map((g) => g.key).sort()).toEqual(ORDERS.map((o) => `logistics:${o}`));
    for (const g of badges) expect(g.text, g.key ?? '').toMatch(/超时.*买家可发起物流停滞工单.*平台已列为停滞/);
    expect(badges.find((g) => g.key === 'logistics:5118109635696058815')?.text).toContain('预计赔付金额 ¥100.00');
    expect(badges.find((g) => g.key === 'logistics:5118109635696052007')?.text).not.toContain('预计赔付金额');
    await page.close();
  });

  it('reminds once per parcel at its first sighting, and keeps no masked buyer data', async () => {
    const first = await until(() => shown(b.worker), (n) => n.length >= 3);
    expect(first.map((n) => n.id).sort()).toEqual(ORDERS.map((o) => `ds:logistics:${o}`));
    const big = first.find((n) => n.id === 'ds:logistics:5118109635696058815')!;
    expect(big.title).toMatch(/^物流停滞 · 超时/);
    expect(big.message).toContain('平台已列为停滞');
    expect(big.message).toContain('预计赔付金额 ¥100.00');
    const logged = await tickets(b.worker);
    expect(logged).toHaveLength(3);
    for (const t of logged) expect(t.stalledSince).toBeGreaterThanOrEqual(start);
    expect(JSON.stringify(await dumpLog(b.worker))).not.toMatch(/\*\*|1\*+\d|街道/);
  });

  it('seen again later, repeats nothing and keeps the first sighting', async () => {
    const before = await tickets(b.worker);
    const count = (await shown(b.worker)).length;
    const page = await b.context.newPage();
    await page.goto(fixtureUrl(URL, NAME));
    await page.waitForFunction(() => document.querySelectorAll('[data-deadline-sentinel]').length === 3, null, { timeout: 15_000 });
    const seen = Math.max(...before.map((t) => t.lastSeenAt));
    const after = await until(() => tickets(b.worker), (t) => t.every((x) => x.lastSeenAt > seen));
    expect(after.every((x) => x.lastSeenAt > seen)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000)); // a reminder run after the merge would show up in this time
    expect(after.map((t) => [t.key, t.stalledSince]).sort()).toEqual(before.map((t) => [t.key, t.stalledSince]).sort());
    expect((await shown(b.worker)).length).toBe(count);
    await page.close();
  });

  it('brings the work order\'s 24 h reply once a 物流停滞 work order for the parcel is seen', async () => {
    const created = Date.now() - 23 * H; // reply by one hour from now: its 1-hour stage is due at once
    const list = shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '创建时间', '工单状态'], [
      ['8023100000000000901', '物流停滞', '5118109635696058815', shanghai(created), '待处理'],
    ]));
    await servePage(b.context, WORK_ORDERS, list);
    const count = (await shown(b.worker)).length;
    const firstSighting = (await tickets(b.worker)).find((t) => t.key === 'logistics:5118109635696058815')!.stalledSince;
    const page = await b.context.newPage();
    await page.goto(WORK_ORDERS);
    const next = await until(() => shown(b.worker), (n) => n.length > count);
    expect(next.slice(count).map((n) => n.id)).toEqual(['ds:logistics:5118109635696058815']);
    expect(next.at(-1)!.title).toMatch(/^物流停滞 · 剩 (5\d分|1小时)/);
    expect(next.at(-1)!.message).toContain('工单须在时限内回复');
    const ticket = (await tickets(b.worker)).find((t) => t.key === 'logistics:5118109635696058815')!;
    expect(ticket.workOrderCreatedAt).toBeDefined();
    expect(ticket.stalledSince).toBe(firstSighting);
    await page.close();
  });
});
