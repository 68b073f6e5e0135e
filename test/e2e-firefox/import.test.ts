/**
 * The options page's import in Firefox: the file goes to the import worker (entrypoints/import-worker.ts), which
 * writes every record into the log the background reads; a file that is not a log changes nothing (issue 23's
 * worker was tested in Chromium only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { dumpLog, setDigest } from './helpers';

const D = 86_400_000;
const TICKETS = 2_000;

/** A valid log file: open invoice tickets on the invoice page. */
function logFile(at: number): string {
  const tickets = Array.from({ length: TICKETS }, (_, i) => ({
    key: `invoice:3289${100_000 + i}`, kind: 'invoice', status: 'open', orderId: `3289${100_000 + i}`, requestedAt: at - 3 * D,
    url: 'https://myseller.taobao.com/home.htm/merchant-invoice/', firstSeenAt: at, lastSeenAt: at, dueTimes: [],
  }));
  return JSON.stringify({ format: 'deadline-sentinel-log', version: 1, exportedAt: at, questions: [], tickets, penalties: [], settings: {}, reminders: [] });
}

describe('the import in Firefox', () => {
  let ff: FirefoxWithExtension;
  let options: Page;
  const folder = mkdtempSync(join(tmpdir(), 'sentinel-ff-import-'));
  const onDisk = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const ticketCount = async () => ((await dumpLog(ff)).tickets ?? []).length;
  const pageSays = (text: string) => options.waitForFunction((t) => document.body.textContent?.includes(t), { timeout: 60_000 }, text);
  const choose = async (path: string) => ((await options.$('#opt-import')) as ElementHandle<HTMLInputElement>).uploadFile(path);

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    await setDigest(ff, null);
    options = await ff.openExtensionPage('options.html', 'h2');
  });
  afterAll(async () => {
    await ff?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a file that is not a log, writing nothing', async () => {
    await choose(onDisk('notes.json', JSON.stringify({ hello: 'world' })));
    await pageSays('导入失败,未做任何更改:这不是时效哨兵导出的数据文件');
    expect(await ticketCount()).toBe(0);
  });

  it('writes every record of a log file through its worker', async () => {
    await choose(onDisk('log.json', logFile(Date.now())));
    await pageSays('导入完成:新增工单');
    expect(await ticketCount()).toBe(TICKETS);
  });
});
