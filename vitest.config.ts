import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// One config, five suites: `unit` (fast, fake browser + fake IndexedDB), `pages` (page fixtures), `vectors` (rule vectors,
// run once per time zone by scripts/test-vectors.mjs) `e2e` (real Chromium, the built extension) and `e2e-firefox` (real Firefox ESR, the Firefox build).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['test/setup-knowledge.ts', 'test/setup-idle.ts'] },
      },
      {
        extends: true,
        test: { name: 'pages', include: ['test/pages/**/*.test.ts'], environment: 'node', setupFiles: ['test/setup-knowledge.ts'] },
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
