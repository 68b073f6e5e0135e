import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { dumpLog as readTables, type Tables } from './log-reader';
import { DIGEST_DAY_KEY } from '../../lib/store/digest-state';
import { shanghaiDay } from '../../lib/reminders/digest-schedule';

/** A user-entered penalty, as the popup records one, so the ledger is part of the round trip. */
const addPenaltyRaw = (w: Worker, at: number) =>
  w.evaluate(
    (when) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('deadline-sentinel');
        open.addEventListener('success', () => {
          const tx = open.result.transaction('penalties', 'readwrite');
          tx.objectStore('penalties').add({ at: when, points: 1, rule: 'invoice', source: 'user', note: 'e2e' });
          tx.addEventListener('complete', () => (open.result.close(), resolve()));
          tx.addEventListener('error', () => reject(tx.error));
        });
      }),
    at,
  );

/** The tables once the background has stopped writing (reminders run after each log change). */
async function settled(w: Worker): Promise<Tables> {
  let last = JSON.stringify(await readTables(w));
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = JSON.stringify(await readTables(w));
    if (now === last) return JSON.parse(now) as Tables;
    last = now;
  }
  throw new Error('the log kept changing');
}

/**
 * The tables the file carries: page health (pages) describes this browser's last reading and is rebuilt by the next
 * visit; the platform's counts (platform) are rebuilt by the next workbench visit.
 */
const logTables = ({ pages: _pages, platform: _platform, ...log }: Tables): Tables => log;

/**
 * The settings rows apart from the morning digest's claim on its day, which the worker writes on its first run after
 * the digest time (09:00 by default), whatever this test does: whether it is there depends on the hour the suite runs.
 */
function ruleSettings(tables: Tables): unknown[] {
  const rows = tables.settings as { key: string; value: unknown }[];
  const claimable = [shanghaiDay(Date.now()), shanghaiDay(Date.now() - 86_400_000)]; // the suite may cross Shanghai midnight
  const claims = rows.filter((row) => row.key === DIGEST_DAY_KEY).map((row) => row.value);
  expect(claims.filter((day) => !claimable.includes(day as string))).toEqual([]);
  return rows.filter((row) => row.key !== DIGEST_DAY_KEY);
}

const rowCounts = (tables: Tables) => Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));

describe('the options page of the loaded extension', () => {
  let b: ExtensionBrowser;
  let options: Page;
  const pages = samplePages(Date.now());

  beforeAll(async () => {
    b = await launchWithExtension();
    for (const p of pages) await servePage(b.context, p.url.replace(/#.*$/, ''), p.html);
    for (const p of pages) {
      const tab = await b.context.newPage();
      await tab.goto(p.url);
      await tab.waitForSelector('[data-deadline-sentinel]');
      await tab.close();
    }
    await addPenaltyRaw(b.worker, Date.now() - 3_600_000);
    options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('heading', { name: '规则参数' }).waitFor();
  });
  afterAll(async () => b?.close());

  it('changes a setting, saves it, and it persists across a reload', async () => {
    expect(await options.title()).toBe('时效哨兵 · 设置');
    await options.getByLabel('开票时效:申请日后第几天结束').fill('11');
    await options.getByRole('button', { name: '保存设置' }).click();
    await options.getByText('设置已保存,提醒已按新设置重新安排。').waitFor();
    expect(ruleSettings(await readTables(b.worker))).toEqual([{ key: 'invoiceFirstDays', value: 11 }]);
    await options.reload();
    await expect.poll(() => options.getByLabel('开票时效:申请日后第几天结束').inputValue()).toBe('11');
  });

  it('exports the log, clears it behind a confirmation, and imports every record back exactly', async () => {
    const before = logTables(await settled(b.worker));
    expect(before.tickets!.length).toBeGreaterThanOrEqual(9);
    for (const name of ['questions', 'penalties', 'reminders']) expect(before[name]!.length, name).toBeGreaterThan(0);
    expect(ruleSettings(before)).toEqual([{ key: 'invoiceFirstDays', value: 11 }]);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出全部数据(JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^deadline-sentinel-log-\d{8}-\d{4}\.json$/);
    const file = (await download.path())!;
    const exported = JSON.parse(await readFile(file, 'utf8')) as Tables & { format: string };
    expect(exported.format).toBe('deadline-sentinel-log');
    expect(exported.tickets).toEqual(before.tickets);

    await options.getByRole('button', { name: '清空全部数据…' }).click();
    expect(rowCounts(logTables(await readTables(b.worker)))).toEqual(rowCounts(before)); // the first click only asks
    await options.getByRole('button', { name: '确认清空' }).click();
    await options.getByText('已清空全部数据。').waitFor();
    const afterClear = await settled(b.worker);
    const cleared = rowCounts({ ...afterClear, settings: ruleSettings(afterClear) });
    expect(Object.keys(cleared).sort()).toEqual(['answers', 'journal', 'pages', 'penalties', 'platform', 'questions', 'reminders', 'settings', 'snoozes', 'tickets']);
    expect(Object.values(cleared).every((n) => n === 0), JSON.stringify(cleared)).toBe(true);
    await expect.poll(() => options.getByLabel('开票时效:申请日后第几天结束').inputValue()).toBe('10'); // the settings went too

    await options.locator('#opt-import').setInputFiles(file);
    await options.getByText(`导入完成:新增工单 ${before.tickets!.length}、`, { exact: false }).waitFor();
    const imported = logTables(await settled(b.worker));
    expect({ ...imported, settings: ruleSettings(imported) }).toEqual({ ...before, settings: ruleSettings(before) });
    await expect.poll(() => options.getByLabel('开票时效:申请日后第几天结束').inputValue()).toBe('11');
  });

  it('refuses a file that is not a log, changing nothing', async () => {
    const withoutDigest = (t: Tables) => ({ ...t, settings: ruleSettings(t) });
    const before = withoutDigest(await settled(b.worker));
    await options.locator('#opt-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await options.getByRole('alert').getByText('导入失败,未做任何更改:这不是时效哨兵导出的数据文件').waitFor();
    expect(withoutDigest(await settled(b.worker))).toEqual(before);
  });
});
