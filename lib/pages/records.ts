/**
 * What a page adapter reads from one row (docs/PAGES.md "Record format"). Fields the page does not show
 * are absent, never guessed. Instants are epoch milliseconds.
 */
export type RecordKind = 'invoice' | 'logistics' | 'qa';
export type RecordStatus = 'open' | 'done' | 'unanswerable';

/** Why a field is missing or doubtful: the page shows no such field, its text did not read, two places disagree. */
export type ProblemReason = 'not-shown' | 'unreadable' | 'disagree' | 'limit' | 'rules' | 'no-reply';

/** One thing a reading could not do, for one record field (or `rules`: the background's arithmetic). */
export interface Problem {
  field: string;
  reason: ProblemReason;
  /** What was read, quoted and cut (`unreadable time '昨天 25:61'`). */
  detail?: string;
}

/** Where a field's value came from: a column (its header), a `label：value` pair, the page's summary, the URL, a cell's content. */
export interface FieldSource {
  /** data: the page's own JSON, copied as the page fetched it (lib/platform). */
  via: 'column' | 'label' | 'page' | 'url' | 'cell' | 'data';
  /** The header, label or URL parameter, as the page names it. */
  name: string;
}

export interface PageRecord {
  kind: RecordKind;
  /** Stable key: the work-order number, else the order number, else the question id. */
  id: string;
  status: RecordStatus;
  orderId?: string;
  workOrderId?: string;
  itemId?: string;
  /** invoice: the request's serial number (申请流水号), from the page's own data. */
  serialNo?: string;
  requestedAt?: number;
  workOrderCreatedAt?: number;
  /** What the page says happens when its countdown ends: the buyer is compensated automatically, or the row is exempt (免自动赔). */
  compensation?: 'auto' | 'exempt';
  /** logistics */
  lastUpdateAt?: number;
  province?: string;
  /** The platform lists the parcel as stalled (包裹中心's 阶段更新异常): the buyer may already file (RULES §2). */
  listedStalled?: true;
  /** 预计赔付金额 the platform shows for it, in yuan. */
  expectedCompensation?: number;
  /** qa */
  askedAt?: number;
  question?: string;
  buyerAnswerCount?: number;
  itemQaCount?: number;
  /** The answers the page shows under the question (its drawer, its expanded row), read further in the background. */
  answers?: ShownAnswer[];
  /** A countdown the page itself shows, made absolute (for 已超时, the moment it was seen so). */
  pageDeadline?: number;
  /** The smallest unit that countdown shows, in ms: its rounding (`3天18小时`: an hour); 0 for 已超时, which shows no time. */
  pageUnit?: number;
  /** What could not be read. */
  problems?: Problem[];
  /** Where each field shown was found, so a badge can say why it says what it says. */
  sources?: Partial<Record<SourcedField, FieldSource>>;
}

/** An answer as the page lists it: its text as shown, and the rest of its row and tab (who, when, 卖家回答). */
export interface ShownAnswer {
  text: string;
  by: string;
}

/** The fields a source is kept for. */
export type SourcedField =
  | 'id' | 'status' | 'orderId' | 'serialNo' | 'workOrderId' | 'itemId' | 'requestedAt' | 'workOrderCreatedAt' | 'compensation'
  | 'lastUpdateAt' | 'province' | 'askedAt' | 'question' | 'buyerAnswerCount' | 'itemQaCount' | 'pageDeadline' | 'listedStalled'
  | 'expectedCompensation';

/** A record with the page row it came from, where its badge goes. */
export interface RowRecord {
  record: PageRecord;
  row: Element;
}

/** A stored or legacy problem (`askedAt: unreadable '…'`, as logs kept them before problems were structured) as a Problem. */
export function asProblem(value: Problem | string): Problem {
  if (typeof value !== 'string') return value;
  const at = value.indexOf(':');
  const field = at > 0 ? value.slice(0, at).trim() : value.trim();
  const detail = at > 0 ? value.slice(at + 1).trim() : '';
  return detail ? { field, reason: field === 'rules' ? 'rules' : 'unreadable', detail } : { field, reason: 'unreadable' };
}

/** The fields named by a list of problems, once each, in order. */
export function problemFieldsOf(problems: readonly (Problem | string)[] | undefined): string[] {
  return [...new Set((problems ?? []).map((p) => asProblem(p).field))];
}
