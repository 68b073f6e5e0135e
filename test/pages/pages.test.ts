/**
 * Page fixtures (DESIGN contract 2): every `<name>.html` + `<name>.expected.json` here, and in the folder
 * named by PAGE_FIXTURES_DIR, runs through readPage, as the content script calls it, at the fixture's url
 * and now. Expected records match by kind:id (without an id, by kind and question: fixture-io.ts); each listed
 * field must match (times as instants; `problems` as the set of their fields); unlisted fields are
 * not checked; an unlisted record fails. Each page is read again a day later: every record must keep its id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageReport } from '@/lib/pages/read-page';
import type { PageRecord } from '@/lib/pages/records';
import { diffRecords, fixturesIn, fixtureWindow, parseExpected, parseFixtureHtml, showInWindow, type Fixture } from './fixture-io';

const HERE = import.meta.dirname;

async function expectFixture(fixture: Fixture): Promise<void> {
  if (!fixture.html) throw new Error(`${fixture.name}: ${fixture.expected} has no .html beside it`);
  if (!fixture.expected) throw new Error(`${fixture.name}: ${fixture.html} has no .expected.json beside it`);
  const expected = parseExpected(fixture.expected);
  const window = fixtureWindow(expected.url);
  try {
    const document = showInWindow(window, parseFixtureHtml(window, readFileSync(fixture.html, 'utf8')));
    const now = Date.parse(expected.now);
    const report = readPageReport(document, expected.url, now);
    expect(report.errors).toEqual([]);
    expect(diffRecords(expected.records, report.records.map((r) => r.record))).toEqual([]);
    // A day later the same page must name the same items: an id may not hang on relative text (昨天 10:00).
    const ids = (r: typeof report) => r.records.map(({ record }) => `${record.kind}:${record.id}`).sort();
    expect(ids(readPageReport(document, expected.url, now + 86_400_000))).toEqual(ids(report));
  } finally {
    await window.happyDOM.close();
  }
}

const extraDir = process.env.PAGE_FIXTURES_DIR;
const fixtures = [
  ...fixturesIn(HERE, ''),
  ...(extraDir && existsSync(extraDir) ? fixturesIn(resolve(extraDir), `${extraDir}/`) : []),
];

describe('page fixtures', () => {
  it('has at least 12 fixtures here', () => {
    expect(fixturesIn(HERE, '').length).toBeGreaterThanOrEqual(12);
  });
  it('finds PAGE_FIXTURES_DIR, when it is set', () => {
    const missing = extraDir !== undefined && !existsSync(extraDir);
    expect(missing ? `PAGE_FIXTURES_DIR names ${extraDir}, which does not exist` : 'ok').toBe('ok');
  });
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => expectFixture(fixture));
});

describe('the fixture diff', () => {
  it('names the record and the field, expected vs actual', () => {
    const actual: PageRecord[] = [
      { kind: 'invoice', id: '1', status: 'open', requestedAt: Date.parse('2022-12-05T10:00:00+08:00'), problems: [{ field: 'pageDeadline', reason: 'unreadable', detail: 'x' }] },
      { kind: 'qa', id: 'q', status: 'open' },
    ];
    const expected = [
      { kind: 'invoice', id: '1', status: 'done', requestedAt: '2022-12-05T02:00:00Z', problems: ['askedAt'] },
      { kind: 'logistics', id: '2' },
    ];
    expect(diffRecords(expected, actual)).toEqual([
      'invoice:1: status: expected "done", got "open"',
      'invoice:1: problems: expected fields [askedAt], got [{"field":"pageDeadline","reason":"unreadable","detail":"x"}]',
      'logistics:2: expected, but not yielded',
      'qa:q: yielded, but not expected: {"kind":"qa","id":"q","status":"open"}',
    ]);
  });
});
