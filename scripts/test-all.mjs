// `npm test`: every check and test suite, continuing past failures so one run shows all of them.
// Ends with one line "total: N passed, N failed" and a non-zero exit on any failure.
// The builds come first, so that the browser files that mostly wait for alarms (projects e2e-waits and
// e2e-firefox-waits) can run in the background beside the Node checks and suites, which do not mind sharing the CPU.
import { spawnSync } from 'node:child_process';
import { runVitest, runVitestQuietly } from './lib/vitest.mjs';
import { runVectors } from './test-vectors.mjs';
import { runPinned } from './test-clock.mjs';

const results = [];
const sh = (cmd) => spawnSync(cmd, { shell: true, stdio: 'inherit' }).status === 0;

/** When the step under way began (the previous one ended): each step's line says how long it took. */
let stepStart = Date.now();
const line = (r) => `${r.failed ? '✘' : '✔'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`;

/** `since`: when a suite run in the background started. */
function suite(name, { passed, failed }, since = stepStart) {
  const r = { name, passed, failed, seconds: Math.round((Date.now() - since) / 1000) };
  results.push(r);
  console.log(`\n${line(r)}`);
  stepStart = Date.now();
}
function check(name, ok) {
  suite(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

const started = Date.now();
const built = check('production builds (chrome-mv3, firefox-mv2)', sh('npx wxt build && npx wxt build -b firefox'));
let chromium = false;
let firefox = false;
let waiting = null;
let waitingSince = 0;
if (built) {
  // `npm run zip` builds into .output again: it must be done before a browser loads the extension from there.
  check('store packages and AMO sources archive (npm run zip)', sh('node scripts/check-packages.mjs'));
  chromium = check('Debian Chromium and CJK fonts present', sh('node scripts/ensure-chromium.mjs'));
  firefox = check('Debian Firefox ESR with its zh-CN language pack present', sh('node scripts/ensure-firefox.mjs'));
  const projects = [...(chromium ? ['e2e-waits'] : []), ...(firefox ? ['e2e-firefox-waits'] : [])];
  if (projects.length) {
    console.log(`\n── ${projects.join(' and ')} started in the background; their output follows the page fixtures and rule vectors`);
    waiting = runVitestQuietly(projects);
    waitingSince = Date.now();
  }
}
check('type-check (tsc --noEmit)', sh('npx wxt prepare >/dev/null && npm run -s typecheck'));
check('lint (oxlint)', sh('npm run -s lint'));
if (built) {
  check('bundle budget: content scripts together ≤ 24 KB gzip (Chrome build)', sh('node scripts/check-bundle-size.mjs'));
  check("Mozilla addons-linter on the Firefox build", sh('node scripts/check-firefox-lint.mjs'));
}
suite('unit and property tests', runVitest('unit'));
suite('page fixtures', runVitest('pages'));
suite('rule vectors in 3 time zones', await runVectors('verbose'));
if (waiting) {
  const { output, ...counts } = await waiting;
  console.log(`\n── the browser files that wait for alarms and set times, side by side:\n${output}`);
  suite('end-to-end files that wait for alarms and set times, side by side', counts, waitingSince);
}
// After the browsers beside are done: content-script tests here give the page's timers a fixed 50 ms.
suite('component and content-script tests (happy-dom)', runVitest('unit-dom'));
suite('unit, page and vector suites with the clock pinned (faketime: 23:59 and 00:01 Beijing across a year end, 08:45 on a month end)', await runPinned());
if (chromium) suite('end-to-end in Debian Chromium', runVitest('e2e'));
if (firefox) suite('end-to-end in Debian Firefox ESR (Firefox build)', runVitest('e2e-firefox'));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n── summary');
for (const r of results) console.log(line(r));
console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
