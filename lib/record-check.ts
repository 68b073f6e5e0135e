/**
 * One page record checked field by field. A field that breaks a limit is clamped where cutting keeps its
 * meaning (free text, the reader's problems); a field that would name another item once cut (an identifier),
 * or of the wrong type, refuses the record: that record alone is left out of the log, and its badge says why.
 * Each kind of field has its list and its check, so a new field adds one entry.
 */
import type { FieldSource, PageRecord, Problem, ProblemReason, RecordKind, RecordStatus, ShownAnswer, SourcedField } from './pages/records';
import { stripInvisible } from './pages/text/read';
import { answerFacts } from './answers/shown';

/** Bounds that keep one hostile or huge page from bloating the log. Text lengths count code points. */
export const LIMITS = { url: 2048, records: 5000, id: 200, text: 500, problems: 20, problem: 300, field: 40, outline: 20_000, answers: 50 } as const;

/** A record's limit problem: a Problem whose reason is `limit`, its detail saying which. */
export type LimitProblem = Problem;

/** The one place a limit's problem is made. */
export function limitProblem(field: string, reason: string): LimitProblem {
  return { field: clampText(field, LIMITS.field), reason: 'limit', detail: clampText(reason, LIMITS.problem) };
}

const REASONS: readonly ProblemReason[] = ['not-shown', 'unreadable', 'disagree', 'limit', 'rules', 'no-reply'];
const VIAS: readonly FieldSource['via'][] = ['column', 'label', 'page', 'url', 'cell', 'data'];
const SOURCED: readonly SourcedField[] = [
  'id', 'status', 'orderId', 'serialNo', 'workOrderId', 'itemId', 'requestedAt', 'workOrderCreatedAt', 'compensation', 'lastUpdateAt',
  'province', 'askedAt', 'question', 'buyerAnswerCount', 'itemQaCount', 'pageDeadline', 'listedStalled', 'expectedCompensation',
];

/** A reader's problem, its texts clamped; null when it is no problem at all. */
export function parseProblem(value: unknown): Problem | null {
  if (!isObject(value) || typeof value.field !== 'string' || !REASONS.includes(value.reason as ProblemReason)) return null;
  if (value.detail !== undefined && typeof value.detail !== 'string') return null;
  const problem: Problem = { field: clampText(value.field, LIMITS.field), reason: value.reason as ProblemReason };
  if (value.detail !== undefined) problem.detail = clampText(value.detail as string, LIMITS.problem);
  return problem;
}

/** Where each field was read, names clamped; null when it is not such a map. */
function parseSources(value: unknown): PageRecord['sources'] | null {
  if (!isObject(value)) return null;
  const sources: NonNullable<PageRecord['sources']> = {};
  for (const [field, source] of Object.entries(value)) {
    if (!SOURCED.includes(field as SourcedField) || !isObject(source) || typeof source.name !== 'string') return null;
    if (!VIAS.includes(source.via as FieldSource['via'])) return null;
    sources[field as SourcedField] = { via: source.via as FieldSource['via'], name: clampText(source.name, LIMITS.field) };
  }
  return sources;
}

/** The first `max` code points of `text`: a surrogate pair is kept whole or left out, never split. */
function clampText(text: string, max: number): string {
  if (text.length <= max) return text; // fewer UTF-16 units than max: fewer code points too
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points === max) return text.slice(0, units);
    units += ch.length;
    points += 1;
  }
  return text;
}

/** Length in code points, stopping once past `max` (a 5 MB string is not walked to its end). */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let points = 0;
  for (const _ of text) if (++points > max) return true;
  return false;
}

/**
 * A question's shown answers, texts clamped, at most LIMITS.answers (the rest dropped), each row cut down to the facts
 * the log reads (its seller mark and time: answers/shown.ts answerFacts); null when it is no such list.
 */
function parseAnswers(value: unknown): ShownAnswer[] | null {
  if (!Array.isArray(value)) return null;
  const answers: ShownAnswer[] = [];
  for (const a of value.slice(0, LIMITS.answers)) {
    if (!isObject(a) || typeof a.text !== 'string' || typeof a.by !== 'string') return null;
    answers.push({ text: clampText(stripInvisible(a.text), LIMITS.text), by: answerFacts(clampText(a.by, LIMITS.problem)) });
  }
  return answers;
}

const RECORD_KINDS: readonly RecordKind[] = ['invoice', 'logistics', 'qa'];
const STATUSES: readonly RecordStatus[] = ['open', 'done', 'unanswerable'];

/** Identifiers: cut, two items would merge into one, so a record with one too long is refused. */
const ID_FIELDS = ['orderId', 'workOrderId', 'itemId', 'serialNo'] as const;
/** Free text: cut at the limit. */
const TEXT_FIELDS = ['province', 'question'] as const;
const TIME_FIELDS = ['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline'] as const;
const COUNT_FIELDS = ['buyerAnswerCount', 'itemQaCount'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** Yuan, as a page shows a compensation: non-negative, bounded. */
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e9;

/** A record taken (perhaps clamped, its problems saying what was dropped), or the problems that refused it. */
export type RecordCheck = { ok: true; record: PageRecord } | { ok: false; problems: LimitProblem[] };

const refused = (field: string, reason: string): RecordCheck => ({ ok: false, problems: [limitProblem(field, reason)] });

/** Why an identifier refuses its record, or null when it is fine. */
function idReason(value: unknown, required: boolean, max: number): string | null {
  if (value === undefined && !required) return null;
  if (typeof value !== 'string') return 'not text';
  if (value.length === 0) return 'missing';
  return longerThan(value, max) ? `longer than ${max} characters` : null;
}

/** The reader's own problems, at most LIMITS.problems: the last one kept says how many were left out. */
function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= LIMITS.problems) return problems;
  return [...problems.slice(0, LIMITS.problems - 1), limitProblem('problems', `${problems.length - LIMITS.problems + 1} more`)];
}

/** Known fields only, each of the right type and size (see the header for what happens to one that is not). */
export function checkRecord(value: unknown): RecordCheck {
  if (!isObject(value)) return refused('record', 'not a record');
  const { kind, id, status } = value;
  if (!RECORD_KINDS.includes(kind as RecordKind)) return refused('kind', 'unknown');
  if (!STATUSES.includes(status as RecordStatus)) return refused('status', 'unknown');
  for (const field of ['id', ...ID_FIELDS] as const) {
    // The record key is shorter than the numbers it may be made of (ITEM_KEY_MAX in store/import-check.ts).
    const reason = field === 'id' ? idReason(id, true, LIMITS.id) : idReason(value[field], false, LIMITS.text);
    if (reason) return refused(field, reason);
  }
  const record: PageRecord = { kind: kind as RecordKind, id: id as string, status: status as RecordStatus };
  for (const f of ID_FIELDS) if (value[f] !== undefined) record[f] = value[f] as string;
  // A value of the wrong type is no reading of the page (our adapters never send one): the record is refused.
  for (const f of TEXT_FIELDS) {
    if (value[f] === undefined) continue;
    if (typeof value[f] !== 'string') return refused(f, 'not text');
    // Stripped here too: the log keeps no text that reorders or hides what the popup and notifications show.
    record[f] = clampText(stripInvisible(value[f]), LIMITS.text);
  }
  for (const f of TIME_FIELDS) {
    if (value[f] === undefined) continue;
    if (!isInstant(value[f])) return refused(f, 'not a time');
    record[f] = value[f];
  }
  for (const f of COUNT_FIELDS) {
    if (value[f] === undefined) continue;
    if (!isCount(value[f])) return refused(f, 'not a count');
    record[f] = value[f];
  }
  if (value.pageUnit !== undefined) {
    if (!isCount(value.pageUnit)) return refused('pageUnit', 'not a duration');
    record.pageUnit = value.pageUnit;
  }
  if (value.compensation !== undefined) {
    if (value.compensation !== 'auto' && value.compensation !== 'exempt') return refused('compensation', 'unknown');
    record.compensation = value.compensation;
  }
  if (value.listedStalled !== undefined) {
    if (value.listedStalled !== true || kind !== 'logistics') return refused('listedStalled', 'not a logistics mark');
    record.listedStalled = true;
  }
  if (value.expectedCompensation !== undefined) {
    if (!isAmount(value.expectedCompensation)) return refused('expectedCompensation', 'not an amount');
    record.expectedCompensation = value.expectedCompensation;
  }
  if (value.answers !== undefined) {
    const answers = kind === 'qa' ? parseAnswers(value.answers) : null;
    if (!answers) return refused('answers', 'not a list of answers');
    record.answers = answers;
  }
  if (value.sources !== undefined) {
    const sources = parseSources(value.sources);
    if (!sources) return refused('sources', 'not a map of sources');
    record.sources = sources;
  }
  const problems = value.problems;
  if (problems === undefined) return { ok: true, record };
  const parsed = Array.isArray(problems) ? problems.map(parseProblem) : [null];
  if (parsed.some((p) => p === null)) return refused('problems', 'not a list of problems');
  record.problems = capProblems(parsed as Problem[]);
  return { ok: true, record };
}
