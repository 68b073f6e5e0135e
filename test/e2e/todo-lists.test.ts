import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route, Worker } from 'playwright-core';
import { launchWithExtension, readBadges, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { seedLog } from '../../demo/sample-history.mjs';
import { dumpLog } from './log-reader';
import { PENDING_URL, pendingVisits, type Visit } from '../support/pending-list';

const H = 3_600_000;

// Runs in the service worker and extension pages, where `chrome` exists.
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

type Ticket = { key: string; status: string; closedBy?: string; closedWhy?: { list: string; rows: number }; lastSeenAt: number };
const tickets = async (w: Worker) => ((await dumpLog(w)).tickets ?? []) as Ticket[];
const notifications = (w: Worker) => w.evaluate(() => chrome.notifications.getAll().then(Object.keys));
const clearNotifications = (w: Worker) => w.evaluate(async () => Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id))));

describe('an item that leaves the 待回传 list, in Debian Chromium', () => {
  let b: ExtensionBrowser;
  const start = Date.now();
  // A and B share a page countdown whose 1-hour reminder falls a minute after the first visit.
  const visits = pendingVisits(start, start + H + 60_000);
  const [A, B] = [`invoice:${visits.a}`, `invoice:${visits.b}`];
  let showing: Visit = 'whole';

  /** Opens the list as `visit` shows it, and waits until the log took the reading (every row shown logged since). */
  async function visit(v: Visit, rows: string[]): Promise<void> {
    showing = v;
    const at = Date.now();
    const tab = await b.context.newPage();
    await tab.goto(PENDING_URL);
    await expect.poll(async () => (await readBadges(tab)).length, { timeout: 15_000 }).toBe(rows.length);
    await expect.poll(async () => (await tickets(b.worker)).filter((t) => rows.includes(t.key) && t.lastSeenAt >= at).length, { timeout: 15_000 }).toBe(rows.length);
    await expect.poll(async () => ((await dumpLog(b.worker)).journal ?? []).length).toBe(0);
    await tab.close();
  }

  beforeAll(async () => {
    b = await launchWithExtension();
    await b.context.route(`${new URL(PENDING_URL).origin}/**`, (route: Route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: visits.html(showing, Date.now()) }),
    );
    // The morning digest off: its alarm and notification are no part of this test. The worker makes the log first.
    for (let i = 0; i < 75 && !Object.keys(await dumpLog(b.worker)).includes('settings'); i++) await new Promise((r) => setTimeout(r, 200));
    await seedLog(b.worker, { settings: [{ key: 'digestMinutes', value: null }] });
  });
  afterAll(async () => b?.close());

  const rowsOf = (...orders: string[]) => orders.map((o) => `invoice:${o}`);
  const six = () => visits.html('whole', Date.now()).match(/27018323060200041\d\d/g)!;

  it('logs the whole list open, and reminds of A and B, due within 4 hours', async () => {
    await visit('whole', rowsOf(...six()));
    expect((await tickets(b.worker)).map((t) => t.status)).toEqual(Array(6).fill('open'));
    await expect.poll(() => notifications(b.worker), { timeout: 15_000 }).toEqual(expect.arrayContaining([`ds:${A}`, `ds:${B}`]));
    await clearNotifications(b.worker);
  });

  it('closes nothing from a filtered, searched, partial or problem-bearing reading without A', async () => {
    const left = six().filter((o) => o !== visits.a);
    await visit('filtered', rowsOf(visits.b));
    await visit('searched', rowsOf(visits.b));
    await visit('partial', rowsOf(...left));
    await visit('problem', rowsOf(...left));
    expect((await tickets(b.worker)).filter((t) => t.status !== 'open')).toEqual([]);
  });

  it('closes A once the list read whole no longer shows it: the popup lists it as left, not open', async () => {
    await visit('uploaded', rowsOf(...six().filter((o) => o !== visits.a)));
    const closed = (await tickets(b.worker)).find((t) => t.key === A)!;
    expect(closed).toMatchObject({ status: 'done', closedBy: 'list', closedWhy: { list: '待回传列表', rows: 5 } });
    expect((await tickets(b.worker)).filter((t) => t.status === 'open')).toHaveLength(5);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.waitForSelector('.items li a');
    expect(await popup.locator('.items li a', { hasText: visits.a }).count()).toBe(0);
    expect(await popup.locator('.items li a', { hasText: visits.b }).count()).toBe(1);
    const left = popup.locator('.left-lists li', { hasText: visits.a });
    expect(await left.textContent()).toMatch(/已不在待回传列表 · \d\d-\d\d \d\d:\d\d 完整读取 5 条/);
    await popup.close();
  });

  it('sends no reminder for A after that, while B, still on the list, gets its 1-hour one', async () => {
    // The log says which stage went out for each deadline: B's page countdown reaches its 1-hour stage a minute in.
    const stages = async () => ((await dumpLog(b.worker)).reminders ?? []) as { itemKey: string; sentLeadMinutes: number }[];
    await expect.poll(async () => (await stages()).some((s) => s.itemKey === B && s.sentLeadMinutes === 60), { timeout: 90_000, interval: 500 }).toBe(true);
    // A minute in, give or take the countdown's whole seconds as the page shows them.
    expect(Date.now()).toBeGreaterThanOrEqual(start + 58_000);
    await expect.poll(() => notifications(b.worker)).toContain(`ds:${B}`);
    expect((await stages()).filter((s) => s.itemKey === A)).toEqual([]);
    expect(await notifications(b.worker)).not.toContain(`ds:${A}`);
  });
});
