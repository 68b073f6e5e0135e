/**
 * Issue 23, point 7: a 25 MB import on the options page runs off its main thread (the longest task it leaves on
 * the page is measured), shows its stages with a cancel, and a page closed mid-import is named on the next visit,
 * with nothing of it written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { dumpLog } from './log-reader';
import { setDigest } from './digest-setting';

const D = 86_400_000;

/** A valid log file of about `mb` MB: 问大家 questions with long texts and invoice tickets, all on seller pages. */
function bigFile(mb: number, at: number): Buffer {
  const url = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=601234567890';
  const text = '这款羽绒服南方冬天穿会不会太热，洗了会不会缩水，掉不掉毛，'.repeat(6);
  const questions = [];
  const tickets = [];
  for (let i = 0; questions.length * 700 + tickets.length * 330 < mb * 1_000_000; i++) {
    const id = String(100_000 + i);
    questions.push({ key: `qa:q${id}`, kind: 'qa', id: `q${id}`, status: 'open', question: `${text}${id}`, itemId: '601234567890', askedAt: at - D, url, firstSeenAt: at, lastSeenAt: at, dueTimes: [] });
    tickets.push({ key: `invoice:3289${id}`, kind: 'invoice', status: 'open', orderId: `3289${id}`, requestedAt: at - 3 * D, url: 'https://myseller.taobao.com/home.htm/merchant-invoice/', firstSeenAt: at, lastSeenAt: at, dueTimes: [] });
  }
  return Buffer.from(JSON.stringify({ format: 'deadline-sentinel-log', version: 1, exportedAt: at, questions, tickets, penalties: [], settings: {}, reminders: [] }));
}

describe('a 25 MB import on the options page (issue 23)', () => {
  let b: ExtensionBrowser;
  let options: Page;
  let file: Buffer;
  /** Where the files chosen from disk are written; removed after the suite. */
  let dir: string;
  /** Chosen from disk, as a seller does: a buffer would be built in the page by script, a long task of the test's own. */
  const onDisk = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, file);
    return path;
  };
  const count = async () => ((await dumpLog(b.worker)).tickets ?? []).length;
  const open = async () => {
    options = await b.context.newPage();
    // Long tasks of the options page, from its first script on.
    await options.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByText('规则参数').waitFor();
  };

  beforeAll(async () => {
    b = await launchWithExtension();
    await setDigest(b, null);
    file = bigFile(25, Date.now());
    dir = mkdtempSync(join(tmpdir(), 'sentinel-import-'));
    await open();
  });
  afterAll(async () => {
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is cancelled from its progress bar, and writes nothing', async () => {
    await options.locator('#opt-import').setInputFiles(onDisk('big.json'));
    await options.locator('.import-progress progress').waitFor();
    await options.getByRole('button', { name: '取消导入' }).click();
    await options.getByText('导入已取消,没有写入任何内容。').waitFor();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await count()).toBe(0);
  });

  it('names an import the page was closed in the middle of, on the next visit, with nothing written', async () => {
    await options.locator('#opt-import').setInputFiles(onDisk('quit-midway.json'));
    await options.getByText('正在检查并写入记录…').waitFor({ timeout: 30_000 });
    await options.close();
    await open();
    await options.getByText('上次导入“quit-midway.json”没有完成', { exact: false }).waitFor();
    expect(await count()).toBe(0);
  });

  it('keeps the options page responsive: its longest task during the whole import', async () => {
    await options.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
    const started = Date.now();
    await options.locator('#opt-import').setInputFiles(onDisk('big.json'));
    await options.getByText('导入完成:新增工单', { exact: false }).waitFor({ timeout: 180_000 });
    const took = Date.now() - started;
    const longest = await options.evaluate(() => (window as unknown as { longest: number }).longest);
    console.info(`[issue 23] ${(file.length / 1e6).toFixed(1)} MB import: ${took} ms, the options page's longest task ${Math.round(longest)} ms`);
    expect(await count()).toBeGreaterThan(20_000);
    // Against the import's own length in the same run, not a wall-clock figure: an import that held the page's
    // main thread would leave a task as long as most of it; this one leaves none longer than a twentieth.
    expect(longest).toBeLessThan(took / 20);
    // Control: the observer does see a long task on this page (a 300 ms busy loop). Any entry shows it works: only
    // tasks over 50 ms are entries, and a loaded machine has reported this loop's as short as 128 ms.
    await options.evaluate(() => {
      const end = Date.now() + 300;
      while (Date.now() < end);
    });
    await expect.poll(() => options.evaluate(() => (window as unknown as { longest: number }).longest), { timeout: 20_000 }).toBeGreaterThanOrEqual(50);
  });
});
