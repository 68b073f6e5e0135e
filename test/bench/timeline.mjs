// One load of the work-order list, its main thread printed task by task (from navigation start): the page's own
// parsing, style, layout and paint beside the content scripts' parts, and the worker's handling of their messages.
// A reading aid for where a badge waits (BENCHMARKS §12), not a figure: `node test/bench/timeline.mjs [rows] [build]`
// (defaults 1000 and .output/chrome-mv3), after `npx wxt build`. The second of two loads is printed (the worker warm).
import { launchWithExtension, servePage } from '../../scripts/lib/chromium.mjs';
import { cdpFor, pageMainThread } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { sleep } from './lib/stats.mjs';

const rows = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? '.output/chrome-mv3';
const url = `${FULL_LIST_URL}?rows=${rows}`;
const SHOWN = ['EvaluateScript', 'FunctionCall', 'FireIdleCallback', 'FireAnimationFrame', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'TimerFire', 'RunMicrotasks'];
const ms = (us) => (us / 1000).toFixed(1).padStart(7);

const ext = await launchWithExtension({ extensionDir: dir });
await servePage(ext.context, (u) => u.href === url, workOrderPage(rows, Date.now()));
await ext.context.addInitScript(() => {
  const w = /** @type {any} */ (window);
  w.__shown = [];
  new MutationObserver((records) => {
    for (const r of records) if (r.target.nodeName === 'DEADLINE-SENTINEL-BADGE' && !r.target.hidden) w.__shown.push(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
});

async function load() {
  const page = await ext.context.newPage();
  const cdp = await cdpFor(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const categories = ['toplevel', 'devtools.timeline', 'v8.execute', 'loading', 'blink.user_timing'];
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories, excludedCategories: ['*'] } });
  await page.goto(url);
  await sleep(3000);
  const seen = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, first: /** @type {any} */ (window).__shown[0] }));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, seen };
}

try {
  await load();
  const { events, seen } = await load();
  const thread = pageMainThread(events, url);
  const t0 = events.find((e) => e.name === 'navigationStart' && e.pid === thread.pid)?.ts ?? 0;
  const origin = `chrome-extension://${ext.extensionId}/`;
  const own = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid);
  console.log(`${rows} rows: first contentful paint ${seen.fcp?.toFixed(0)} ms, first badge shown ${seen.first?.toFixed(0)} ms (from navigation start)`);
  console.log('  start    task  what ran in it (ms; EXT: the extension\'s scripts)');
  for (const task of own.filter((e) => /RunTask/.test(e.name) && e.dur > 1000)) {
    const parts = own.filter((e) => SHOWN.includes(e.name) && e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur > 300);
    const what = parts.map((e) => `${e.name}${(e.args?.data?.url ?? '').startsWith(origin) ? `[EXT ${e.args.data.url.replace(origin, '')}]` : ''} ${(e.dur / 1000).toFixed(1)}`);
    console.log(`${ms(task.ts - t0)} ${ms(task.dur)}  ${what.slice(0, 6).join(', ')}`);
  }
  const worker = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').endsWith('/background.js') && e.dur > 200);
  for (const e of worker) console.log(`${ms(e.ts - t0)} ${ms(e.dur)}  (worker) a message handled`);
  const replies = own.filter((e) => e.name === 'Receive mojo message' && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '') === 'extensions.mojom.MessagePort');
  for (const e of replies) console.log(`${ms(e.ts - t0)} ${ms(e.dur)}  (page) a worker's message delivered`);
} finally {
  await ext.close();
}
