/**
 * What the local log keeps (IndexedDB through Dexie; extension pages and the background only).
 * Instants are epoch ms. Items are never deleted because a page stopped showing them.
 */
import type { PageReport } from '../messages';
import type { PageRecord, Problem } from '../pages/records';

/** What every logged item has, ticket or question: where and when it was seen, how it closed, its deadlines. */
interface Sighted {
  /** A countdown the page itself showed, made absolute. */
  pageDeadline?: number;
  /** What the latest reading could not read. */
  problems?: Problem[];
  /** Where it was last seen, to open from the popup or a notification. */
  url: string;
  tabId?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  closedAt?: number;
  closedBy?: 'page' | 'user';
  /** Derived on every write from the facts and the settings: every open deadline's instant (multi-entry index). */
  dueTimes: number[];
  /** The last of them (index): past it, the item is overdue. Absent once closed. */
  finalDueAt?: number;
}

/**
 * An invoice or logistics item. Keyed by kind and order number when the page shows one, so the order
 * seen on the invoice list and in its work order is one ticket with the facts of both.
 */
export interface Ticket extends Sighted {
  key: string; // `${kind}:${orderId ?? id}`
  kind: 'invoice' | 'logistics';
  status: 'open' | 'done';
  orderId?: string;
  workOrderId?: string;
  requestedAt?: number;
  workOrderCreatedAt?: number;
  lastUpdateAt?: number;
  province?: string;
}

/** The Q&A-answer log: one entry per question. */
export interface QaEntry extends Sighted {
  key: string; // `qa:${id}`
  kind: 'qa';
  id: string;
  status: 'open' | 'answered' | 'unanswerable' | 'done';
  question?: string;
  itemId?: string;
  askedAt?: number;
  buyerAnswerCount?: number;
  itemQaCount?: number;
  /** When the log first saw an answer (a buyer's, or the seller's when the page shows it). */
  answeredAt?: number;
  answerText?: string;
}

export type LogItem = Ticket | QaEntry;

/**
 * One answer a 问大家 page showed under a question (schema v6), once per question and text. The answerer is
 * not kept: only whether it was the seller (`by`: the drawer's 卖家回答 tab or a seller mark), a buyer, or, for
 * an answer a v5 log held without saying whose, unknown.
 */
export interface LoggedAnswer {
  key: string; // `${questionKey}|${hash of the text}`
  questionKey: string;
  itemId?: string;
  question: string;
  text: string;
  by: 'seller' | 'buyer' | 'unknown';
  /** When it was answered, as the page showed it. */
  at?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  url: string;
}

/** A penalty point actually deducted: read from a page that shows it, or entered by the user. */
export interface PenaltyEvent {
  id?: number;
  at: number;
  points: number;
  ticketKey?: string;
  source: 'page' | 'user';
  note?: string;
}

/** Which reminders went out for one deadline of one item, so none is sent twice across restarts. */
export interface ReminderState {
  key: string; // `${itemKey}|${deadlineKey}`
  itemKey: string;
  /** The deadline the stages were counted for: one that moved by more than the tolerance starts over. */
  deadlineAt?: number;
  /** Lead time (minutes before the deadline) of the last notification sent; 0 = at the moment itself. */
  sentLeadMinutes: number;
  sentAt: number;
  /** Written before its notification: that notification's id, until it is seen on screen (background/notify.ts). */
  pending?: string;
}

/** 稍后提醒 (issue 25, schema v10): an item's reminders held until `until`, when it rings once more. */
export interface Snooze {
  itemKey: string;
  until: number;
  setAt: number;
}

/** When a field was last found in a page kind's records, and last missing from all of them. */
export interface FieldHealth {
  foundAt?: number;
  missedAt?: number;
}

/** How one page kind reads: if it yielded records before and now shows rows it cannot read, it looks broken. */
export interface PageHealth {
  kind: string;
  lastRecordsAt?: number;
  lastUnreadAt?: number;
  /** Per route, per watched field (page-health.ts): a field found before and missing now means the page changed. */
  fields?: Record<string, Record<string, FieldHealth>>;
  /** The anonymised outline of the page that could not be read (pages/outline.ts), and where it was. */
  outline?: string;
  url?: string;
}

/**
 * A page report the background answered before merging it into the log (journal.ts): kept until merged, and
 * merged on the worker's next start if it was stopped in between.
 */
export interface JournalEntry {
  id: string;
  report: PageReport;
  /** When it was seen, and in which tab: the sighting the merge records. */
  now: number;
  tabId?: number;
}

export type { PageRecord };
