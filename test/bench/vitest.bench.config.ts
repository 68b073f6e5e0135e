// The Node side of the benches (test/bench/*.bench-node.test.ts): run by test/bench/run.mjs, never by `npm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['test/bench/**/*.bench-node.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
  },
});
