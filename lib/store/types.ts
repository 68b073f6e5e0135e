/**
 * What the local log keeps (IndexedDB through Dexie; extension pages and the background only).
 * Instants are epoch ms. Items are never deleted because a page stopped showing them.
 */
import type { PageReport } from '../messages';
import type { PageRecord, Problem } from '../pages/records';
import type { PenaltyRule } from '../rules/ledger';

/** What every logged item has, ticket or question: where and when it was seen, how it closed, its deadlines. */
interface Sighted {
  /** A countdown the page itself showed, made absolute: the earliest instant its readings allow (page-deadline.ts). */
  pageDeadline?: number;
  /** The rounding of the reading that gave pageDeadline, in ms (0: a 已超时 sighting); absent in older logs. */
  pageUnit?: number;
  /** What the latest reading could not read. */
  problems?: Problem[];
  /** Where it was last seen, to open from the popup or a notification. */
  url: string;
  tabId?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  closedAt?: number;
  /** A status cell on a page, the seller, or its absence from a to-do list read whole (closedWhy). */
  closedBy?: 'page' | 'user' | 'list';
  /** Closed by absence: the list it left and how many rows the whole reading held (已不在待回传列表 · … 完整读取 5 条). */
  closedWhy?: LeftList;
  /** The to-do lists (pages/recipes/lists.ts ids) it was seen on since the seller last undid a closing by absence. */
  lists?: string[];
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
  /**
   * When this browser first saw the parcel on the platform's stalled list (包裹中心): its exposure (RULES §2) is
   * then at the latest, and never moves later (an earlier sighting, merged late, moves it earlier).
   */
  stalledSince?: number;
  /** 预计赔付金额 the platform showed for it, in yuan. */
  expectedCompensation?: number;
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

/** Why an item closed by absence: the to-do list's name and the rows its whole reading held (at closedAt). */
export interface LeftList {
  list: string;
  rows: number;
}

/** A report's reading of a to-do list, judged when answered (background/report-flow.ts): what its merge may close. */
export interface TodoReading {
  /** The list's id and name (lists.ts). */
  id: string;
  name: string;
  /** Only when the reading was whole: every row's `kind:id`, their count, and the apply dates it covers. */
  whole?: { keys: string[]; rows: number; range?: readonly [number, number] };
}

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

/**
 * A penalty point actually deducted: read from a page that shows it, or entered by the user. `rule` (v7): the
 * invoice rule, whose 6-point cap and N/6 it counts toward, or another cause, totalled apart (RULES §4).
 */
export interface PenaltyEvent {
  id?: number;
  at: number;
  points: number;
  rule: PenaltyRule;
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
  /** Copies of the page's own data refused (malformed, forged, over the bound: lib/platform), the last time, and why. */
  dataRefused?: number;
  dataRefusedAt?: number;
  dataReasons?: string[];
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
  /** The to-do list the report read, if it is one; its report then carries no list signs (they may hold search text). */
  todo?: TodoReading;
}

export type { PageRecord };
