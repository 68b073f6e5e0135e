// Bench 12: a seller list of 20, 100 and 1,000 rows loaded with the extension and without it, side by side:
// the extension's main-thread time (trace), the renderer's task and layout time with / without, and when the
// badges on screen were drawn, from the page's own first frame (its first contentful paint: the rows are in
// the page). Warm: a load after a first one (the worker running, the rows in its log). Cold: the first load
// after the browser started. `builds` may hold a second build (the base) measured in the same run.
import { launchPlain, launchWithExtension, servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, metrics, pageMainThread, startTrace } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

export const SIZES = [20, 100, 1000];
const QUIET_MS = 4000;
const urlFor = (rows) => `${FULL_LIST_URL}?rows=${rows}`;

/** In the page's world before any page script: when each badge host was shown (its `hidden` dropped). */
function watchBadges() {
  const w = window;
  w.__shown = [];
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) if (r.target.nodeName === 'DEADLINE-SENTINEL-BADGE' && !r.target.hidden) w.__shown.push({ host: r.target, t });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

async function serveAll(context, now) {
  for (const rows of SIZES) await servePage(context, (u) => u.href === urlFor(rows), workOrderPage(rows, now));
}

/** One load and the quiet 4 s after it. */
async function load(browser, rows, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await cdpFor(page);
  const stop = await startTrace(cdp);
  const url = urlFor(rows);
  await page.goto(url);
  await sleep(QUIET_MS);
  const m = await metrics(cdp);
  const events = await stop();
  // Badges on the first screen: shown hosts in the viewport, as the page was never scrolled.
  const seen = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const onScreen = (window.__shown ?? []).filter(({ host }) => {
      const r = host.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    const ts = onScreen.map((s) => s.t);
    return { fcp, first: ts.length ? Math.min(...ts) : null, last: ts.length ? Math.max(...ts) : null, count: onScreen.length };
  });
  await page.close();
  const ext = extensionId ? attribute(events, pageMainThread(events, url), extensionId).ext : 0;
  return { task: m.TaskDuration, layout: m.LayoutDuration + m.RecalcStyleDuration, ext, ...seen };
}

async function launch(dir, now) {
  const b = await launchWithExtension({ extensionDir: dir });
  await b.context.addInitScript(watchBadges);
  await serveAll(b.context, now);
  return b;
}

/** Per size: per build, medians of warm and cold loads; and the plain browser's. */
export async function measureSizes({ builds, runs, log }) {
  const now = Date.now();
  const plain = await launchPlain();
  await serveAll(plain.context, now);
  const warm = builds.map(() => Object.fromEntries(SIZES.map((n) => [n, []])));
  const cold = builds.map(() => Object.fromEntries(SIZES.map((n) => [n, []])));
  const without = Object.fromEntries(SIZES.map((n) => [n, []]));
  try {
    // Cold: a browser started for each load, its first page.
    for (let r = 0; r < runs; r++) {
      for (const rows of SIZES) {
        for (const [k, b] of builds.entries()) {
          const ext = await launch(b.dir, now);
          try {
            cold[k][rows].push(await load(ext, rows, ext.extensionId));
          } finally {
            await ext.close();
          }
        }
      }
      log(`  cold run ${r + 1}/${runs}`);
    }
    const exts = [];
    for (const b of builds) exts.push(await launch(b.dir, now));
    try {
      for (const rows of SIZES) {
        for (const ext of exts) await load(ext, rows, ext.extensionId); // the warm-up: the worker warm, the rows in its log
        await load(plain, rows);
        for (let r = 0; r < runs; r++) {
          for (const [k, ext] of exts.entries()) warm[k][rows].push(await load(ext, rows, ext.extensionId));
          without[rows].push(await load(plain, rows));
          log(`  ${rows} rows, warm run ${r + 1}/${runs}: ${builds.map((b, k) => `${b.name} ${warm[k][rows].at(-1).ext.toFixed(0)} ms`).join(', ')}; task ${builds.map((b, k) => warm[k][rows].at(-1).task.toFixed(0)).join('/')} vs ${without[rows].at(-1).task.toFixed(0)} ms without`);
        }
      }
    } finally {
      for (const ext of exts) await ext.close();
    }
  } finally {
    await plain.close();
  }
  const med = (list, f) => median(list.map(f));
  const summary = (list, rows) => {
    const plainFcp = med(without[rows], (x) => x.fcp);
    return {
      ext: med(list, (x) => x.ext),
      taskRatio: med(list, (x) => x.task) / med(without[rows], (x) => x.task),
      layoutRatio: med(list, (x) => x.layout) / med(without[rows], (x) => x.layout),
      // From the page's own first frame (this load's first contentful paint) to the first and the last badge on screen.
      toFirst: med(list, (x) => (x.first ?? NaN) - x.fcp),
      toLast: med(list, (x) => (x.last ?? NaN) - x.fcp),
      // The last badge on screen, from navigation, over the page's own first frame without the extension.
      lastOverFrame: med(list, (x) => x.last ?? NaN) / plainFcp,
      plainFcp,
      onScreen: Math.min(...list.map((x) => x.count)),
    };
  };
  return Object.fromEntries(SIZES.map((rows) => [rows, builds.map((b, k) => ({ name: b.name, warm: summary(warm[k][rows], rows), cold: summary(cold[k][rows], rows) }))]));
}
