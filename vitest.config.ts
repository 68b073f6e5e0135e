import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * The unit files that ask for happy-dom (a `@vitest-environment happy-dom` comment). They keep an isolated module
 * graph per file: Testing Library binds `screen` to the document it was first imported under. The other unit files,
 * and the page fixtures, share one module graph per worker (isolate: false), which saves most of their import time;
 * each test makes its own fake IndexedDB and resets the fake browser it uses, so they stay independent.
 */
const domUnitFiles = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.test\.tsx?$/.test(f) && readFileSync(`test/unit/${f}`, 'utf8').includes('@vitest-environment happy-dom'))
  .map((f) => `test/unit/${f}`);

/**
 * Browser test files that spend most of their time waiting for a minute to turn (an alarm, the digest's set time, a
 * reminder's stage). They are projects of their own whose files run side by side; the busy browser files run one
 * at a time, since two of them at once on two cores make their waits flaky.
 */
const WAITING_E2E = ['test/e2e/quiet-hours.test.ts', 'test/e2e/day-at-a-glance.test.ts', 'test/e2e/todo-lists.test.ts'];
const WAITING_E2E_FIREFOX = ['test/e2e-firefox/extension.test.ts', 'test/e2e-firefox/todo-lists.test.ts'];

/**
 * The Node suites take a worker per core: vitest's default leaves one core to its main process, which has little to
 * do once the files share a module graph. Vitest runs projects side by side only when they have one worker count.
 */
const nodeSuite = { environment: 'node', maxWorkers: availableParallelism() } as const;
const browserSuite = { environment: 'node', testTimeout: 120_000, hookTimeout: 180_000 } as const;
/** Every waiting file at once, whichever browser's, after the Node suites when one command runs them all. */
const waitingSuite = { ...browserSuite, maxWorkers: WAITING_E2E.length + WAITING_E2E_FIREFOX.length, sequence: { groupOrder: 1 } };

// One config, eight suites: `unit` and `unit-dom` (fast, fake browser + fake IndexedDB), `pages` (page fixtures), `vectors`
// (rule vectors, run once per time zone by scripts/test-vectors.mjs), `e2e` and `e2e-waits` (real Chromium, the built
// extension) and `e2e-firefox` and `e2e-firefox-waits` (real Firefox ESR, the Firefox build).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...domUnitFiles],
          isolate: false,
          ...nodeSuite,
          setupFiles: ['test/setup-knowledge.ts', 'test/setup-idle.ts'],
        },
      },
      {
        extends: true,
        // One worker, after the others: content-script tests here give the page's timers a fixed 50 ms to settle.
        test: { name: 'unit-dom', include: domUnitFiles, environment: 'node', maxWorkers: 1, setupFiles: ['test/setup-knowledge.ts', 'test/setup-idle.ts'] },
      },
      {
        extends: true,
        test: { name: 'pages', include: ['test/pages/**/*.test.ts'], isolate: false, ...nodeSuite, setupFiles: ['test/setup-knowledge.ts'] },
      },
      {
        extends: true,
        test: { name: 'vectors', include: ['test/vectors/**/*.test.ts'], ...nodeSuite },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], exclude: [...configDefaults.exclude, ...WAITING_E2E], setupFiles: ['test/setup-knowledge.ts'], ...browserSuite, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'e2e-waits', include: WAITING_E2E, setupFiles: ['test/setup-knowledge.ts'], ...waitingSuite },
      },
      {
        extends: true,
        test: { name: 'e2e-firefox', include: ['test/e2e-firefox/**/*.test.ts'], exclude: [...configDefaults.exclude, ...WAITING_E2E_FIREFOX], ...browserSuite, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'e2e-firefox-waits', include: WAITING_E2E_FIREFOX, ...waitingSuite },
      },
    ],
  },
});
