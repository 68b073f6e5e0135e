import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readBadges, relaunch, restartExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';
import { setDigest } from './digest-setting';
import { until } from '../support/until';

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

describe('faults: extension restart, browser restart, sleep', () => {
  let b: ExtensionBrowser;
  afterAll(async () => b?.close());

  it('after the extension is disabled and enabled, the old content script removes its badges quietly and a reload brings new ones', async () => {
    b = await launchWithExtension();
    const page = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
    await servePage(b.context, page.url, page.html);
    const tab = await b.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(page.url);
    await tab.waitForSelector('[data-deadline-sentinel]');
    await restartExtension(b);
    // The page changes: the orphaned script notices its extension is gone and cleans up.
    await tab.evaluate(() => document.querySelector('tbody')!.append(document.createElement('tr')));
    expect(await until(() => readBadges(tab), (x) => x.length === 0)).toEqual([]);
    await tab.reload();
    await tab.waitForSelector('[data-deadline-sentinel]');
    expect((await readBadges(tab)).length).toBe(4);
    expect(errors).toEqual([]);
    await b.close();
  });

  it('after the browser quits and starts again, the log is intact, the next reminder is armed and what fell due meanwhile is notified once', async () => {
    b = await launchWithExtension();
    await setDigest(b, null); // the notifications counted are the reminders' alone
    // Items due within seconds: the …0103 stall reply is due 4 h + 3 s from now, so its 4-hour reminder falls
    // while the browser is closed.
    const page = samplePages(Date.now() + 60 * 60_000 + 3_000).find((p) => p.name === 'work-orders')!;
    await servePage(b.context, page.url, page.html);
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    await until(() => b.worker.evaluate(() => chrome.notifications.getAll().then(Object.keys)), (n) => n.length >= 4);
    const before = await dumpLog(b.worker);
    expect(before.tickets).toHaveLength(5);

    b = await relaunch(b);
    await new Promise((r) => setTimeout(r, 4_000)); // "asleep": the 4-hour stage of …0103 passes
    const after = await dumpLog(b.worker);
    expect({ ...after, reminders: [] }).toEqual({ ...before, reminders: [] }); // nothing lost
    const alarm = await until(() => b.worker.evaluate(() => chrome.alarms.get('next-reminder')), (a) => a !== undefined);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() - 1_000);
    // On waking, only the stage that fell due while closed is notified: one notification, for that item.
    const shown = await until(() => b.worker.evaluate(() => chrome.notifications.getAll().then(Object.keys)), (n) => n.length > 0);
    expect(shown).toEqual(['ds:logistics:3289100000000000103']);
  });
});
