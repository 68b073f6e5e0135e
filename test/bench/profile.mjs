// Where the content script's time goes: one load of the 100-row and the 1,000-row list (after a warm-up load,
// so the worker is warm), traced with the V8 sampling profiler on the unminified build
// (test/bench/wxt.profile.config.ts), the samples summed per phase by the extension's functions on their stack.
// The style and layout the badge hosts cause is the page's style and layout time with the extension minus
// without it (a plain Chromium, same page, same window). Medians of `runs` loads per size.
//
//   node test/bench/profile.mjs [--runs=3] [--base=DIR]   (DIR: another unminified build, profiled side by side)
import { launchPlain, launchWithExtension, servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, pageMainThread } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

const QUIET_MS = 4000;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];
export const PHASES = ['start-up (knowledge, stylesheet, observers)', 'reading', 'messages', 'drawing', 'style and layout caused by badge hosts', 'countdown ticks', 'other'];
const [STARTUP, READING, MESSAGES, DRAWING, LAYOUT, TICKS, OTHER] = PHASES;

/** The deepest of these on a sample's stack names its phase; a countdown tick's stack is a tick's whatever it draws. */
const MARKERS = new Map([
  ...['main', 'startSentinel', 'fetchKnowledge', 'useKnowledge', 'openTapChannel', 'observePage', 'concernsPage', 'watchNearScreen', 'watchLocation', 'ContentScriptContext', 'badgeSheet'].map((f) => [f, STARTUP]),
  ...['readPageSteps', 'readPageReport', 'rereadRows', 'withPageData', 'readTables'].map((f) => [f, READING]),
  ...['send', 'preview', 'sendChunk', 'answerOf', 'untilAnswered', 'take'].map((f) => [f, MESSAGES]),
  ...['draw', 'drawnFrom', 'drawRows', 'badgeRows', 'hostFor', 'shown', 'removeHostsExcept', 'render', 'Badge'].map((f) => [f, DRAWING]),
]);
const TICK_MARKERS = new Set(['repaint', 'onVisible']);

/** Sums the main thread's profile samples whose stack holds a frame of the extension's, per phase, in ms. */
export function phasesOf(events, thread, origin) {
  const nodes = new Map();
  const ms = Object.fromEntries(PHASES.map((p) => [p, 0]));
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid).map((e) => e.id));
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && ids.has(e.id));
  for (const chunk of chunks) for (const n of chunk.args.data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  const phaseOf = (id) => {
    let deepest = null;
    for (let n = nodes.get(id); n; n = nodes.get(n.parent)) {
      const { url = '', functionName = '' } = n.callFrame;
      if (!url.startsWith(origin)) continue;
      const name = functionName.replace(/\$\d+$/, '');
      if (TICK_MARKERS.has(name)) return TICKS;
      deepest ??= MARKERS.get(name) ?? null;
      if (deepest === null) deepest = undefined; // an extension frame, no marker yet
    }
    return deepest === null ? null : (deepest ?? OTHER);
  };
  for (const chunk of chunks) {
    const { samples = [] } = chunk.args.data.cpuProfile ?? {};
    const deltas = chunk.args.data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const phase = phaseOf(id);
      // A sample stands for the time until the next one (capped: a gap is not work).
      if (phase) ms[phase] += Math.min(deltas[i + 1] ?? deltas[i] ?? 0, 2000) / 1000;
    });
  }
  return ms;
}

/** Style and layout time on the thread, ms (thread time). */
function styleLayout(events, { pid, tid }) {
  const names = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles']);
  return events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && names.has(e.name)).reduce((n, e) => n + (e.tdur ?? e.dur), 0) / 1000;
}

async function traced(browser, url) {
  const page = await browser.context.newPage();
  const cdp = await cdpFor(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  await page.goto(url);
  await sleep(QUIET_MS);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events;
}

const urlFor = (rows) => `${FULL_LIST_URL}?rows=${rows}`;

async function serveLists(context, now) {
  for (const rows of [100, 1000]) {
    const html = workOrderPage(rows, now);
    await servePage(context, (u) => u.href === urlFor(rows), html);
  }
}

/** Per size, per build: each phase's median over `runs` loads, and the extension's main-thread time as the benches count it. */
export async function profileLoads({ builds, runs = 3, log = console.log }) {
  const now = Date.now();
  const plain = await launchPlain();
  const exts = [];
  try {
    await serveLists(plain.context, now);
    for (const b of builds) {
      const ext = await launchWithExtension({ extensionDir: b.dir });
      await serveLists(ext.context, now);
      exts.push(ext);
    }
    const out = {};
    for (const rows of [100, 1000]) {
      const url = urlFor(rows);
      for (const ext of exts) await traced(ext, url); // warm-up: the worker warm, the rows in its log
      await traced(plain, url);
      const samples = builds.map(() => []);
      const layoutWithout = [];
      for (let r = 0; r < runs; r++) {
        for (const [k, ext] of exts.entries()) {
          const events = await traced(ext, url);
          const thread = pageMainThread(events, url);
          const phases = phasesOf(events, thread, `chrome-extension://${ext.extensionId}/`);
          samples[k].push({ phases, layout: styleLayout(events, thread), ext: attribute(events, thread, ext.extensionId).ext });
        }
        const events = await traced(plain, url);
        layoutWithout.push(styleLayout(events, pageMainThread(events, url)));
        log(`  profile ${rows} rows, run ${r + 1}/${runs}: ${builds.map((b, k) => `${b.name} ${samples[k].at(-1).ext.toFixed(0)} ms`).join(', ')}`);
      }
      out[rows] = builds.map((b, k) => {
        const phases = Object.fromEntries(PHASES.map((p) => [p, median(samples[k].map((s) => s.phases[p]))]));
        phases[LAYOUT] = Math.max(0, median(samples[k].map((s) => s.layout)) - median(layoutWithout));
        return { name: b.name, phases, ext: median(samples[k].map((s) => s.ext)) };
      });
    }
    return out;
  } finally {
    for (const ext of exts) await ext.close();
    await plain.close();
  }
}

/** The table: one row per phase, a column per size and build. */
export function profileTable(out) {
  const cols = Object.entries(out).flatMap(([rows, list]) => list.map((b) => ({ head: `${Number(rows).toLocaleString('en')} rows, ${b.name}`, b })));
  const cell = (x) => (x < 0.05 ? '0' : x.toFixed(1));
  return [
    `| phase (ms) | ${cols.map((c) => c.head).join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    ...PHASES.map((p) => `| ${p} | ${cols.map((c) => cell(c.b.phases[p])).join(' | ')} |`),
    `| sum of the phases | ${cols.map((c) => cell(Object.values(c.b.phases).reduce((a, b) => a + b, 0))).join(' | ')} |`,
    `| extension main-thread time (trace, as the benches count it) | ${cols.map((c) => cell(c.b.ext)).join(' | ')} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const builds = [{ name: 'this', dir: arg('build', '.output-profile/chrome-mv3') }];
  if (arg('base')) builds.unshift({ name: 'base', dir: arg('base') });
  const out = await profileLoads({ builds, runs: Number(arg('runs', '3')) });
  console.log(`\n${profileTable(out)}`);
}
