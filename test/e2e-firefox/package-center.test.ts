/**
 * 包裹中心 in Firefox ESR, served at its real address as the SPA serves it: the rows the platform lists as stalled
 * get badges saying so and one reminder each at the first sighting. The morning digest is off, so no test
 * depends on the wall-clock hour.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readBadges } from '../../scripts/lib/chromium.mjs';
import { appResponse } from '../e2e/app-shell';
import { dumpLog, setDigest } from './helpers';
import { until } from '../support/until';

const NAME = 'package-center-transport-update';
const URL = JSON.parse(readFileSync(`test/pages/${NAME}.expected.json`, 'utf8')).url as string;
const ORDERS = ['5118109635696051001', '5118109635696052007', '5118109635696058815'];
const ORIGIN = 'https://myseller.taobao.com';

describe('包裹中心 in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  const start = Date.now();

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    const pages = { [NAME]: readFileSync(`test/pages/${NAME}.html`, 'utf8') };
    const entries = { [URL]: NAME };
    ff.route((url) => appResponse(url, ORIGIN, pages, entries) !== undefined, (url) => appResponse(url, ORIGIN, pages, entries));
    await setDigest(ff, null); // the reminders alone: the digest's set time against the wall clock decides nothing
  });
  afterAll(async () => ff?.close());

  it('badges every stalled row: listed by the platform, the buyer may already file, 预计赔付金额 where shown', async () => {
    const page = await ff.newPage();
    await page.goto(URL);
    await page.waitForFunction(() => document.querySelectorAll('[data-deadline-sentinel]').length === 3, { timeout: 15_000 });
    const badges = await readBadges(page);
    expect(badges.map((g) => g.key).sort()).toEqual(ORDERS.map((o) => `logistics:${o}`));
    for (const g of badges) expect(g.text, g.key ?? '').toMatch(/超时.*买家可发起物流停滞工单.*平台已列为停滞/);
    expect(badges.find((g) => g.key === 'logistics:5118109635696058815')?.text).toContain('预计赔付金额 ¥100.00');
    await page.close();
  });

  it('reminds once per parcel at its first sighting, and logs when it was first seen listed', async () => {
    const shown = await until(() => ff.notificationsShown(), (n) => n.length >= 3);
    expect(shown.map((n) => n.id).sort()).toEqual(ORDERS.map((o) => `ds:logistics:${o}`));
    expect(shown.find((n) => n.id === 'ds:logistics:5118109635696058815')?.message).toContain('预计赔付金额 ¥100.00');
    const tickets = ((await dumpLog(ff)).tickets ?? []) as { stalledSince?: number }[];
    expect(tickets).toHaveLength(3);
    for (const t of tickets) expect(t.stalledSince).toBeGreaterThanOrEqual(start);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await ff.notificationsShown()).length).toBe(3); // one each, not repeated
  });

  it('logged no extension error and sent nothing out on the way', () => {
    expect(ff.leaked()).toEqual([]);
    expect(ff.consoleErrors()).toEqual([]);
  });
});
