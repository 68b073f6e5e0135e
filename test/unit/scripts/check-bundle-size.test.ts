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

/** A fake Chrome build: a manifest with one content script `seller` of `bytes` random (incompressible) bytes. */
function fakeBuild(bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, content_scripts: [{ matches: ['https://*/*'], js: ['content-scripts/seller.js'] }] }));
  writeFileSync(join(dir, 'content-scripts/seller.js'), randomBytes(bytes));
  writeFileSync(join(dir, 'background.js'), 'console.log(1);');
  return dir;
}

describe('check-bundle-size', () => {
  it('is 24 KB gzip per content script (issue 21\'s wave)', () => {
    expect(CONTENT_SCRIPT_BUDGET).toBe(24 * 1024);
  });

  it('fails an oversized content script, naming it, its size and the budget', () => {
    const { sizes, failures } = checkBundleSize(fakeBuild(25 * 1024));
    expect(sizes.seller).toBeGreaterThan(25 * 1024); // random bytes do not compress
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('"seller"');
    expect(failures[0]).toContain(`${sizes.seller} B gzip`);
    expect(failures[0]).toContain('budget of 24576 B');
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
    expect(run.stdout).toMatch(/^seller +\d+\.\d KB gzip, \d+ B \(budget 24\.0 KB: OVER\)$/m);
    expect(run.stderr).toMatch(/bundle budget: content script "seller" is \d+ B gzip .* over its budget of 24576 B/);
  });
});
