/**
 * The typed message protocol between the content script and the background.
 * Every message is validated on receipt: the background trusts nothing it did not check.
 */
import type { BadgeBasis } from './badges/badge-model';
import type { BadgeContext } from './badges/context';
import type { Catalogue } from './i18n';
import type { PageKind } from './pages/detect';
import type { PageKnowledge } from './pages/knowledge';
import type { ListReading } from './pages/list-reading';
import type { PageRecord } from './pages/records';
import { checkRecord, isInstant, LIMITS, limitProblem, type LimitProblem } from './record-check';

export { parseProblem } from './record-check';
import { isSellerUrl } from './seller-url';
import { MAX_COPY_CHARS } from './platform/tap-channel';

export const PAGE_KINDS: readonly PageKind[] = ['invoice-requests', 'sold-orders', 'order-detail', 'ask-all', 'package-center', 'seller-other'];

/** A content script reports what one seller page showed; the reply is a PageReply for its badges. */
export interface PageReport {
  type: 'page-report';
  url: string;
  pageKind: PageKind;
  seenAt: number;
  records: PageRecord[];
  /** Only when a known page kind shows rows but yields no records: its anonymised outline (pages/outline.ts). */
  outline?: string;
  /** A whole reading's list as a whole (pages/list-reading.ts), with the report's last chunk: to-do lists close by it. */
  list?: ListReading;
  /**
   * A long list's first rows, read before the rest so that the screen's badges need not wait for its last row
   * (issue 24): answered with their bases, never written to the log. The whole reading's report follows.
   */
  preview?: true;
}

/** A content script asks for the page knowledge to read with (knowledge.ts); the reply is a PageKnowledge. */
export interface KnowledgeRequest {
  type: 'page-knowledge';
  /** The page's address now (the sender's can lag behind a client route change): which taught recipes are in force. */
  url?: string;
}

/** The answer: the knowledge to read with, and the badges' context until the first report is answered. */
export interface KnowledgeReply {
  knowledge: PageKnowledge;
  context: BadgeContext;
  /** The badges' stylesheet (components/badge-style.ts): sent like the knowledge, it stays out of the content script's budget. */
  badgeCss: string;
  /** Every UI message (i18n.ts catalogue): the badges' words without asking the browser on the seller's page. */
  messages: Catalogue;
}

/** The seller's 撤销 on a badge marked handled: reopen this log item (background: reopenItem). */
export interface ReopenRequest {
  type: 'reopen-item';
  key: string;
}

/** The badge's "相似问题的历史回答": open the popup, which lists the earlier answers (never the page). */
export interface OpenAnswersRequest {
  type: 'open-answers';
}

export type ContentMessage = PageReport | KnowledgeRequest | ReopenRequest | PlatformReport | OpenAnswersRequest;

/** The key a reopen request names, or null: a log key (`kind:id`) of bounded length. */
export function reopenKeyOf(message: unknown): string | null {
  const { type, key } = (message ?? {}) as { type?: unknown; key?: unknown };
  return type === 'reopen-item' && typeof key === 'string' && key.length <= LIMITS.id + 20 && /^(invoice|logistics|qa):/.test(key) ? key : null;
}

export function isKnowledgeRequest(message: unknown): message is KnowledgeRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-knowledge';
}

/** The background's answer to a page report: what every badge shares, and each record's badge basis (same order; null: no badge). */
export interface PageReply extends BadgeContext {
  bases: (BadgeBasis | null)[];
}

export { LIMITS };

/**
 * A report as the background takes it: the records it took (clamped where needed) and, for each record the
 * content script sent, in order, its index among those or the problems that refused it alone.
 */
export interface CheckedReport {
  report: PageReport;
  slots: (number | LimitProblem[])[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Records beyond one message's bound: the content script sends long lists in chunks (content/report-queue.ts). */
const OVER_BOUND = [limitProblem('report', `more than ${LIMITS.records} records in one message`)];

/**
 * Null when the report as a whole is not one (its type, address, page kind or time); otherwise each record
 * is checked alone (record-check.ts), so one bad row costs that row only.
 */
export function parsePageReport(value: unknown): CheckedReport | null {
  if (!isObject(value) || value.type !== 'page-report') return null;
  const { url, pageKind, seenAt, records, outline } = value;
  if (!isText(url, LIMITS.url) || !isSellerUrl(url)) return null;
  if (!PAGE_KINDS.includes(pageKind as PageKind) || !isInstant(seenAt) || !Array.isArray(records)) return null;
  const report: PageReport = { type: 'page-report', url, pageKind: pageKind as PageKind, seenAt, records: [] };
  // An outline too long to keep is dropped; the records still count.
  if (isText(outline, LIMITS.outline)) report.outline = outline;
  if (value.preview === true) report.preview = true;
  // A list reading of a wrong shape is dropped: without it nothing closes by absence, the records still count.
  // A sign is a tab's or an option's text: a long one (a selected menu with its submenu) is cut, not refused.
  if (isListReading(value.list)) report.list = { keys: value.list.keys, problems: value.list.problems, signs: value.list.signs.map((s) => s.slice(0, 100)) };
  const slots = records.map((sent, i): number | LimitProblem[] => {
    if (i >= LIMITS.records) return OVER_BOUND;
    const checked = checkRecord(sent);
    if (!checked.ok) return checked.problems;
    return report.records.push(checked.record) - 1;
  });
  return { report, slots };
}

/**
 * A copy of a seller page's own request (lib/platform), sent as the tap made it for the background to read
 * (read-copy.ts), off the seller's page; or a count of copies refused before that (over the bound).
 */
export interface PlatformReport {
  type: 'platform-report';
  url: string;
  seenAt: number;
  copy?: string;
  /** Copies the content script refused unread (over the bound, not text). */
  refused?: number;
}

/** The report, or null when it is none (its copy is read and checked by read-copy.ts). */
export function parsePlatformReport(value: unknown): PlatformReport | null {
  if (!isObject(value) || value.type !== 'platform-report') return null;
  const { url, seenAt, copy, refused } = value;
  if (!isText(url, LIMITS.url) || !isSellerUrl(url) || !isInstant(seenAt)) return null;
  const report: PlatformReport = { type: 'platform-report', url, seenAt };
  if (copy !== undefined) report.copy = isText(copy, MAX_COPY_CHARS) ? copy : '';
  if (Number.isSafeInteger(refused) && (refused as number) > 0) report.refused = Math.min(refused as number, 1e6);
  return report.copy === undefined && report.refused === undefined ? null : report;
}

const isTextList = (v: unknown, most: number, max: number): v is string[] => Array.isArray(v) && v.length <= most && v.every((t) => isText(t, max));

/** A list reading as the content script makes it: keys bounded as a list of any length allows (twice a message's records). */
export function isListReading(v: unknown): v is ListReading {
  return isObject(v) && typeof v.problems === 'boolean' && isTextList(v.keys, LIMITS.records * 2, LIMITS.id + 20) && isTextList(v.signs, 200, LIMITS.outline);
}
