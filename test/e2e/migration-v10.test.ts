/**
 * Issue 23, point 8, in the browser: a log an older version left at schema v8, with a question keyed by a text
 * holding the asker's masked name beside the same question read correctly, is folded on the worker's next start
 * (schema v10), the seller's handled mark kept. The v8 database is written with the raw IndexedDB API, as Dexie
 * lays out v8's stores (IndexedDB version = Dexie version × 10), while the worker is stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { LATEST_VERSION, SCHEMA_V8 } from '@/lib/store/schema';
import { questionKey } from '@/lib/pages/ask-all';
import { dumpLog } from './log-reader';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const url = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=601234567890';
const WRONG = '冬天盖会起球吗？ 提问人：x**9 提问时间：2026-06-28 10:11';
const RIGHT = '冬天盖会起球吗？';

describe('the v10 migration on a real v8 log (issue 23)', () => {
  let b: ExtensionBrowser;
  let ext: Page;
  beforeAll(async () => {
    b = await launchWithExtension();
    ext = await b.context.newPage();
    // An extension-origin document that opens no database of its own.
    await ext.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  });
  afterAll(async () => b?.close());

  it('folds the wrongly keyed question into the right one on the next worker start, keeping the seller’s mark', async () => {
    await dumpLog(b.worker); // the log exists (the worker made it at start)
    const cdp = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers'); // its connection closes: the database can be replaced
    const at = Date.parse('2026-06-30T04:00:00Z');
    const wrongId = questionKey('601234567890', WRONG);
    const rightId = questionKey('601234567890', RIGHT);
    const base = { kind: 'qa', itemId: '601234567890', askedAt: at - 50 * 3_600_000, url, dueTimes: [], lastSeenAt: at };
    const questions = [
      { ...base, key: `qa:${wrongId}`, id: wrongId, question: WRONG, status: 'done', closedBy: 'user', closedAt: at - 3_600_000, firstSeenAt: at - 86_400_000 },
      { ...base, key: `qa:${rightId}`, id: rightId, question: RIGHT, status: 'open', firstSeenAt: at },
    ];
    await ext.evaluate(
      ({ spec, rows }) =>
        new Promise<void>((resolve, reject) => {
          const gone = indexedDB.deleteDatabase('deadline-sentinel');
          gone.addEventListener('error', () => reject(gone.error));
          gone.addEventListener('blocked', () => reject(new Error('blocked')));
          gone.addEventListener('success', () => {
            const open = indexedDB.open('deadline-sentinel', 80);
            open.addEventListener('upgradeneeded', () => {
              for (const [name, def] of Object.entries(spec)) {
                const [primary, ...indexes] = (def as string).split(',').map((s) => s.trim());
                const store = open.result.createObjectStore(name, primary!.startsWith('++') ? { keyPath: primary!.slice(2), autoIncrement: true } : { keyPath: primary });
                for (const ix of indexes) {
                  const compound = ix.startsWith('[');
                  const bare = ix.replace(/^[&*]/, '');
                  store.createIndex(bare, compound ? bare.slice(1, -1).split('+') : bare, { multiEntry: ix.startsWith('*'), unique: ix.startsWith('&') });
                }
              }
            });
            open.addEventListener('error', () => reject(open.error));
            open.addEventListener('success', () => {
              const tx = open.result.transaction('questions', 'readwrite');
              for (const q of rows) tx.objectStore('questions').put(q);
              tx.addEventListener('complete', () => (open.result.close(), resolve()));
              tx.addEventListener('error', () => reject(tx.error));
            });
          });
        }),
      { spec: SCHEMA_V8, rows: questions },
    );
    await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined)); // starts the worker, which opens the log at v10
    // Read from the extension page (the worker handle Playwright had is the stopped one's).
    const log = () => dumpLog(ext as unknown as Worker);
    await expect.poll(async () => ((await log()).questions ?? []).length, { timeout: 15_000 }).toBe(1);
    const [folded] = (await log()).questions as { key: string; status: string; closedBy?: string; question: string; firstSeenAt: number }[];
    expect(folded).toMatchObject({ key: `qa:${rightId}`, status: 'done', closedBy: 'user', question: RIGHT, firstSeenAt: at - 86_400_000 });
    expect(await ext.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('deadline-sentinel');
      open.addEventListener('success', () => (resolve(open.result.version), open.result.close()));
    }))).toBe(LATEST_VERSION * 10); // Dexie's version times ten: every later upgrade ran too
    await cdp.detach();
  });
});
