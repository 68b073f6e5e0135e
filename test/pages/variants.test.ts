/**
 * Generalisation tests: every page fixture here, re-rendered in each variant of variants/index.ts (columns
 * reordered, other header words, cards instead of a table, …), must yield the same records as the fixture
 * (or the variant's own expectation, where it changes what a record says). One test per fixture × variant,
 * named `<fixture> ~ <variant>`. A variant that does not apply to a fixture (no table, no countdown) has no
 * test; a fixture opts out of one with a reason in its expected.json: `"variants": {"skip": {"cards": "why"}}`.
 * Fixtures from PAGE_FIXTURES_DIR are re-rendered too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readPageReport } from '@/lib/pages/read-page';
import { diffRecords, fixturesIn, fixtureWindow, parseExpected, parseFixtureHtml, showInWindow, type Expected } from './fixture-io';
import { seedOf, type Variation } from './variants/dom';
import { VARIANTS, type Variant } from './variants/index';

const HERE = import.meta.dirname;
const NAMES = new Set(VARIANTS.map((v) => v.name));

interface Case {
  name: string;
  variant: Variant;
  expected: Expected;
  html: string;
  /** The page re-rendered, or what the transformation threw (a bug of the generator, failing its test). */
  variation: Variation | Error;
}

const windows: Window[] = [];
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

const cases: Case[] = [];
const optedOut: { name: string; reason: string }[] = [];
const notApplicable: string[] = [];
const badSkips: string[] = [];

const extraDir = process.env.PAGE_FIXTURES_DIR;
const fixtures = [
  ...fixturesIn(HERE, ''),
  ...(extraDir && existsSync(extraDir) ? fixturesIn(resolve(extraDir), `${extraDir}/`) : []),
];

for (const fixture of fixtures) {
  if (!fixture.html || !fixture.expected) continue; // pages.test.ts says so
  const expected = parseExpected(fixture.expected);
  const html = readFileSync(fixture.html, 'utf8');
  const skip = expected.variants?.skip ?? {};
  for (const name of Object.keys(skip)) if (!NAMES.has(name)) badSkips.push(`${fixture.name}: no variant named "${name}"`);
  const window = fixtureWindow(expected.url);
  windows.push(window);
  const source = parseFixtureHtml(window, html);
  for (const variant of VARIANTS) {
    const name = `${fixture.name} ~ ${variant.name}`;
    if (Object.hasOwn(skip, variant.name)) {
      optedOut.push({ name, reason: skip[variant.name]! });
      continue;
    }
    let variation: Variation | Error | null;
    try {
      variation = variant.transform(source, seedOf(name), { url: expected.url, now: expected.now });
    } catch (error) {
      variation = error instanceof Error ? error : new Error(String(error));
    }
    const url = variant.url ? variant.url(expected.url) : expected.url;
    if (variation && url !== null) cases.push({ name, variant, expected: { ...expected, url }, html, variation });
    else notApplicable.push(name);
  }
}

if (optedOut.length > 0) {
  console.info(`Variants skipped by their fixtures:\n  ${optedOut.map((o) => `${o.name}: ${o.reason}`).join('\n  ')}`);
}
if (notApplicable.length > 0) console.info(`Variants not applying (no test):\n  ${notApplicable.join('\n  ')}`);

async function expectVariant(c: Case): Promise<void> {
  if (c.variation instanceof Error) throw new Error(`${c.variant.name} threw on this page`, { cause: c.variation });
  const window = fixtureWindow(c.expected.url);
  try {
    const document = showInWindow(window, c.variation.document);
    const report = readPageReport(document, c.expected.url, Date.parse(c.expected.now));
    const records = c.variant.expect ? c.variant.expect(c.expected.records, c.html) : c.expected.records;
    const changed = `${c.variant.name} (${c.variant.description}): ${c.variation.changes.join('; ')}`;
    expect(report.errors, changed).toEqual([]);
    expect(diffRecords(records, report.records.map((r) => r.record)), changed).toEqual([]);
  } finally {
    await window.happyDOM.close();
  }
}

describe('page fixture variants', () => {
  it('names only variants that exist in "variants.skip"', () => {
    expect(badSkips).toEqual([]);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectVariant(c));
  // Opted out: reported as skipped, with the fixture's reason.
  for (const { name, reason } of optedOut) {
    it(`${name} (skipped: ${reason})`, (context) => {
      expect(reason.trim()).not.toBe('');
      context.skip(reason);
    });
  }
});
