// Bench 10 in Chromium: suggestions for one question over 10,000 logged answers, the answer index against a full
// scan computing the same top three (test/bench/lib/answers-page.ts), alternating, each on a collected heap.
import { launchPlain } from '../../scripts/lib/chromium.mjs';
import { pageScript } from './lib/page-script.mjs';
import { median } from './lib/stats.mjs';

export const ANSWERS = 10_000;

export async function measureAnswers({ runs, log }) {
  const script = await pageScript('test/bench/lib/answers-page.ts', '__answersBench');
  const b = await launchPlain();
  try {
    const page = await b.context.newPage();
    await page.goto('about:blank');
    await page.evaluate(script);
    log(`  indexing ${ANSWERS.toLocaleString('en')} answers`);
    const built = await page.evaluate((n) => window.__answersBench.build(n), ANSWERS);
    const same = await page.evaluate(() => window.__answersBench.check());
    const cdp = await b.context.newCDPSession(page);
    const samples = { index: [], scan: [] };
    await page.evaluate(() => (window.__answersBench.time('index'), window.__answersBench.time('scan'))); // warm-up
    for (let r = 0; r < runs; r++) {
      for (const which of r % 2 ? ['scan', 'index'] : ['index', 'scan']) {
        await cdp.send('HeapProfiler.collectGarbage');
        samples[which].push(await page.evaluate((w) => window.__answersBench.time(w), which));
      }
    }
    return { ...built, ...same, indexMs: median(samples.index), scanMs: median(samples.scan), samples, buildMs: built.indexMs, termsMs: built.termsMs };
  } finally {
    await b.close();
  }
}
