/**
 * Checks an exported log file before anything is written: a file is hostile until proven otherwise (hand
 * edits, another version, page text that was never bounded). Every row must have known fields only, each of
 * the right type and size; the first problem found is named (`tickets[3].lastSeenAt`) and nothing is imported.
 */
import { LIMITS, parseProblem } from '../messages';
import { isSellerUrl } from '../seller-url';
import { settingsOverrides } from './settings-store';
import type { RuleSettings } from '../rules/settings';
import type { LoggedAnswer, PenaltyEvent, QaEntry, ReminderState, Ticket } from './types';

export const LOG_FORMAT = 'deadline-sentinel-log';
export const LOG_VERSION = 1;
/** More rows than a seller's log can plausibly hold: refuse rather than stall the page. */
export const MAX_ROWS = 100_000;

export interface LogExport {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  exportedAt: number;
  tickets: Ticket[];
  questions: QaEntry[];
  penalties: PenaltyEvent[];
  /** The user's overrides only; the defaults are not part of the log. */
  settings: Partial<RuleSettings>;
  reminders: ReminderState[];
  /** The answers 问大家 pages showed (schema v6); absent in files written before. */
  answers?: LoggedAnswer[];
}

/** The i18n keys of the reasons a file is refused; `detail` names the place (not translated). */
export type ImportErrorKey = 'import_error_format' | 'import_error_version' | 'import_error_row' | 'import_error_duplicate' | 'import_error_settings' | 'import_error_too_many' | 'import_error_failed';

export interface ImportProblem {
  error: ImportErrorKey;
  detail?: string;
}

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const instant: Check = (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;
const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const text = (max: number, min = 0): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const listOf = (max: number, item: Check): Check => (v) => Array.isArray(v) && v.length <= max && v.every(item);
// Whether the link is a seller page is asked after the shape (sellerLinksOnly): such an item is dropped, not the file.
const pageUrl: Check = text(LIMITS.url);

/** An item's evidence for closing by absence: a list name and a row count, nothing else. */
function isLeftList(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { list, rows, ...rest } = v as Record<string, unknown>;
  return Object.keys(rest).length === 0 && typeof list === 'string' && list.length > 0 && list.length <= 40 && Number.isSafeInteger(rows) && (rows as number) >= 0;
}

/** Item keys are `${kind}:${orderId ?? id}`, and a page's order number may be up to LIMITS.text long. */
const ITEM_KEY_MAX = LIMITS.text + 20;

/** Fields every logged item has; `problems` may carry one more than a page report (the rules' own). */
const ITEM_FIELDS: Record<string, Check> = {
  key: text(ITEM_KEY_MAX, 1),
  pageDeadline: instant,
  pageUnit: count,
  // Structured, or a string as exports written before problems were structured (read as problems on the way in).
  problems: listOf(LIMITS.problems + 1, (v) => parseProblem(v) !== null || text(LIMITS.problem)(v)),
  url: pageUrl,
  tabId: Number.isSafeInteger,
  firstSeenAt: instant,
  lastSeenAt: instant,
  closedAt: instant,
  closedBy: oneOf('page', 'user', 'list'),
  closedWhy: (v) => isLeftList(v),
  lists: listOf(20, text(320, 1)),
  dueTimes: listOf(16, instant),
  finalDueAt: instant,
};

const TICKET_FIELDS: Record<string, Check> = {
  ...ITEM_FIELDS,
  kind: oneOf('invoice', 'logistics'),
  status: oneOf('open', 'done'),
  orderId: text(LIMITS.text),
  workOrderId: text(LIMITS.text),
  requestedAt: instant,
  workOrderCreatedAt: instant,
  lastUpdateAt: instant,
  province: text(LIMITS.text),
  stalledSince: instant,
  expectedCompensation: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e9,
};

const QA_FIELDS: Record<string, Check> = {
  ...ITEM_FIELDS,
  kind: oneOf('qa'),
  id: text(LIMITS.id, 1),
  status: oneOf('open', 'answered', 'unanswerable', 'done'),
  question: text(LIMITS.text),
  itemId: text(LIMITS.text),
  askedAt: instant,
  buyerAnswerCount: count,
  itemQaCount: count,
  answeredAt: instant,
  answerText: text(LIMITS.text),
};

const PENALTY_FIELDS: Record<string, Check> = {
  id: (v) => Number.isSafeInteger(v) && (v as number) > 0,
  at: instant,
  points: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12,
  ticketKey: text(LIMITS.text),
  source: oneOf('page', 'user'),
  // Absent in files written before v7: such a row is the invoice rule's (import-merge.ts).
  rule: oneOf('invoice', 'other'),
  note: text(LIMITS.text),
};

const REMINDER_FIELDS: Record<string, Check> = {
  key: text(ITEM_KEY_MAX + 60, 1), // `${itemKey}|${deadlineKey}` (older versions: `|${deadlineAt}` too)
  itemKey: text(ITEM_KEY_MAX, 1),
  deadlineAt: instant,
  sentLeadMinutes: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  sentAt: instant,
  pending: text(ITEM_KEY_MAX + 20, 1),
};

const ANSWER_FIELDS: Record<string, Check> = {
  key: text(ITEM_KEY_MAX + 20, 1), // `${questionKey}|${hash}`
  questionKey: text(ITEM_KEY_MAX, 1),
  itemId: text(LIMITS.text),
  question: text(LIMITS.text),
  text: text(LIMITS.text, 1),
  by: oneOf('seller', 'buyer', 'unknown'),
  at: instant,
  firstSeenAt: instant,
  lastSeenAt: instant,
  url: pageUrl,
};

const REQUIRED = {
  tickets: ['key', 'kind', 'status', 'url', 'firstSeenAt', 'lastSeenAt', 'dueTimes'],
  questions: ['key', 'kind', 'id', 'status', 'url', 'firstSeenAt', 'lastSeenAt', 'dueTimes'],
  penalties: ['at', 'points', 'source'],
  reminders: ['key', 'itemKey', 'sentLeadMinutes', 'sentAt'],
  answers: ['key', 'questionKey', 'question', 'text', 'by', 'firstSeenAt', 'lastSeenAt', 'url'],
} as const;

type TableName = keyof typeof REQUIRED;

/** The first field that is unknown, missing or malformed, or null. */
function badField(row: Record<string, unknown>, fields: Record<string, Check>, required: readonly string[]): string | null {
  for (const name of required) if (!Object.hasOwn(row, name)) return name;
  for (const [name, value] of Object.entries(row)) {
    const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!check?.(value)) return name;
  }
  return null;
}

/** What the shape alone cannot say: the key names the item, and it was first seen before it was last seen. */
function badItemKey(row: Record<string, unknown>): string | null {
  const { key, kind, id, firstSeenAt, lastSeenAt } = row as { key: string; kind: string; id?: string; firstSeenAt: number; lastSeenAt: number };
  const keyFits = kind === 'qa' ? key === `qa:${id}` : key.startsWith(`${kind}:`) && key.length > `${kind}:`.length;
  if (!keyFits) return 'key';
  return firstSeenAt > lastSeenAt ? 'firstSeenAt' : null;
}

const FIELDS: Record<TableName, Record<string, Check>> = { tickets: TICKET_FIELDS, questions: QA_FIELDS, penalties: PENALTY_FIELDS, reminders: REMINDER_FIELDS, answers: ANSWER_FIELDS };

function checkTable(name: TableName, rows: unknown): ImportProblem | null {
  if (!Array.isArray(rows)) return { error: 'import_error_row', detail: name };
  if (rows.length > MAX_ROWS) return { error: 'import_error_too_many', detail: name };
  const seen = new Set<unknown>();
  for (const [i, row] of rows.entries()) {
    if (!isObject(row)) return { error: 'import_error_row', detail: `${name}[${i}]` };
    const bad = badField(row, FIELDS[name], REQUIRED[name]) ?? (name === 'tickets' || name === 'questions' ? badItemKey(row) : null);
    if (bad !== null) return { error: 'import_error_row', detail: `${name}[${i}].${bad}` };
    const key = name === 'penalties' ? row.id : row.key;
    if (key !== undefined && seen.has(key)) return { error: 'import_error_duplicate', detail: `${name}[${i}]: ${String(key).slice(0, 80)}` };
    seen.add(key);
  }
  return null;
}

function checkSettings(settings: unknown): ImportProblem | null {
  if (!isObject(settings)) return { error: 'import_error_settings', detail: 'settings' };
  const entries = Object.entries(settings);
  const valid = settingsOverrides(entries.map(([key, value]) => ({ key, value })));
  const bad = entries.find(([key]) => !Object.hasOwn(valid, key));
  return bad ? { error: 'import_error_settings', detail: bad[0] } : null;
}

const TOP_FIELDS = new Set(['format', 'version', 'exportedAt', 'tickets', 'questions', 'penalties', 'settings', 'reminders', 'answers']);

/** The file as a LogExport, or the first reason it is not one. */
export function checkLogExport(data: unknown): { ok: true; data: LogExport } | ({ ok: false } & ImportProblem) {
  if (!isObject(data) || data.format !== LOG_FORMAT) return { ok: false, error: 'import_error_format' };
  if (data.version !== LOG_VERSION) return { ok: false, error: 'import_error_version', detail: String(data.version).slice(0, 20) };
  const unknown = Object.keys(data).find((k) => !TOP_FIELDS.has(k));
  if (unknown !== undefined) return { ok: false, error: 'import_error_row', detail: unknown.slice(0, 40) };
  if (!instant(data.exportedAt)) return { ok: false, error: 'import_error_row', detail: 'exportedAt' };
  for (const name of Object.keys(REQUIRED) as TableName[]) {
    if (name === 'answers' && data.answers === undefined) continue; // a file from before the answer log
    const problem = checkTable(name, data[name]);
    if (problem) return { ok: false, ...problem };
  }
  const problem = checkSettings(data.settings);
  return problem ? { ok: false, ...problem } : { ok: true, data: data as unknown as LogExport };
}

/**
 * The file without the items whose link is not on a seller page (the popup and notifications open it), nor
 * those items' reminder states; `dropped` counts the items, for the import summary.
 */
export function sellerLinksOnly(file: LogExport): { file: LogExport; dropped: number } {
  const foreign = new Set([...file.tickets, ...file.questions].filter((i) => !isSellerUrl(i.url)).map((i) => i.key));
  // An answer keeps its own link too (the popup's search shows it): one off the seller pages goes, uncounted.
  if (file.answers?.some((a) => !isSellerUrl(a.url))) file = { ...file, answers: file.answers.filter((a) => isSellerUrl(a.url)) };
  if (foreign.size === 0) return { file, dropped: 0 };
  const kept = <T extends { key: string }>(rows: T[]) => rows.filter((r) => !foreign.has(r.key));
  return {
    file: {
      ...file,
      tickets: kept(file.tickets),
      questions: kept(file.questions),
      reminders: file.reminders.filter((r) => !foreign.has(r.itemKey)),
      ...(file.answers && { answers: file.answers.filter((a) => !foreign.has(a.questionKey)) }),
    },
    dropped: foreign.size,
  };
}
