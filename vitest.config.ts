import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
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

// One config, six suites: `unit` and `unit-dom` (fast, fake browser + fake IndexedDB), `pages` (page fixtures), `vectors`
// (rule vectors, run once per time zone by scripts/test-vectors.mjs), `e2e` (real Chromium, the built extension) and
// `e2e-firefox` (real Firefox ESR, the Firefox build).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: domUnitFiles,
          isolate: false,
          environment: 'node',
          setupFiles: ['test/setup-knowledge.ts', 'test/setup-idle.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'unit-dom', include: domUnitFiles, environment: 'node', setupFiles: ['test/setup-knowledge.ts', 'test/setup-idle.ts'] },
      },
      {
        extends: true,
        test: { name: 'pages', include: ['test/pages/**/*.test.ts'], isolate: false, environment: 'node', setupFiles: ['test/setup-knowledge.ts'] },
      },
      {
        extends: true,
        test: { name: 'vectors', include: ['test/vectors/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/setup-knowledge.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
