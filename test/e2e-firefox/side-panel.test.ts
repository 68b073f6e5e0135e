/**
 * Issue 25 in Firefox ESR: the sidebar (sidebar_action) shows the day view's page, and, Firefox's notifications
 * having no buttons, 稍后提醒 is offered in the popup: the snooze is kept in the log and shown on the toolbar badge.
 * The morning digest is off; the deadlines are placed relative to the test's own clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { dumpLog, setDigest } from './helpers';
import { until } from '../support/until';

const H = 3_600_000;
const STALL = 'logistics:3289100000000000103';

describe('the sidebar and the popup snooze in Firefox ESR', () => {
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    await setDigest(ff, null); // the reminders alone: the digest's set time must not fall among them
    // The stalled work order (…0103) replies by now + 3 h: far enough that a 1-hour snooze rings before it.
    const page = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
    ff.serve(page.url, page.html);
    const tab = await ff.newPage();
    await tab.goto(page.url);
    await tab.waitForSelector('[data-deadline-sentinel]', { timeout: 15_000 });
    await until(() => ff.notificationsShown(), (n) => n.length >= 4);
  });
  afterAll(async () => ff?.close());

  it('declares the sidebar with its shortcut, and its page lists the open items', async () => {
    const manifest = await ff.inBackground((bg) => bg.browser.runtime.getManifest());
    expect(manifest.sidebar_action.default_panel).toMatch(/^moz-extension:\/\/[^/]+\/sidepanel\.html$/); // Firefox gives it as a full address
    expect(manifest.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+D');
    const panel = await ff.openExtensionPage('sidepanel.html', '.items li');
    const items = await panel.$$eval('.items li a', (els) => els.map((a) => a.textContent));
    expect(items).toHaveLength(4);
    expect(items).toContain('物流停滞 3289100000000000103');
    expect(await panel.$$eval('.card', (els) => els.length)).toBe(4);
    await panel.close();
  });

  it('reminds without buttons (Firefox has none), and snoozes from the popup: kept in the log, shown on the badge', async () => {
    expect((await ff.notificationsShown()).map((n) => n.id)).toContain(`ds:${STALL}`);
    const popup = await ff.openExtensionPage('popup.html', '.items li');
    const rows = await popup.$$('.items li');
    const texts = await Promise.all(rows.map((li) => li.evaluate((e) => e.textContent ?? '')));
    const row = rows[texts.findIndex((t) => t.includes('3289100000000000103'))]!;
    const clickedAt = Date.now();
    await (await row.$('button.snooze'))!.click();
    const log = await until(() => dumpLog(ff), (t) => (t.snoozes ?? []).length === 1);
    const [snooze] = log.snoozes as { itemKey: string; until: number }[];
    expect(snooze!.itemKey).toBe(STALL);
    expect(snooze!.until - clickedAt).toBeGreaterThan(H - 60_000);
    expect(snooze!.until - clickedAt).toBeLessThanOrEqual(H + 1_000);
    expect(await until(() => row.evaluate((e) => e.textContent ?? ''), (t) => t.includes('已推迟到'))).toContain('已推迟到');
    const badge = await until(() => ff.inBackground((bg) => bg.browser.browserAction.getBadgeText({})), (t: string) => t.endsWith('z'));
    expect(badge).toMatch(/^\d*z$/);
    // The alarm wakes for the snooze (or an earlier change), never later than it rings.
    const alarm: { scheduledTime: number } | undefined = await ff.inBackground((bg) => bg.browser.alarms.get('next-reminder'));
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(snooze!.until);
    await popup.close();
  });

  it('logged no extension error and sent nothing out on the way', () => {
    expect(ff.refused).toEqual([]);
    expect(ff.leaked()).toEqual([]);
    expect(ff.consoleErrors()).toEqual([]);
  });
});
