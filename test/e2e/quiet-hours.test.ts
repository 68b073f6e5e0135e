/**
 * Issue 25 in Chromium: no notification inside quiet hours, and one summary at their end; the early alert, in the
 * last minute before they start, for a deadline inside them; a snooze kept in the log rings, before the deadline, after a worker stop.
 * Every quiet window and deadline is placed relative to the test's own clock; the morning digest is off.
 * Each test has a browser of its own, so the tests, which mostly wait for a minute to turn, run side by side.
 */
import { describe, it } from 'vitest';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fusionTable, shanghai, shell } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';
import { setDigest } from './digest-setting';
import { minutesAhead, quietAround, setSettings } from './settings-rows';
import { until } from '../support/until';

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const MIN = 60_000;
const H = 60 * MIN;
const URL_ = 'https://myseller.taobao.com/home.htm/service-center/work-order/list';
const ORDER = '3289100000000000901';
const ID = `ds:logistics:${ORDER}`;
/** Time a test leaves itself to set up before the quiet-hours edge or snooze it then waits for. */
const SETUP = 25_000;

/** One open 物流停滞 work order that must be answered by `replyBy` (created 24 h before it). */
const stallPage = (replyBy: number) =>
  shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'], [
    ['8023100000000000901', '物流停滞', ORDER, '-', shanghai(replyBy - 24 * H), '待处理', '广东省深圳市***'],
  ]));

/** A browser with the digest off (reminders alone: its set time must not fall among them) and an extension page. */
async function start(onTestFinished: (fn: () => Promise<void>) => void) {
  const b: ExtensionBrowser = await launchWithExtension();
  onTestFinished(() => b.close());
  await setDigest(b, null);
  /** An extension page: reads notifications and the log whether or not the worker runs. */
  const ext: Page = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const onScreen = () => ext.evaluate(() => chrome.notifications.getAll().then(Object.keys));
  const log = () => dumpLog(ext as unknown as Worker);
  const nextReminder = () => ext.evaluate(() => chrome.alarms.get('next-reminder'));
  const visit = async (replyBy: number): Promise<void> => {
    await servePage(b.context, URL_, stallPage(replyBy));
    const tab = await b.context.newPage();
    await tab.goto(URL_);
    await until(log, (t) => (t.tickets ?? []).length === 1);
  };
  return { b, ext, onScreen, log, nextReminder, visit };
}

describe.concurrent('quiet hours and snooze in Debian Chromium', () => {
  it('sends nothing inside quiet hours, and arms the alarm for their end', async ({ expect, onTestFinished }) => {
    const { b, onScreen, log, nextReminder, visit } = await start(onTestFinished);
    const quiet = quietAround(Date.now(), -1, 10);
    await setSettings(b, [{ key: 'quietHours', value: quiet.value }]);
    await visit(Date.now() - H); // overdue: due a reminder at once, were it not for quiet hours
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await onScreen()).toEqual([]);
    expect((await log()).reminders ?? []).toEqual([]); // nothing recorded as sent: it goes out at their end
    const alarm = await until(nextReminder, (a) => a?.scheduledTime === quiet.endAt);
    expect(alarm?.scheduledTime).toBe(quiet.endAt);
  });

  it('at the end of quiet hours, one summary instead of a burst', async ({ expect, onTestFinished }) => {
    const { b, onScreen, log } = await start(onTestFinished);
    const now = Date.now();
    const quiet = quietAround(now, -1, minutesAhead(now, SETUP)); // ends at the first whole minute SETUP or more away
    await setSettings(b, [{ key: 'quietHours', value: quiet.value }]);
    const rows = ['902', '903', '904'].map((k) => [`8023100000000000${k}`, '催开发票', `3289100000000000${k}`, shanghai(Date.now() - 12 * 24 * H), shanghai(Date.now() - H), '待处理', '浙江省杭州市***']);
    await servePage(b.context, URL_, shell('平台工单', fusionTable(['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'], rows)));
    const tab = await b.context.newPage();
    await tab.goto(URL_);
    await until(log, (t) => (t.tickets ?? []).length === 3);
    expect(await onScreen()).toEqual([]); // three reminders due, held by quiet hours
    const ids = await until(onScreen, (x) => x.length > 0, 150_000);
    expect(Date.now()).toBeGreaterThanOrEqual(quiet.endAt);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await onScreen()).toEqual(ids);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^ds-summary:/);
  }, 240_000);

  it('rings once, in the last minute before quiet hours, for a deadline inside them', async ({ expect, onTestFinished }) => {
    const { b, onScreen, log, nextReminder, visit } = await start(onTestFinished);
    // Quiet for five hours from the minute after the first whole minute SETUP or more away, which is when the early
    // alert goes out; the deadline 20 minutes on, its 5-minute stage inside them.
    const now = Date.now();
    const quiet = quietAround(now, minutesAhead(now, SETUP) + 1, 300);
    await setSettings(b, [{ key: 'quietHours', value: quiet.value }, { key: 'reminderLeadMinutes', value: [5, 0] }]);
    const deadline = Date.now() + 20 * MIN;
    await visit(deadline);
    expect(await onScreen()).toEqual([]); // not yet: the early alert waits for the minute before they start
    const alarm = await until(nextReminder, (a) => a?.scheduledTime === quiet.startAt - MIN);
    expect(alarm?.scheduledTime).toBe(quiet.startAt - MIN);
    expect(await until(onScreen, (ids) => ids.length > 0, 150_000)).toEqual([ID]);
    expect(Date.now()).toBeLessThan(quiet.startAt);
    const states = (await log()).reminders as { sentLeadMinutes: number; deadlineAt: number }[];
    expect(states.map((s) => [s.sentLeadMinutes, s.deadlineAt])).toEqual([[0, Math.floor(deadline / 1000) * 1000]]); // the deadline itself never moved
  }, 240_000);

  it('a snooze from the popup survives a worker stop and rings before the deadline', async ({ expect, onTestFinished }) => {
    const { b, ext, onScreen, log, visit } = await start(onTestFinished);
    // Lead time 0 only: nothing rings before the deadline, a minute and SETUP on, but the snooze (1 h, capped a
    // minute before it, so SETUP from now).
    await setSettings(b, [{ key: 'reminderLeadMinutes', value: [0] }]);
    const deadline = Math.floor((Date.now() + MIN + SETUP) / 1000) * 1000;
    await visit(deadline);
    await ext.reload();
    const row = ext.locator('.items li', { hasText: ORDER });
    await row.getByRole('button', { name: '稍后提醒' }).click();
    await row.getByText(/已推迟到/).waitFor();
    const [snooze] = (await until(log, (t) => (t.snoozes ?? []).length === 1)).snoozes as { itemKey: string; until: number }[];
    expect(snooze).toMatchObject({ itemKey: `logistics:${ORDER}`, until: deadline - MIN });
    const badge = await until(() => ext.evaluate(() => chrome.action.getBadgeText({})), (t) => t.endsWith('z'));
    expect(badge.endsWith('z')).toBe(true);
    const cdp: CDPSession = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await onScreen()).toEqual([]);
    // The alarm starts the stopped worker, which finds the snooze in the log.
    expect(await until(onScreen, (ids) => ids.length > 0, 150_000)).toEqual([ID]);
    expect(Date.now()).toBeLessThan(deadline);
    expect((await until(log, (t) => (t.snoozes ?? []).length === 0)).snoozes).toEqual([]);
  }, 240_000);
});
