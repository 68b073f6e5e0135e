/**
 * Page fixtures (DESIGN contract 2): every `<name>.html` + `<name>.expected.json` here, and in the folder
 * named by PAGE_FIXTURES_DIR, runs through readPage, as the content script calls it, at the fixture's url
 * and now. Expected records match by kind:id; each listed field must match (times as instants; `problems`
 * as the set of field names before ':'); unlisted fields are not checked; an unlisted record fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPageReport } from '@/lib/pages/read-page';
import { problemFieldsOf, type PageRecord, type Problem } from '@/lib/pages/records';

const HERE = import.meta.dirname;
const TIME_FIELDS = new Set(['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline']);
const OTHER_FIELDS = new Set([
  'kind', 'id', 'status', 'orderId', 'workOrderId', 'itemId', 'province', 'question', 'buyerAnswerCount',
  'itemQaCount', 'problems', 'compensation',
]);

interface Fixture {
  name: string;
  html?: string;
  expected?: string;
}

function fixturesIn(dir: string, prefix: string): Fixture[] {
  const byName = new Map<string, Fixture>();
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+?)(\.html|\.expected\.json)$/.exec(file);
    if (!m) continue;
    const fixture = byName.get(m[1]!) ?? { name: `${prefix}${m[1]}` };
    if (m[2] === '.html') fixture.html = join(dir, file);
    else fixture.expected = join(dir, file);
    byName.set(m[1]!, fixture);
  }
  return [...byName.values()];
}

/** An instant as Shanghai wall time, for messages. */
function shanghai(ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return JSON.stringify(ms);
  return new Date(ms + 8 * 3_600_000).toISOString().replace(/\.000Z$|Z$/, '+08:00');
}

function fieldNames(problems: unknown): string[] {
  return Array.isArray(problems) ? problemFieldsOf(problems as (Problem | string)[]).sort() : [];
}

/** Differences between one expected and one actual record, each naming the record and the field. */
function diffRecord(key: string, expected: Record<string, unknown>, actual: PageRecord): string[] {
  const diffs: string[] = [];
  const got = actual as unknown as Record<string, unknown>;
  for (const [field, want] of Object.entries(expected)) {
    if (TIME_FIELDS.has(field)) {
      const wantMs = typeof want === 'string' ? Date.parse(want) : Number.NaN;
      if (Number.isNaN(wantMs)) diffs.push(`${key}: ${field}: expected value ${JSON.stringify(want)} is not a time`);
      else if (got[field] !== wantMs) diffs.push(`${key}: ${field}: expected ${shanghai(wantMs)}, got ${shanghai(got[field])}`);
    } else if (field === 'problems') {
      const want2 = fieldNames(want);
      const have = fieldNames(got.problems);
      if (want2.join() !== have.join()) {
        diffs.push(`${key}: problems: expected fields [${want2.join(', ')}], got ${JSON.stringify(got.problems ?? [])}`);
      }
    } else if (field === 'id' && expected.id === undefined) {
      continue;
    } else if (!OTHER_FIELDS.has(field)) {
      diffs.push(`${key}: ${field}: not a record field (typo in the fixture?)`);
    } else if (JSON.stringify(got[field]) !== JSON.stringify(want)) {
      diffs.push(`${key}: ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got[field])}`);
    }
  }
  return diffs;
}

const squeeze = (text: unknown) => String(text).replace(/\s+/g, '');

/** A record the page gives no id is matched by kind and question text, whitespace ignored (PAGES.md). */
function questionKeyOf(want: Record<string, unknown>, actual: readonly PageRecord[]): string {
  const found = actual.find((r) => r.kind === want.kind && squeeze(r.question) === squeeze(want.question));
  return found ? `${found.kind}:${found.id}` : `${String(want.kind)}:question ${JSON.stringify(want.question)}`;
}

export function diffRecords(expected: readonly Record<string, unknown>[], actual: readonly PageRecord[]): string[] {
  const diffs: string[] = [];
  const byKey = new Map<string, PageRecord>();
  for (const record of actual) {
    const key = `${record.kind}:${record.id}`;
    if (byKey.has(key)) diffs.push(`${key}: yielded twice (records with one kind:id must be merged)`);
    byKey.set(key, record);
  }
  const listed = new Set<string>();
  for (const want of expected) {
    const key = want.id === undefined ? questionKeyOf(want, actual) : `${String(want.kind)}:${String(want.id)}`;
    listed.add(key);
    const got = byKey.get(key);
    if (got) diffs.push(...diffRecord(key, want, got));
    else diffs.push(`${key}: expected, but not yielded`);
  }
  for (const [key, record] of byKey) {
    if (!listed.has(key)) diffs.push(`${key}: yielded, but not expected: ${JSON.stringify(record).slice(0, 300)}`);
  }
  return diffs;
}

interface Expected {
  url: string;
  now: string;
  records: Record<string, unknown>[];
}

function parseExpected(path: string): Expected {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<Expected>;
  if (typeof json.url !== 'string') throw new Error(`${path}: "url" must be a string`);
  if (typeof json.now !== 'string' || Number.isNaN(Date.parse(json.now))) throw new Error(`${path}: "now" must be an ISO time`);
  if (!Array.isArray(json.records)) throw new Error(`${path}: "records" must be an array`);
  for (const r of json.records) {
    if (typeof r !== 'object' || r === null || typeof r.kind !== 'string') throw new Error(`${path}: every record needs a string "kind": ${JSON.stringify(r)}`);
    const named = typeof r.id === 'string' || (r.id === undefined && r.kind === 'qa' && typeof r.question === 'string');
    if (!named) throw new Error(`${path}: every record needs a string "id", or, a question without one, its "question": ${JSON.stringify(r)}`);
  }
  return json as Expected;
}

async function expectFixture(fixture: Fixture): Promise<void> {
  if (!fixture.html) throw new Error(`${fixture.name}: ${fixture.expected} has no .html beside it`);
  if (!fixture.expected) throw new Error(`${fixture.name}: ${fixture.html} has no .expected.json beside it`);
  const expected = parseExpected(fixture.expected);
  const window = new Window({ url: expected.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    const parsed = new window.DOMParser().parseFromString(readFileSync(fixture.html, 'utf8'), 'text/html');
    const document = window.document;
    // The page as the window's own document, at the fixture's url (replaceChild on a document fails in happy-dom).
    const page = document.importNode(parsed.documentElement, true);
    document.documentElement.remove();
    document.appendChild(page);
    const now = Date.parse(expected.now);
    const report = readPageReport(document as unknown as ParentNode, expected.url, now);
    expect(report.errors).toEqual([]);
    expect(diffRecords(expected.records, report.records.map((r) => r.record))).toEqual([]);
    // A day later the same page must name the same items: an id may not hang on relative text (昨天 10:00).
    const later = readPageReport(document as unknown as ParentNode, expected.url, now + 86_400_000);
    expect(later.records.map((r) => `${r.record.kind}:${r.record.id}`).sort()).toEqual(report.records.map((r) => `${r.record.kind}:${r.record.id}`).sort());
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
