import { launchWithExtension, servePage } from './lib/chromium.mjs';
import { WORK_ORDER_URL, emptyWorkOrderPage, workOrderRowsHtml } from '../test/bench/lib/page.mjs';
const ext = await launchWithExtension({ extensionDir: '.output/chrome-mv3' }); ext.worker.on('console', (m) => m.text().startsWith('DSB') && console.log('   bg', m.text()));
await servePage(ext.context, WORK_ORDER_URL, emptyWorkOrderPage());
for (let run = 0; run < 3; run++) {
  const page = await ext.context.newPage();
  const lines = [];
  page.on('console', (m) => { const t = m.text(); if (t.startsWith('DST')) lines.push(t); });
  await page.goto(WORK_ORDER_URL);
  await new Promise((r) => setTimeout(r, 1500));
  const html = workOrderRowsHtml(0, 1000, Date.now());
  const t0 = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(`<table><tbody>${h}</tbody></table>`, 'text/html');
    const f = document.createDocumentFragment();
    for (const tr of Array.from(doc.querySelectorAll('tbody > tr'))) f.append(document.adoptNode(tr));
    window.__last = null;
    new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) if (n.nodeName === 'DEADLINE-SENTINEL-BADGE') window.__last = performance.now(); }).observe(document.body, { childList: true, subtree: true });
    const s = performance.now();
    document.querySelector('.next-table-body tbody').append(f);
    return s;
  }, html);
  await new Promise((r) => setTimeout(r, 3000));
  const last = await page.evaluate(() => window.__last);
  console.log('run', run, 'insert->last', (last - t0).toFixed(0));
  for (const l of lines) { const parts = l.split(' '); const t = Number(parts.at(-1)); if (t >= t0) console.log('  ', (t - t0).toFixed(0).padStart(5), parts.slice(1, -1).join(' ')); }
  await page.close();
}
await ext.close();
