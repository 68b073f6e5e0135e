// Bench 3: live countdowns. The 1,000-row list with every badge on it, left idle in Chromium with the extension
// and, at the same time, in the same Chromium without it: main-thread time per minute. Then the tab hidden:
// the extension's task time must drop to about nothing.
//
// Headless Chromium keeps every tab visible (no Emulation.setPageVisibility in this Chromium; another tab in
// front, a minimized window or a background target all leave document.visibilityState 'visible'), so hiding
// is emulated where the content script looks: in its isolated world, document.visibilityState is made to
// read 'hidden' and a visibilitychange event is fired; showing undoes both (and the content script repaints,
// as it does when a seller comes back to the tab). A real hidden tab has its timers throttled on top of this.
import { servePage } from '../../scripts/lib/chromium.mjs';
import { attribute, cdpFor, isolatedWorld, metrics, metricsDelta, pageMainThread, startTrace } from './lib/cdp.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { median, sleep } from './lib/stats.mjs';

const ROWS = 1000;
/** A full minute while visible: the countdown tick is every 30 s, so any minute holds exactly two. */
const VISIBLE_MS = 60_000;
/** Hidden: 30 s (one tick period), scaled to a minute. */
const HIDDEN_MS = 30_000;
const SHOWS = 5;

const HIDE = `(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
  return document.visibilityState;
})()`;
/** Shows the tab again; the content script's listener repaints synchronously: its wall time, in ms. */
const SHOW = `(() => {
  delete document.visibilityState;
  delete document.hidden;
  const start = performance.now();
  document.dispatchEvent(new Event('visibilitychange'));
  return performance.now() - start;
})()`;

async function open(browser, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await cdpFor(page);
  await page.goto(FULL_LIST_URL);
  if (extensionId) await page.waitForFunction((n) => document.querySelectorAll('[data-deadline-sentinel]').length >= n, ROWS, { polling: 500, timeout: 60_000 });
  await sleep(4000); // the report's reply and its repaint; then nothing is left to do
  return { page, cdp };
}

/** Main-thread time of `tab` over `ms`, and the extension's share of it from the trace. */
async function idle(tab, ms, extensionId) {
  const before = await metrics(tab.cdp);
  const stop = await startTrace(tab.cdp);
  await sleep(ms);
  const after = await metrics(tab.cdp);
  const events = await stop();
  const trace = attribute(events, pageMainThread(events, FULL_LIST_URL), extensionId ?? '-');
  return { ...metricsDelta(before, after), trace };
}

export async function measureCountdowns({ ext, plain, log, visibleMs = VISIBLE_MS, hiddenMs = HIDDEN_MS }) {
  const html = workOrderPage(ROWS, Date.now());
  for (const b of [ext, plain]) await servePage(b.context, FULL_LIST_URL, html);
  const withExt = await open(ext, ext.extensionId);
  const without = await open(plain);
  const badges = await withExt.page.evaluate(() => document.querySelectorAll('[data-deadline-sentinel]').length);

  log(`  idle and visible, ${visibleMs / 1000} s, both browsers at once`);
  const [visible, plainVisible] = await Promise.all([idle(withExt, visibleMs, ext.extensionId), idle(without, visibleMs)]);

  const world = await isolatedWorld(withExt.page, ext.extensionId);
  log(`  hidden (emulated), ${hiddenMs / 1000} s`);
  if ((await world.evaluate(HIDE)) !== 'hidden') throw new Error('could not hide the tab from the content script');
  const hidden = await idle(withExt, hiddenMs, ext.extensionId);

  // Each show redraws the badges near the screen: the same work as one countdown tick, measured SHOWS times.
  log(`  shown and hidden again ${SHOWS} times: one repaint each`);
  const paints = [];
  for (let k = 0; k < SHOWS; k++) {
    paints.push(await world.evaluate(SHOW));
    await sleep(1500);
    await world.evaluate(HIDE);
    await sleep(500);
  }
  await world.evaluate(SHOW);
  await world.detach();
  await withExt.page.close();
  await without.page.close();

  const perMinute = (x, ms) => (x * 60_000) / ms;
  return {
    rows: ROWS,
    badges,
    visibleWindowS: visibleMs / 1000,
    hiddenWindowS: hiddenMs / 1000,
    taskWith: perMinute(visible.TaskDuration, visibleMs),
    taskWithout: perMinute(plainVisible.TaskDuration, visibleMs),
    extVisible: perMinute(visible.trace.ext, visibleMs),
    ticks: visible.trace.extBlockMs.filter((x) => x >= 1).length,
    tickMs: visible.trace.extBlockMs.filter((x) => x >= 1),
    extHidden: perMinute(hidden.trace.ext, hiddenMs),
    taskHidden: perMinute(hidden.TaskDuration, hiddenMs),
    hiddenCalls: hidden.trace.extBlocks,
    paintMs: median(paints),
    paints: paints.length,
    paintSamples: paints,
  };
}
