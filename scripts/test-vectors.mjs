// The rule vectors, once per time zone: TZ must be set before Node starts, so each zone is its own run.
// Lists every vector id with its result; RULE_VECTORS_DIR adds a folder of *.json vectors.
import { runVitest } from './lib/vitest.mjs';

export const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];

export function runVectors(reporter = 'verbose') {
  let passed = 0;
  let failed = 0;
  for (const TZ of ZONES) {
    console.log(`\n── rule vectors, TZ=${TZ}${process.env.RULE_VECTORS_DIR ? `, plus ${process.env.RULE_VECTORS_DIR}` : ''}`);
    const r = runVitest('vectors', { env: { TZ }, reporter });
    passed += r.passed;
    failed += r.failed;
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = runVectors();
  console.log(`\nvectors: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
