import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, restartExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { tableCounts } from './log-reader';
import { setDigest } from './digest-setting';
import { until } from '../support/until';

const H = 3_600_000;
const STALL_ID = 'ds:logistics:3289100000000000103';

// Runs in the service worker, where `chrome` exists.
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(d: object): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const notifications = (w: Worker) => w.evaluate(() => chrome.notifications.getAll().then(Object.keys));
const clearNotifications = (w: Worker) => w.evaluate(async () => Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id))));
const alarm = (w: Worker) => w.evaluate(() => chrome.alarms.get('next-reminder'));
describe('the log and reminders in Debian Chromium', () => {
  let b: ExtensionBrowser;
  const start = Date.now();
  // The sample page's stalled work order (…0103) replies by start + 4 h + 8 s: its 4-hour reminder falls 8 s from now.
  const page = samplePages(start + H + 8_000).find((p) => p.name === 'work-orders')!;

  beforeAll(async () => {
    b = await launchWithExtension();
    await setDigest(b, null); // the reminder stages alone: the digest's set time could fall among them
    await servePage(b.context, page.url, page.html);
  });
  afterAll(async () => b?.close());

  it('logs what a page shows, notifies what is due and counts it on the toolbar', async () => {
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    const ids = await until(() => notifications(b.worker), (n) => n.length >= 4);
    // Due within 24 h (…0101), in its 24-hour stage (…0103), overdue (…0104), past its first invoice deadline
    // (…0102, whose final one is days away); …0105 is done.
    expect(ids.sort()).toEqual([
      'ds:invoice:3289100000000000101',
      'ds:invoice:3289100000000000102',
      'ds:logistics:3289100000000000103',
      'ds:logistics:3289100000000000104',
    ]);
    expect(await until(() => b.worker.evaluate(() => chrome.action.getBadgeText({})), (t) => t === '3')).toBe('3');
    const counts = await tableCounts(b.worker);
    expect(counts.tickets).toBe(5);
    await tab.close();
  });

  it('fires the next reminder from the one alarm, seconds later', async () => {
    const next = await alarm(b.worker);
    expect(next?.scheduledTime).toBeGreaterThan(Date.now() - 1_000);
    expect(next?.scheduledTime).toBeLessThanOrEqual(start + 8_000 + 1_000);
    await clearNotifications(b.worker);
    expect(await notifications(b.worker)).toEqual([]);
    const after = await until(() => notifications(b.worker), (n) => n.length > 0, 20_000);
    expect(after).toEqual([STALL_ID]);
  });

  it('re-arms the alarm from the log after the extension is disabled and enabled, with nothing lost and nothing repeated', async () => {
    const before = await tableCounts(b.worker);
    await clearNotifications(b.worker);
    const worker = await restartExtension(b);
    const rearmed = await until(() => alarm(worker), (a) => a !== undefined);
    expect(rearmed?.scheduledTime).toBeGreaterThan(Date.now());
    expect(await tableCounts(worker)).toEqual(before);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await notifications(worker)).toEqual([]); // every due stage was already sent before the restart
  });
});
