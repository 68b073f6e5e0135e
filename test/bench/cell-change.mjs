// Bench 8: one cell of the 1,000-row list rewritten every 50 ms (a status flipping, as a live list does), in
// Chromium with the extension and, at the same time, in the same Chromium without it: the extension's
// main-thread time per change. Its work must follow what changed, not the page's size.
import { servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, metrics, metricsDelta, pageMainThread, startTrace } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { sleep } from './lib/stats.mjs';

const ROWS = 1000;
const EVERY_MS = 50;
export const CELL_CHANGE_MS = 60_000;

/** Rewrites the status cell of row k (k cycling over the list) every EVERY_MS for `ms`; resolves to the count of changes. */
const REWRITE = (ms, every) => `new Promise((done) => {
  const cells = [...document.querySelectorAll('.next-table-body tr')].map((tr) => tr.children[6]?.querySelector('.next-table-cell-wrapper') ?? tr.children[6]);
  let n = 0;
  const timer = setInterval(() => {
    const cell = cells[(n * 37) % cells.length];
    cell.textContent = cell.textContent === '待处理' ? '处理中' : '待处理';
    n += 1;
  }, ${every});
  setTimeout(() => { clearInterval(timer); done(n); }, ${ms});
})`;

async function open(browser, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await cdpFor(page);
  await page.goto(FULL_LIST_URL);
  if (extensionId) await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, ROWS, { polling: 500, timeout: 60_000 });
  await sleep(4000); // the first report's reply and its repaint
  return { page, cdp };
}

async function rewriting(tab, ms, extensionId) {
  const before = await metrics(tab.cdp);
  const stop = await startTrace(tab.cdp);
  const changes = await tab.page.evaluate(REWRITE(ms, EVERY_MS));
  await sleep(1000); // the last change's pass
  const after = await metrics(tab.cdp);
  const events = await stop();
  const trace = attribute(events, pageMainThread(events, FULL_LIST_URL), extensionId ?? '-');
  return { changes, ...metricsDelta(before, after), trace };
}

export async function measureCellChange({ ext, plain, log, ms = CELL_CHANGE_MS }) {
  const html = workOrderPage(ROWS, Date.now());
  for (const b of [ext, plain]) await servePage(b.context, FULL_LIST_URL, html);
  const withExt = await open(ext, ext.extensionId);
  const without = await open(plain);
  log(`  a cell rewritten every ${EVERY_MS} ms for ${ms / 1000} s, both browsers at once`);
  const [a, b] = await Promise.all([rewriting(withExt, ms, ext.extensionId), rewriting(without, ms)]);
  await withExt.page.close();
  await without.page.close();
  return { changes: a.changes, extPerChange: a.trace.ext / a.changes, taskWith: a.TaskDuration, taskWithout: b.TaskDuration, extLongest: a.trace.extLongest };
}
