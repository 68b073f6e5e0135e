import { launchPlain, servePage } from './lib/chromium.mjs';
import { WORK_ORDER_URL, emptyWorkOrderPage, workOrderRowsHtml } from '../test/bench/lib/page.mjs';
const b = await launchPlain();
await servePage(b.context, WORK_ORDER_URL, emptyWorkOrderPage());
for (let run = 0; run < 3; run++) {
  const page = await b.context.newPage();
  await page.goto(WORK_ORDER_URL);
  await new Promise((r) => setTimeout(r, 1000));
  const html = workOrderRowsHtml(0, 1000, Date.now());
  const r = await page.evaluate((h) => new Promise((done) => {
    const doc = new DOMParser().parseFromString(`<table><tbody>${h}</tbody></table>`, 'text/html');
    const f = document.createDocumentFragment();
    for (const tr of Array.from(doc.querySelectorAll('tbody > tr'))) f.append(document.adoptNode(tr));
    const s = performance.now();
    document.querySelector('.next-table-body tbody').append(f);
    requestAnimationFrame(() => { const raf = performance.now(); setTimeout(() => done({ raf: raf - s, afterFrame: performance.now() - s }), 0); });
  }), html);
  console.log(run, r);
  await page.close();
}
await b.close();
