// Bench 9: a list longer than one message. A 10,000-row work-order list served whole to a fresh profile; the content script reports
// it in chunks of 1,000 (lib/content/report-queue.ts). Time from navigation to the last badge host, to the last row
// in the log, and each chunk's write time in the worker: from its receipt (the rows' lastSeenAt, the worker's clock)
// to its rows showing in the log (polled every 25 ms from an extension page; same machine clock, so comparable).
import { launchWithExtension, servePage } from '../../scripts/lib/chromium.mjs';
import { workOrderPage } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

const URL = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/big';
const POLL_MS = 25;

/** Row count of the log's tickets table, and (with `seen`) every ticket's lastSeenAt. */
const readTickets = (page, seen) =>
  page.evaluate(
    (all) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('deadline-sentinel');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('tickets')) return (db.close(), resolve({ count: 0, seen: [] }));
          const store = db.transaction('tickets').objectStore('tickets');
          const request = all ? store.getAll() : store.count();
          request.addEventListener('success', () => {
            db.close();
            resolve(all ? { count: request.result.length, seen: request.result.map((t) => t.lastSeenAt) } : { count: request.result, seen: [] });
          });
        });
      }),
    seen,
  );

export async function measureBigList({ extensionDir, rows = 10_000, log }) {
  const ext = await launchWithExtension({ extensionDir });
  try {
    return await measure(ext, rows, log);
  } finally {
    await ext.close();
  }
}

async function measure(ext, rows, log) {
  await servePage(ext.context, URL, workOrderPage(rows, Date.now()));
  const reader = await ext.context.newPage();
  await reader.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const tab = await ext.context.newPage();
  const start = Date.now();
  await tab.goto(URL);
  const appeared = []; // [rows in the log, time] at each change
  let lastBadge = null;
  let last = 0;
  while (Date.now() - start < 180_000) {
    const { count } = await readTickets(reader, false);
    if (count !== last) appeared.push([count, Date.now()]);
    last = count;
    if (lastBadge === null && (await tab.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length)) >= rows) lastBadge = Date.now();
    if (lastBadge !== null && count >= rows) break;
    await sleep(POLL_MS);
  }
  const { seen } = await readTickets(reader, true);
  // Each chunk is one report: its rows share the lastSeenAt of its receipt.
  const perReceipt = new Map();
  for (const at of seen) perReceipt.set(at, (perReceipt.get(at) ?? 0) + 1);
  const receipts = [...perReceipt.keys()].sort((a, b) => a - b);
  let logged = 0;
  const writes = receipts.map((at) => {
    logged += perReceipt.get(at);
    return (appeared.find(([n]) => n >= logged)?.[1] ?? NaN) - at;
  });
  const result = {
    rows,
    toFirstReport: receipts[0] - start,
    toLastBadge: lastBadge - start,
    toLastLogged: (appeared.at(-1)?.[1] ?? NaN) - start,
    chunks: receipts.length,
    chunkRows: receipts.map((at) => perReceipt.get(at)),
    writeMs: writes,
    writeMedian: median(writes),
  };
  log(`  ${rows} rows: first chunk received after ${result.toFirstReport} ms, last badge host after ${result.toLastBadge} ms, last row logged after ${result.toLastLogged} ms; chunk writes ${writes.join(', ')} ms`);
  return result;
}
