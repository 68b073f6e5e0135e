/**
 * What a page adapter reads from one row (docs/PAGES.md "Record format"). Fields the page does not show
 * are absent, never guessed. Instants are epoch milliseconds.
 */
export type RecordKind = 'invoice' | 'logistics' | 'qa';
export type RecordStatus = 'open' | 'done' | 'unanswerable';

export interface PageRecord {
  kind: RecordKind;
  /** Stable key: the work-order number, else the order number, else the question id. */
  id: string;
  status: RecordStatus;
  orderId?: string;
  workOrderId?: string;
  itemId?: string;
  /** invoice */
  requestedAt?: number;
  workOrderCreatedAt?: number;
  /** logistics */
  lastUpdateAt?: number;
  province?: string;
  /** qa */
  askedAt?: number;
  question?: string;
  buyerAnswerCount?: number;
  itemQaCount?: number;
  /** A countdown the page itself shows, made absolute. */
  pageDeadline?: number;
  /** What could not be read, each `field: reason` (e.g. `askedAt: unreadable '昨天 25:61'`). */
  problems?: string[];
}

/** A record with the page row it came from, where its badge goes. */
export interface RowRecord {
  record: PageRecord;
  row: Element;
}
