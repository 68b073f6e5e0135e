// Bench 11: the page-data tap's cost to the page. A seller page fetches a 100 KB answer 20 times, in Chromium with
// the extension and in the same Chromium without it, alternating; the renderer's main-thread time (CDP
// Performance.getMetrics, thread ticks) over the fetches and a quiet second after them, per fetch. Two answers:
// one the tap copies (the workbench's to-do list, forwarded to the background and kept) and one it does not
// (another einvoice address of the same size), whose cost should be nothing measurable.
import { cdpFor, metrics, metricsDelta } from './lib/cdp.mjs';
import { median, sleep } from './lib/stats.mjs';

const PAGE = 'https://myseller.taobao.com/home.htm/QnworkbenchHome/?bench=copy';
const COPIED = 'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.todolist/1.0/?jsv=2.6.1';
const NOT_COPIED = 'https://einvoice.taobao.com/api/qianniu/other/list';
const FETCHES = 20;
const SIZE = 100 * 1024;

/** A to-do answer of about SIZE characters: the counts the tap looks for, padded with other uiCodes. */
function body() {
  const details = [{ uiCode: 'invoiceApply', count: 40 }];
  let text = '';
  for (let i = 0; text.length < SIZE; i++) {
    details.push({ uiCode: `other${i}`, count: i, url: `https://myseller.taobao.com/home.htm/somewhere/${i}?x=${'y'.repeat(40)}` });
    if (i % 50 === 0) text = JSON.stringify({ api: 'mtop.tmall.tmallwork.todoList', data: { result: [{ todoId: 1, todoListDetail: details }] }, ret: ['SUCCESS::调用成功'], v: '1.0' });
  }
  return text;
}

async function serve(context, answer) {
  const headers = { 'access-control-allow-origin': 'https://myseller.taobao.com' };
  await context.route(PAGE, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>工作台</title><div id="root">工作台</div>' }));
  for (const url of [COPIED, NOT_COPIED]) await context.route(`${url.split('?')[0]}**`, (r) => r.fulfill({ status: 200, contentType: 'application/json', headers, body: answer }));
}

async function once(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(PAGE);
  await sleep(1000);
  const cdp = await cdpFor(page);
  const before = await metrics(cdp);
  await page.evaluate(
    async ([u, n]) => {
      for (let i = 0; i < n; i++) await (await fetch(`${u}&i=${i}`)).text();
    },
    [url.includes('?') ? url : `${url}?`, FETCHES],
  );
  await sleep(1000); // the copies' own work (decode, hand-over, forwarding) ends within this
  const d = metricsDelta(before, await metrics(cdp));
  await page.close();
  return d.TaskDuration / FETCHES;
}

export async function measurePageDataCopy({ ext, plain, runs, log }) {
  const answer = body();
  for (const b of [ext, plain]) await serve(b.context, answer);
  const out = {};
  for (const [name, url] of [['copied', COPIED], ['notCopied', NOT_COPIED]]) {
    await once(ext, url); // warm-up on both sides
    await once(plain, url);
    const withExt = [];
    const without = [];
    for (let r = 0; r < runs; r++) {
      for (const which of r % 2 ? ['plain', 'ext'] : ['ext', 'plain']) (which === 'ext' ? withExt : without).push(await once(which === 'ext' ? ext : plain, url));
      log(`  ${name} run ${r + 1}/${runs}: ${withExt.at(-1).toFixed(2)} ms per fetch with, ${without.at(-1).toFixed(2)} ms without`);
    }
    out[name] = { with: median(withExt), without: median(without), diffs: withExt.map((w, i) => w - without[i]) };
  }
  return { runs, fetches: FETCHES, bytes: answer.length, ...out };
}
