// Bench 4 in Chromium: the popup over a large log, on the browser's real IndexedDB. The log (100,000 tickets,
// 10,000 questions, built by the same code as the Node bench) is written from the extension's own popup page,
// then summarize() is timed against a full-table scan there, and the popup is reloaded until its list shows.
// Bench 6 in Chromium: the alarms the extension registered once it logged the list's 1,000 open work orders.
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { pageScript } from './lib/page-script.mjs';
import { median } from './lib/stats.mjs';

export async function measurePopup({ extensionDir, runs, log }) {
  const script = await pageScript('test/bench/lib/store-page.ts', '__sentinelBench');
  const b = await launchWithExtension({ extensionDir });
  try {
    const page = await b.context.newPage();
    // The moment the list first shows, seen from the page (no polling), on every load of the popup.
    await page.addInitScript(() => {
      window.__firstList = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.items li')) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.waitForSelector('main, [role="alert"]');
    // Evaluated through DevTools: the extension page's CSP forbids inline scripts, not this.
    await page.evaluate(script);
    const now = Date.now();
    log('  writing 100,000 tickets and 10,000 questions into the popup\'s IndexedDB');
    const seed = await page.evaluate((t) => window.__sentinelBench.seed(t), now);
    log(`  summarize() against a full scan, ${runs} runs each`);
    const same = await page.evaluate((t) => window.__sentinelBench.check(t), now);
    const cdp = await b.context.newCDPSession(page);
    const compare = { query: [], scan: [] };
    for (let r = 0; r < runs; r++) {
      // Alternating, each on a collected heap: the scan's garbage must not land in the next query's time.
      for (const which of r % 2 ? ['scan', 'query'] : ['query', 'scan']) {
        await cdp.send('HeapProfiler.collectGarbage');
        compare[which].push(await page.evaluate(([w, t]) => window.__sentinelBench.time(w, t), [which, now]));
      }
    }
    await cdp.detach();
    const renders = [];
    let cards = [];
    for (let r = 0; r <= runs; r++) {
      await page.reload();
      const at = await page.evaluate(() => window.__firstList);
      if (r > 0) renders.push(at);
      cards = await page.$$eval('.card strong', (els) => els.map((e) => e.textContent));
    }
    return {
      seedMs: seed.ms,
      tickets: seed.tickets,
      questions: seed.questions,
      queryMs: median(compare.query),
      scanMs: median(compare.scan),
      querySamples: compare.query,
      scanSamples: compare.scan,
      same,
      firstListMs: median(renders),
      renderSamples: renders,
      cards,
    };
  } finally {
    await b.close();
  }
}

/** The alarms the extension has registered, and how many open items its log holds (raw IndexedDB). */
export async function alarmsOf(ext) {
  return ext.worker.evaluate(async () => {
    const alarms = await chrome.alarms.getAll();
    const open = await new Promise((resolve, reject) => {
      const request = indexedDB.open('deadline-sentinel');
      request.addEventListener('error', () => reject(request.error));
      request.addEventListener('success', () => {
        const db = request.result;
        const tx = db.transaction(['tickets', 'questions'], 'readonly');
        let n = 0;
        for (const name of ['tickets', 'questions']) {
          const count = tx.objectStore(name).index('status').count('open');
          count.addEventListener('success', () => (n += count.result));
        }
        tx.addEventListener('complete', () => {
          db.close();
          resolve(n);
        });
      });
    });
    return { count: alarms.length, names: alarms.map((a) => a.name), open };
  });
}
