/**
 * The typed message protocol between the content script and the background.
 * Every message is validated on receipt: the background trusts nothing it did not check.
 */
import type { BadgeBasis } from './badges/badge-model';
import type { BadgeContext } from './badges/context';
import type { PageKind } from './pages/detect';
import type { FieldSource, PageRecord, Problem, ProblemReason, RecordKind, RecordStatus, SourcedField } from './pages/records';

export const PAGE_KINDS: readonly PageKind[] = ['invoice-requests', 'sold-orders', 'order-detail', 'ask-all', 'seller-other'];
const RECORD_KINDS: readonly RecordKind[] = ['invoice', 'logistics', 'qa'];
const STATUSES: readonly RecordStatus[] = ['open', 'done', 'unanswerable'];
const REASONS: readonly ProblemReason[] = ['not-shown', 'unreadable', 'disagree', 'limit', 'rules', 'no-reply'];
const VIAS: readonly FieldSource['via'][] = ['column', 'label', 'page', 'url', 'cell'];
const SOURCED: readonly SourcedField[] = [
  'id', 'status', 'orderId', 'workOrderId', 'itemId', 'requestedAt', 'workOrderCreatedAt', 'compensation', 'lastUpdateAt',
  'province', 'askedAt', 'question', 'buyerAnswerCount', 'itemQaCount', 'pageDeadline',
];

/** A content script reports what one seller page showed; the reply is a PageReply for its badges. */
export interface PageReport {
  type: 'page-report';
  url: string;
  pageKind: PageKind;
  seenAt: number;
  records: PageRecord[];
  /** Only when a known page kind shows rows but yields no records: its anonymised outline (pages/outline.ts). */
  outline?: string;
}

/** A content script asks for the page knowledge to read with (knowledge.ts); the reply is a PageKnowledge. */
export interface KnowledgeRequest {
  type: 'page-knowledge';
}

export type ContentMessage = PageReport | KnowledgeRequest;

export function isKnowledgeRequest(message: unknown): message is KnowledgeRequest {
  return isObject(message) && message.type === 'page-knowledge';
}

/** The background's answer to a page report: what every badge shares, and each record's badge basis (same order; null: no badge). */
export interface PageReply extends BadgeContext {
  bases: (BadgeBasis | null)[];
}

/** Bounds that keep one hostile or huge page from bloating the log. */
export const LIMITS = { url: 2048, records: 5000, id: 200, text: 500, problems: 20, problem: 300, field: 40, outline: 20_000 } as const;

const STRING_FIELDS = ['orderId', 'workOrderId', 'itemId', 'province', 'question'] as const;
const TIME_FIELDS = ['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline'] as const;
const COUNT_FIELDS = ['buyerAnswerCount', 'itemQaCount'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function parseProblem(value: unknown): Problem | null {
  if (!isObject(value) || !isText(value.field, LIMITS.field) || !REASONS.includes(value.reason as ProblemReason)) return null;
  if (value.detail !== undefined && !isText(value.detail, LIMITS.problem)) return null;
  const problem: Problem = { field: value.field, reason: value.reason as ProblemReason };
  if (value.detail !== undefined) problem.detail = value.detail as string;
  return problem;
}

function parseSources(value: unknown): PageRecord['sources'] | null {
  if (!isObject(value)) return null;
  const sources: NonNullable<PageRecord['sources']> = {};
  for (const [field, source] of Object.entries(value)) {
    if (!SOURCED.includes(field as SourcedField) || !isObject(source)) return null;
    if (!VIAS.includes(source.via as FieldSource['via']) || !isText(source.name, LIMITS.field)) return null;
    sources[field as SourcedField] = { via: source.via as FieldSource['via'], name: source.name };
  }
  return sources;
}

/** A record with known fields only, each of the right type and size; null if anything is off. */
export function parseRecord(value: unknown): PageRecord | null {
  if (!isObject(value)) return null;
  const { kind, id, status } = value;
  if (!RECORD_KINDS.includes(kind as RecordKind) || !STATUSES.includes(status as RecordStatus)) return null;
  if (!isText(id, LIMITS.id) || id.length === 0) return null;
  const record: PageRecord = { kind: kind as RecordKind, id, status: status as RecordStatus };
  for (const f of STRING_FIELDS) {
    if (value[f] === undefined) continue;
    if (!isText(value[f], LIMITS.text)) return null;
    record[f] = value[f];
  }
  for (const f of TIME_FIELDS) {
    if (value[f] === undefined) continue;
    if (!isInstant(value[f])) return null;
    record[f] = value[f];
  }
  for (const f of COUNT_FIELDS) {
    if (value[f] === undefined) continue;
    if (!isCount(value[f])) return null;
    record[f] = value[f];
  }
  if (value.compensation !== undefined) {
    if (value.compensation !== 'auto' && value.compensation !== 'exempt') return null;
    record.compensation = value.compensation;
  }
  if (value.problems !== undefined) {
    const p = value.problems;
    if (!Array.isArray(p) || p.length > LIMITS.problems) return null;
    const problems = p.map(parseProblem);
    if (problems.some((x) => x === null)) return null;
    record.problems = problems as Problem[];
  }
  if (value.sources !== undefined) {
    const sources = parseSources(value.sources);
    if (!sources) return null;
    record.sources = sources;
  }
  return record;
}

export function parsePageReport(value: unknown): PageReport | null {
  if (!isObject(value) || value.type !== 'page-report') return null;
  const { url, pageKind, seenAt, records, outline } = value;
  if (outline !== undefined && !isText(outline, LIMITS.outline)) return null;
  if (!isText(url, LIMITS.url) || !url.startsWith('https://')) return null;
  if (!PAGE_KINDS.includes(pageKind as PageKind) || !isInstant(seenAt)) return null;
  if (!Array.isArray(records) || records.length > LIMITS.records) return null;
  const parsed = records.map(parseRecord);
  if (parsed.some((r) => r === null)) return null;
  const report: PageReport = { type: 'page-report', url, pageKind: pageKind as PageKind, seenAt, records: parsed as PageRecord[] };
  if (outline !== undefined) report.outline = outline;
  return report;
}
