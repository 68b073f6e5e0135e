// The Node suites (unit, pages, vectors) with the clock pinned at instants where a test that assumes the hour,
// the date or the month length would fail: just before and after Shanghai midnight, and across a year end.
// Debian's faketime pins it. Offsets ("+N" seconds from now) are used rather than wall times, because faketime reads
// a wall time in each process's own zone and the vectors run under three zones: an offset is the same instant in all.
// CLOCK_INSTANTS (comma-separated ISO instants with their zone) replaces the default list.
import { spawnSync } from 'node:child_process';
import { aptInstall, installed } from './lib/debian.mjs';
import { runVitest } from './lib/vitest.mjs';
import { runVectors } from './test-vectors.mjs';

export const INSTANTS = [
  '2026-12-31T23:59:00+08:00', // 23:59 Beijing time on the last day of a year (and of a month)
  '2027-01-01T00:01:00+08:00', // 00:01 Beijing time on the first day of the next; still 2026 in UTC and Los Angeles
  '2027-02-28T08:45:00+08:00', // 08:45 Beijing time, 15 min before the default morning digest, on a short month's end
];

/** Instants at which Los Angeles, one of the vectors' zones, changes its clocks: the vectors run there too. */
export const DST_INSTANTS = [
  '2027-03-14T03:30:00-07:00', // half an hour after Los Angeles sprang forward
  '2026-11-01T01:30:00-08:00', // inside the repeated hour after it fell back
];

/** The offset in whole seconds that moves this machine's clock to `iso`, in the form faketime takes. */
export function offsetTo(iso, now = Date.now()) {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new Error(`not an instant: ${iso}`);
  const seconds = Math.round((at - now) / 1000);
  return `${seconds >= 0 ? '+' : ''}${seconds}`;
}

/** faketime through LD_PRELOAD, so that every child (vitest's workers too) sees the pinned clock. */
function pinnedEnv(iso, library) {
  return {
    LD_PRELOAD: library,
    FAKETIME: offsetTo(iso),
    FAKETIME_DONT_FAKE_MONOTONIC: '1', // vitest's and esbuild's timers keep real monotonic time
    FAKETIME_NO_CACHE: '1',
  };
}

export async function runPinned(instants = INSTANTS, vectorsOnly = DST_INSTANTS) {
  if (!installed('faketime')) aptInstall(['faketime']);
  const library = spawnSync('dpkg', ['-L', 'libfaketime'], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.endsWith('/libfaketime.so.1'));
  if (!library) throw new Error('libfaketime.so.1 not found in the libfaketime package');
  let passed = 0;
  let failed = 0;
  for (const iso of [...instants, ...vectorsOnly]) {
    const env = pinnedEnv(iso, library);
    const all = instants.includes(iso);
    console.log(`\n── ${all ? 'Node suites' : 'rule vectors'} with the clock at ${iso} (faketime ${env.FAKETIME} s)`);
    const seen = spawnSync('node', ['-e', 'process.stdout.write(String(Date.now()))'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const drift = Math.abs(Number(seen.stdout) - Date.parse(iso));
    if (!(drift < 60_000)) throw new Error(`faketime did not pin the clock at ${iso}: a child process read ${seen.stdout}`);
    if (all) {
      const r = runVitest(['unit', 'unit-dom', 'pages'], { env, reporter: 'dot' });
      passed += r.passed;
      failed += r.failed;
    }
    const r = await runVectors('dot', env);
    passed += r.passed;
    failed += r.failed;
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const instants = process.env.CLOCK_INSTANTS ? process.env.CLOCK_INSTANTS.split(',') : INSTANTS;
  const { passed, failed } = await runPinned(instants, process.env.CLOCK_INSTANTS ? [] : DST_INSTANTS);
  console.log(`\nclock-pinned: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
