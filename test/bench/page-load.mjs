// Bench 2: page-load overhead. The 1,000-row list loaded in Chromium with the extension and in the same Chromium
// without it, alternating; after the same quiet window (no polling from the test), the renderer's main-thread
// counters (CDP Performance.getMetrics, thread time) of both.
import { servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, metrics, pageMainThread, startTrace } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

const QUIET_MS = 4000;
const ROWS = 1000;

async function load(browser, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await cdpFor(page);
  const stop = await startTrace(cdp);
  await page.goto(FULL_LIST_URL); // until the load event, reported by the browser
  await sleep(QUIET_MS);
  const m = await metrics(cdp);
  const events = await stop();
  const badges = extensionId ? await page.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length) : 0;
  await page.close();
  const trace = attribute(events, pageMainThread(events, FULL_LIST_URL), extensionId ?? '-');
  return { task: m.TaskDuration, script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration, ext: trace.ext, extLongest: trace.extLongest, badges };
}

export async function measurePageLoad({ ext, plain, runs, log }) {
  const html = workOrderPage(ROWS, Date.now());
  for (const b of [ext, plain]) await servePage(b.context, FULL_LIST_URL, html);
  const withExt = [];
  const without = [];
  await load(ext, ext.extensionId); // warm-up (caches, code cache) on both sides
  await load(plain);
  for (let r = 0; r < runs; r++) {
    for (const which of r % 2 ? ['plain', 'ext'] : ['ext', 'plain']) {
      if (which === 'ext') withExt.push(await load(ext, ext.extensionId));
      else without.push(await load(plain));
    }
    log(`  run ${r + 1}/${runs}: task time ${withExt.at(-1).task.toFixed(0)} ms with, ${without.at(-1).task.toFixed(0)} ms without (${withExt.at(-1).badges} badges)`);
  }
  const m = (list, k) => median(list.map((x) => x[k]));
  return {
    runs,
    rows: ROWS,
    quietMs: QUIET_MS,
    badges: Math.min(...withExt.map((x) => x.badges)),
    taskWith: m(withExt, 'task'),
    taskWithout: m(without, 'task'),
    scriptWith: m(withExt, 'script'),
    scriptWithout: m(without, 'script'),
    layoutWith: m(withExt, 'layout'),
    layoutWithout: m(without, 'layout'),
    styleWith: m(withExt, 'style'),
    styleWithout: m(without, 'style'),
    ext: m(withExt, 'ext'),
    extLongest: m(withExt, 'extLongest'),
    taskRatio: m(withExt, 'task') / m(without, 'task'),
    taskRatios: withExt.map((x, i) => x.task / without[i].task),
  };
}
