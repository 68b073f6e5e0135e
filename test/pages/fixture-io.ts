/**
 * Page fixtures on disk and their comparison, shared by pages.test.ts (the fixtures as they are) and
 * variants.test.ts (the fixtures re-rendered): finding `<name>.html` + `<name>.expected.json` pairs, parsing
 * the expected file, loading a page into a happy-dom window at the fixture's url, and the record diff.
 *
 * Expected records match by kind:id; a record without an id (a question the page shows no id for) matches
 * the one actual record of its kind with the same question text, whitespace ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { problemFieldsOf, type PageRecord, type Problem } from '@/lib/pages/records';

const TIME_FIELDS = new Set(['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline']);
const OTHER_FIELDS = new Set([
  'kind', 'id', 'status', 'orderId', 'workOrderId', 'itemId', 'province', 'question', 'buyerAnswerCount',
  'itemQaCount', 'problems', 'compensation', 'listedStalled', 'expectedCompensation',
]);

export interface Fixture {
  name: string;
  html?: string;
  expected?: string;
}

export function fixturesIn(dir: string, prefix: string): Fixture[] {
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
  // A fixture names a problem as `field: why`; a record carries { field, reason }.
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
    } else if (!OTHER_FIELDS.has(field)) {
      diffs.push(`${key}: ${field}: not a record field (typo in the fixture?)`);
    } else if (JSON.stringify(got[field]) !== JSON.stringify(want)) {
      diffs.push(`${key}: ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got[field])}`);
    }
  }
  return diffs;
}

/** A question's text for matching records without an id: whitespace ignored. */
function questionKey(question: unknown): string {
  return typeof question === 'string' ? question.replace(/\s+/g, '') : '';
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
    if (want.id === undefined) {
      // No id on the page: the record of this kind asking this question.
      const label = `${String(want.kind)}:(no id) ${JSON.stringify(want.question)}`;
      const matches = [...byKey].filter(([, r]) => r.kind === want.kind && questionKey(r.question) === questionKey(want.question));
      for (const [key] of matches) listed.add(key);
      // The question matched, whitespace ignored: the other fields are compared.
      const { question: _matched, ...rest } = want;
      if (matches.length === 1) diffs.push(...diffRecord(label, rest, matches[0]![1]));
      else if (matches.length === 0) diffs.push(`${label}: expected, but not yielded`);
      else diffs.push(`${label}: yielded ${matches.length} times, as ${matches.map(([key]) => key).join(', ')}`);
      continue;
    }
    const key = `${String(want.kind)}:${String(want.id)}`;
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

export interface Expected {
  url: string;
  now: string;
  records: Record<string, unknown>[];
  /** For variants.test.ts: variants this fixture opts out of, each with the reason. */
  variants?: { skip?: Record<string, string> };
}

export function parseExpected(path: string): Expected {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<Expected>;
  if (typeof json.url !== 'string') throw new Error(`${path}: "url" must be a string`);
  if (typeof json.now !== 'string' || Number.isNaN(Date.parse(json.now))) throw new Error(`${path}: "now" must be an ISO time`);
  if (!Array.isArray(json.records)) throw new Error(`${path}: "records" must be an array`);
  for (const r of json.records) {
    if (typeof r !== 'object' || r === null || typeof r.kind !== 'string') {
      throw new Error(`${path}: every record needs a string "kind" and "id": ${JSON.stringify(r)}`);
    }
    const byQuestion = r.id === undefined && typeof r.question === 'string' && r.question.trim() !== '';
    if (typeof r.id !== 'string' && !byQuestion) {
      throw new Error(`${path}: every record needs a string "kind" and "id" (or, without an id, a "question"): ${JSON.stringify(r)}`);
    }
  }
  const skip = json.variants?.skip;
  if (skip !== undefined && (typeof skip !== 'object' || skip === null || Object.values(skip).some((v) => typeof v !== 'string' || v.trim() === ''))) {
    throw new Error(`${path}: "variants.skip" must map variant names to reasons`);
  }
  return json as Expected;
}

/** A happy-dom window at a fixture's url, scripts and style sheets off. */
export function fixtureWindow(url: string): Window {
  return new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
}

/** The fixture's html parsed in `window`: a detached document, for transformations to work on. */
export function parseFixtureHtml(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * `parsed`'s page as the window's own document, at the fixture's url, as the content script sees it
 * (replaceChild on a document fails in happy-dom).
 */
export function showInWindow(window: Window, parsed: Document): ParentNode {
  const document = window.document;
  const page = document.importNode(parsed.documentElement as never, true);
  document.documentElement.remove();
  document.appendChild(page);
  return document as unknown as ParentNode;
}
