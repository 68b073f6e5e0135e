// Runs vitest projects (one name or a list) in a child process and reads its counts from the JSON reporter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function runVitest(project, { env = {}, reporter = 'default', extraArgs = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-vitest-'));
  const json = join(dir, 'report.json');
  const projects = [project].flat().flatMap((name) => ['--project', name]);
  const args = ['vitest', 'run', ...projects, `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=${json}`, ...extraArgs];
  const { status } = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } catch {
    failed = 1; // no report: the run itself broke
  }
  rmSync(dir, { recursive: true, force: true });
  if (status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}
