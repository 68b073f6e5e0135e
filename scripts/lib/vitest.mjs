// Runs vitest projects (one name or a list) in a child process and reads its counts from the JSON reporter.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The arguments, the environment, and how to read the counts from the JSON report once vitest exited. */
function vitestRun(project, { env = {}, reporter = 'default', extraArgs = [] }) {
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-vitest-'));
  const json = join(dir, 'report.json');
  const projects = [project].flat().flatMap((name) => ['--project', name]);
  const args = ['vitest', 'run', ...projects, `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=${json}`, ...extraArgs];
  const counts = (status) => {
    let passed = 0;
    let failed = 0;
    try {
      const report = JSON.parse(readFileSync(json, 'utf8'));
      passed = report.numPassedTests;
      // A failed test also fails its describe blocks and its file (numFailedTestSuites): counted once. The
      // suites count only when no test failed (a file that does not load).
      failed = report.numFailedTests || (report.numFailedTestSuites ?? 0);
    } catch {
      failed = 1; // no report: the run itself broke
    }
    rmSync(dir, { recursive: true, force: true });
    if (status !== 0 && failed === 0) failed = 1;
    return { passed, failed };
  };
  return { args, env: { ...process.env, ...env }, counts };
}

export function runVitest(project, options = {}) {
  const run = vitestRun(project, options);
  const { status } = spawnSync('npx', run.args, { stdio: 'inherit', env: run.env });
  return run.counts(status);
}

/** Runs vitest with its output kept, for runs side by side: resolves once it exited, with its counts and output. */
export function runVitestQuietly(project, options = {}) {
  const run = vitestRun(project, options);
  const child = spawn('npx', run.args, { stdio: ['ignore', 'pipe', 'pipe'], env: run.env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ ...run.counts(status), output })));
}
