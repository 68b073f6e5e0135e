// The rule vectors, once per time zone: TZ must be set before Node starts, so each zone is its own run. The three
// runs go side by side (each is mostly vitest starting up) and print one after the other.
// Lists every vector id with its result; RULE_VECTORS_DIR adds a folder of *.json vectors.
import { runVitestQuietly } from './lib/vitest.mjs';

export const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];

/** `env`: more environment for every run (the pinned clock's). */
export async function runVectors(reporter = 'verbose', env = {}) {
  const runs = ZONES.map((TZ) => runVitestQuietly('vectors', { env: { ...env, TZ }, reporter }));
  let passed = 0;
  let failed = 0;
  for (const [i, TZ] of ZONES.entries()) {
    const r = await runs[i];
    console.log(`\n── rule vectors, TZ=${TZ}${process.env.RULE_VECTORS_DIR ? `, plus ${process.env.RULE_VECTORS_DIR}` : ''}\n${r.output}`);
    passed += r.passed;
    failed += r.failed;
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await runVectors();
  console.log(`\nvectors: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
