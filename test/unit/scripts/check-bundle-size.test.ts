import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, checkBundleSize } from '../../../scripts/check-bundle-size.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake Chrome build: a content script `seller` of `bytes` random (incompressible) bytes, and a main-world `page-tap` of `tap`. */
function fakeBuild(bytes: number, tap = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  const scripts = [{ matches: ['https://*/*'], js: ['content-scripts/seller.js'] }, ...(tap ? [{ matches: ['https://*/*'], js: ['content-scripts/page-tap.js'], world: 'MAIN' }] : [])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, content_scripts: scripts }));
  writeFileSync(join(dir, 'content-scripts/seller.js'), randomBytes(bytes));
  if (tap) writeFileSync(join(dir, 'content-scripts/page-tap.js'), randomBytes(tap));
  writeFileSync(join(dir, 'background.js'), 'console.log(1);');
  return dir;
}

describe('check-bundle-size', () => {
  it('is 24 KB gzip for the content scripts together', () => {
    expect(CONTENT_SCRIPT_BUDGET).toBe(24 * 1024);
  });

  it('fails content scripts over the budget together, naming them, their size and the budget', () => {
    const { sizes, total, failures } = checkBundleSize(fakeBuild(20 * 1024, 5 * 1024));
    expect(sizes.seller).toBeGreaterThan(20 * 1024); // random bytes do not compress
    expect(total).toBe(sizes.seller! + sizes['page-tap']!);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('seller + page-tap');
    expect(failures[0]).toContain(`${total} B gzip`);
    expect(failures[0]).toContain('budget of 24576 B');
  });

  it('passes two content scripts each under the budget and together within it', () => {
    expect(checkBundleSize(fakeBuild(20 * 1024, 2 * 1024)).failures).toEqual([]);
  });

  it('passes a content script within budget and reports every entrypoint', () => {
    const { sizes, budgets, failures } = checkBundleSize(fakeBuild(1024));
    expect(failures).toEqual([]);
    expect(Object.keys(sizes).sort()).toEqual(['background', 'seller']);
    expect(budgets).toEqual({ seller: CONTENT_SCRIPT_BUDGET });
  });

  it('fails a missing build or a manifest without content scripts', () => {
    expect(checkBundleSize(join(tmpdir(), 'no-such-build-dir')).failures[0]).toMatch(/cannot read the build/);
    const dir = fakeBuild(10);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3 }));
    expect(checkBundleSize(dir).failures).toEqual([`${dir}/manifest.json lists no content script`]);
  });

  it('exits non-zero from the command line, printing the sizes', () => {
    const run = spawnSync(process.execPath, ['scripts/check-bundle-size.mjs', fakeBuild(25 * 1024)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^seller +\d+\.\d KB gzip, \d+ B \(content script\)$/m);
    expect(run.stdout).toMatch(/^content scripts together \d+\.\d KB gzip, \d+ B \(budget 24\.0 KB\)$/m);
    expect(run.stderr).toMatch(/bundle budget: content scripts together \(seller\) are \d+ B gzip .* over their budget of 24576 B/);
  });
});
