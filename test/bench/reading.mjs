// Bench 7: the content script's page reading, per row, on the 1,000-row work-order list, this tree next to a
// base commit (default: the last one before fields were found by meaning), both in one Chromium page, alternating.
// Each tree's lib/pages/read-page.ts is bundled as the content script bundles it (esbuild, minified).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { servePage } from '../../scripts/lib/chromium.mjs';
import { FULL_LIST_URL, workOrderPage } from './lib/page.mjs';
import { median } from './lib/stats.mjs';

/** The commit whose reading the figure is compared with: before fields were found by meaning (2026-12). */
export const READING_BASE = '5b7dce0';
const ROWS = 1000;

/** A browser script defining `window[name](url, now)`: that tree's readPageReport over the document, with its knowledge installed. */
async function readerScript(root, name, nodeModules) {
  const knowledge = existsSync(join(root, 'lib/pages/shipped-knowledge.ts'));
  const entry = [
    `import { readPageReport } from '${join(root, 'lib/pages/read-page.ts')}';`,
    knowledge ? `import { useShippedKnowledge } from '${join(root, 'lib/pages/shipped-knowledge.ts')}'; useShippedKnowledge();` : '',
    `window[${JSON.stringify(name)}] = (url, now) => readPageReport(document, url, now).records.length;`,
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'iife', target: 'es2020', logLevel: 'error',
    alias: { '@': root }, nodePaths: [nodeModules],
  });
  return out.outputFiles[0].text;
}

/** A checkout of `commit` beside this one (removed by the returned function). */
function worktree(root, commit) {
  const dir = join(mkdtempSync(join(tmpdir(), 'sentinel-base-')), 'tree');
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
  return { dir, remove: () => { execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' }); rmSync(join(dir, '..'), { recursive: true, force: true }); } };
}

export async function measureReading({ plain, root, runs, base = READING_BASE, log }) {
  const tree = worktree(root, base);
  try {
    const nodeModules = join(root, 'node_modules');
    const [mine, theirs] = await Promise.all([readerScript(root, '__readThis', nodeModules), readerScript(tree.dir, '__readBase', nodeModules)]);
    const now = Date.now();
    await servePage(plain.context, FULL_LIST_URL, workOrderPage(ROWS, now));
    const page = await plain.context.newPage();
    await page.goto(FULL_LIST_URL);
    await page.addScriptTag({ content: mine });
    await page.addScriptTag({ content: theirs });
    const samples = { this: [], base: [] };
    let records = { this: 0, base: 0 };
    // Alternating, after one warm-up each: both see the same page, the same machine load, the same JIT state.
    for (let k = -1; k < runs * 3; k++) {
      for (const side of k % 2 ? ['this', 'base'] : ['base', 'this']) {
        const r = await page.evaluate(([fn, url, at]) => {
          const start = performance.now();
          const n = window[fn](url, at);
          return { ms: performance.now() - start, n };
        }, [side === 'this' ? '__readThis' : '__readBase', FULL_LIST_URL, now]);
        if (k >= 0) samples[side].push((r.ms * 1000) / ROWS);
        records[side] = r.n;
      }
    }
    await page.close();
    log(`reading per row: this ${median(samples.this).toFixed(1)} µs, base ${median(samples.base).toFixed(1)} µs`);
    return { thisUs: median(samples.this), baseUs: median(samples.base), samples, records, base };
  } finally {
    tree.remove();
  }
}
