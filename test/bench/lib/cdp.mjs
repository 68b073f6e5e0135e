// Chrome DevTools Protocol helpers for the benches: renderer metrics, traces and their attribution to the
// extension, and evaluation in the content script's isolated world.

/** Trace categories: top-level tasks, the timeline's script events (with URLs), microtasks, mojo messages. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** A CDP session on `page` with the Performance domain on (its counters run from this moment). */
export async function cdpFor(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** The renderer's cumulative main-thread counters, in ms: TaskDuration, ScriptDuration, LayoutDuration, … */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out = {};
  for (const { name, value } of list) out[name] = /Duration$|^ProcessTime$/.test(name) ? value * 1000 : value;
  return out;
}

export function metricsDelta(before, after) {
  const keys = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'ProcessTime'];
  return Object.fromEntries(keys.map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
}

export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * The renderer main thread of the page at `url`: the process that parsed it (a page loaded while tracing
 * may have moved to a new process), else the one the trace saw it in when tracing started.
 */
export function pageMainThread(events, url) {
  const parsed = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = (started?.args?.data?.frames ?? []).find((f) => f.url === url);
  const pid = parsed?.pid ?? frame?.processId;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (pid === undefined || !thread) throw new Error(`no renderer main thread for ${url} in the trace`);
  return { pid, tid: thread.tid };
}

/** Complete events of one thread, outermost first at equal start. */
function threadEvents(events, { pid, tid }) {
  return events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Events not nested in an earlier one of the same list. */
function outermost(list) {
  const out = [];
  let end = -Infinity;
  for (const e of list) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur;
    }
  }
  return out;
}

/**
 * Main-thread work of one renderer in [from, to] (trace µs), and the part the extension is to blame for:
 * - every script event (FunctionCall, EvaluateScript: timers, animation frames, observers, listeners, its
 *   own evaluation) whose script is the extension's (`chrome-extension://<id>/…`), and
 * - every task that delivers a message from the extension's messaging (an `extensions.mojom` mojo message:
 *   the background's replies, whose promise callbacks then run as microtasks without a script URL).
 * Blocks are the outermost such events; a task holding both counts once (its whole duration).
 * Returns ms: tasks (all top-level tasks), longestTask, ext (sum of blocks), extLongest (longest block),
 * extTasks (top-level tasks containing a block) and extLongestTask (the longest of those). Sums are thread
 * time (CPU time of the main thread, `tdur`: steadier on a busy machine), longest ones wall time (`dur`).
 */
export function attribute(events, thread, extensionId, from = -Infinity, to = Infinity) {
  const all = threadEvents(events, thread).filter((e) => e.ts >= from && e.ts <= to);
  const tasks = outermost(all.filter((e) => e.name === 'RunTask'));
  const origin = `chrome-extension://${extensionId}/`;
  const isExtScript = (e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (e.args?.data?.url ?? '').startsWith(origin);
  const isExtMessage = (e) => e.name === 'Receive mojo message' && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom');
  const inside = (outer, e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
  const blocks = [];
  const extTasks = [];
  let i = 0;
  for (const task of tasks) {
    const own = [];
    while (i < all.length && all[i].ts < task.ts) i++;
    for (let j = i; j < all.length && all[j].ts <= task.ts + task.dur; j++) if (inside(task, all[j])) own.push(all[j]);
    if (own.some(isExtMessage)) blocks.push(task);
    else blocks.push(...outermost(own.filter(isExtScript)));
    if (own.some(isExtMessage) || own.some(isExtScript)) extTasks.push(task);
  }
  const ms = (us) => us / 1000;
  const sum = (list) => ms(list.reduce((n, e) => n + (e.tdur ?? e.dur), 0));
  const max = (list) => ms(list.reduce((n, e) => Math.max(n, e.dur), 0));
  return {
    tasks: sum(tasks),
    longestTask: max(tasks),
    ext: sum(blocks),
    extLongest: max(blocks),
    extBlocks: blocks.length,
    extTasks: extTasks.length,
    extLongestTask: max(extTasks),
    /** Each block's thread time, in order. */
    extBlockMs: blocks.map((e) => ms(e.tdur ?? e.dur)),
  };
}

/** The execution context id of the extension's content script (its isolated world) in `page`. */
export async function isolatedWorld(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('the content script is not running in this page');
  return {
    /** Evaluates `expression` in the content script's world, as the content script would see the page. */
    evaluate: async (expression) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    detach: () => cdp.detach(),
  };
}
