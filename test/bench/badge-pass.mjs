// Bench 1: the badge pass. 1,000 work-order rows inserted into a Qianniu list, in one go and as 20 batches of
// 50 while the page scrolls, in Chromium with the production build and in the same Chromium without it.
import { servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, metrics, metricsDelta, pageMainThread, startTrace } from './lib/cdp.mjs';
import { WORK_ORDER_URL, emptyWorkOrderPage, workOrderRowsHtml } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

export const ROWS = 1000;
const BATCH_EVERY_MS = 100;
/** After the last badge: the background's reply and the repaint it brings, then quiet. */
const SETTLE_MS = 3000;

/** Prepares the rows as detached nodes in the page (not measured), and a probe for the last badge. */
async function prepare(page, now, batches) {
  const per = ROWS / batches;
  const htmls = Array.from({ length: batches }, (_, k) => workOrderRowsHtml(k * per, per, now));
  await page.evaluate(
    ({ parts, rows }) => {
      const w = window;
      w.__batches = parts.map((html) => {
        const doc = new DOMParser().parseFromString(`<table><tbody>${html}</tbody></table>`, 'text/html');
        const fragment = document.createDocumentFragment();
        for (const tr of Array.from(doc.querySelectorAll('tbody > tr'))) fragment.append(document.adoptNode(tr));
        return fragment;
      });
      // The moment the last badge host arrives, seen from the page (no polling).
      w.__badged = { seen: 0, lastAt: null };
      w.__allBadged = new Promise((resolve) => {
        new MutationObserver((records, observer) => {
          const before = w.__badged.seen;
          for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'DEADLINE-SENTINEL-BADGE') w.__badged.seen += 1;
          if (w.__badged.seen > before) w.__badged.lastAt = performance.now();
          if (w.__badged.seen >= rows) {
            observer.disconnect();
            resolve(w.__badged.lastAt);
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
    },
    { parts: htmls, rows: ROWS },
  );
}

/** Inserts every batch (one at once, or one per interval while the page scrolls); resolves at the first insertion. */
function insert(page, batches) {
  return page.evaluate(
    ({ count, every }) => {
      const w = window;
      const body = document.querySelector('.next-table-body tbody');
      const start = performance.now();
      if (count === 1) {
        body.append(w.__batches[0]);
        // The end of the first frame after the insertion: the page's own style and layout of the rows.
        w.__firstFrame = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
        return start;
      }
      // The list loads more as the seller scrolls: a smooth scroll for the whole time, a batch every `every` ms.
      const until = start + count * every + 500;
      const scroll = () => {
        window.scrollBy(0, 12);
        if (performance.now() < until) requestAnimationFrame(scroll);
      };
      requestAnimationFrame(scroll);
      w.__batches.forEach((fragment, k) => setTimeout(() => body.append(fragment), k * every));
      return start;
    },
    { count: batches, every: BATCH_EVERY_MS },
  );
}

/** One insertion in one browser: renderer metrics and the trace's attribution over the same window. */
async function once(browser, { batches, extensionId }) {
  const page = await browser.context.newPage();
  await page.goto(WORK_ORDER_URL);
  const cdp = await cdpFor(page);
  await sleep(1500); // the content script's first pass over the empty list, and its report
  const now = Date.now();
  await prepare(page, now, batches);
  await sleep(300);
  const before = await metrics(cdp);
  const stop = await startTrace(cdp);
  await sleep(200);
  const insertedAt = await insert(page, batches);
  const arrival = (batches - 1) * BATCH_EVERY_MS;
  let toLastBadge = null;
  if (extensionId) {
    // Every row has a deadline; should some row get no badge, take the last one that came within 20 s.
    const at = await Promise.race([page.evaluate(() => window.__allBadged), sleep(20_000).then(() => page.evaluate(() => window.__badged.lastAt))]);
    if (at === null) throw new Error('no badge appeared within 20 s');
    toLastBadge = at - insertedAt;
    await sleep(Math.max(SETTLE_MS, arrival + SETTLE_MS - toLastBadge));
  } else {
    await sleep(arrival + SETTLE_MS + 500);
  }
  const firstFrame = batches === 1 ? (await page.evaluate(() => window.__firstFrame)) - insertedAt : null;
  const after = await metrics(cdp);
  const events = await stop();
  const badges = extensionId ? await page.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length) : 0;
  await page.close();
  const trace = attribute(events, pageMainThread(events, WORK_ORDER_URL), extensionId ?? '-');
  return { ...metricsDelta(before, after), trace, toLastBadge, firstFrame, badges };
}

/**
 * `runs` insertions in each browser, alternating (with extension first on even runs, second on odd ones),
 * after one warm-up each. Returns the figures' raw material.
 */
export async function measureBadgePass({ ext, plain, runs, batches, log }) {
  for (const b of [ext, plain]) await servePage(b.context, WORK_ORDER_URL, emptyWorkOrderPage());
  const withExt = [];
  const without = [];
  const one = async (which) => {
    if (which === 'ext') withExt.push(await once(ext, { batches, extensionId: ext.extensionId }));
    else without.push(await once(plain, { batches }));
  };
  await one('ext');
  await one('plain');
  withExt.length = 0;
  without.length = 0;
  for (let r = 0; r < runs; r++) {
    for (const which of r % 2 ? ['plain', 'ext'] : ['ext', 'plain']) await one(which);
    log(`  run ${r + 1}/${runs}: extension ${withExt.at(-1).trace.ext.toFixed(0)} ms (longest ${withExt.at(-1).trace.extLongest.toFixed(0)} ms), renderer task time ${withExt.at(-1).TaskDuration.toFixed(0)} vs ${without.at(-1).TaskDuration.toFixed(0)} ms without`);
  }
  const m = (list, f) => median(list.map(f));
  return {
    runs,
    badges: Math.min(...withExt.map((x) => x.badges)),
    extMs: m(withExt, (x) => x.trace.ext),
    extMsRuns: withExt.map((x) => x.trace.ext),
    extLongest: m(withExt, (x) => x.trace.extLongest),
    extLongestTask: m(withExt, (x) => x.trace.extLongestTask),
    extBlocks: m(withExt, (x) => x.trace.extBlocks),
    toLastBadge: m(withExt, (x) => x.toLastBadge),
    /** Without the extension: insertion to the end of the page's first frame, the floor under the time to the last badge. */
    firstFrameWithout: batches === 1 ? m(without, (x) => x.firstFrame) : null,
    taskWith: m(withExt, (x) => x.TaskDuration),
    taskWithout: m(without, (x) => x.TaskDuration),
    scriptWith: m(withExt, (x) => x.ScriptDuration),
    scriptWithout: m(without, (x) => x.ScriptDuration),
    longestWith: m(withExt, (x) => x.trace.longestTask),
    longestWithout: m(without, (x) => x.trace.longestTask),
    /** Per run, with minus without (runs paired in order). */
    taskDiff: median(withExt.map((x, i) => x.TaskDuration - without[i].TaskDuration)),
  };
}
