/**
 * Folding one page record into the log's row for its item (pure). A newer observation overwrites the facts
 * it shows and keeps those it does not; an older one (out of order) only fills gaps. See closing() for done.
 * dueTimes/finalDueAt are left for withDeadlines (derive.ts) to fill in.
 */
import type { PageRecord } from '../pages/records';
import { keptPageDeadline, pageDeadlineAfter } from '../page-deadline';
import type { QaEntry, Ticket } from './types';

/** Where and when a report was seen (the background's clock, not the page's). */
export interface Sighting {
  now: number;
  url: string;
  tabId?: number;
  /** The to-do list (lists.ts id) the report read: presence there is evidence the item is open. */
  list?: string;
}

/**
 * When each listed-stalled record's item was first seen listed: the log's first sighting, else `now` (this one).
 * The badge's exposure, worked out before the merge writes the same into the log (mergeTicket).
 */
export function listedSince(records: readonly PageRecord[], now: number, logged: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const since = new Map<string, number>();
  for (const r of records) {
    if (!r.listedStalled) continue;
    const key = itemKeyOf(r);
    since.set(key, Math.min(logged.get(key) ?? now, now));
  }
  return since;
}

/** Invoice list (id = order) and work order (id = work order, orderId = order) meet on the order number. */
export function itemKeyOf(r: Pick<PageRecord, 'kind' | 'id' | 'orderId'>): string {
  return r.kind === 'qa' ? `qa:${r.id}` : `${r.kind}:${r.orderId ?? r.id}`;
}

// The page's countdown is no plain fact: it moves only with evidence (page-deadline.ts), whatever the order of readings.
const TICKET_FACTS = ['orderId', 'workOrderId', 'requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'province', 'expectedCompensation'] as const;
const QA_FACTS = ['question', 'itemId', 'askedAt', 'buyerAnswerCount', 'itemQaCount'] as const;

function shown<K extends keyof PageRecord>(r: PageRecord, fields: readonly K[]): Partial<Pick<PageRecord, K>> {
  const out: Partial<Pick<PageRecord, K>> = {};
  for (const f of fields) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

/** IndexedDB keeps keys whose value is undefined: drop them so equal facts give equal rows. */
function compact<T extends object>(row: T): T {
  for (const k of Object.keys(row) as (keyof T)[]) if (row[k] === undefined) delete row[k];
  return row;
}

type Common = Pick<Ticket, 'url' | 'tabId' | 'firstSeenAt' | 'lastSeenAt' | 'problems' | 'lists'>;

/** The to-do lists it is on: this one added. */
const listsWith = (old: Common | undefined, list: string | undefined): string[] | undefined =>
  list === undefined || old?.lists?.includes(list) ? old?.lists : [...(old?.lists ?? []), list];

/** Where/when it was seen, the to-do lists it was seen on, and the problems of the latest reading only. */
function sighting(old: Common | undefined, r: PageRecord, seen: Sighting, newer: boolean): Common {
  const lists = listsWith(old, seen.list);
  if (old && !newer) return { ...old, firstSeenAt: Math.min(old.firstSeenAt, seen.now), lists };
  return {
    lists,
    url: seen.url,
    tabId: seen.tabId,
    firstSeenAt: Math.min(old?.firstSeenAt ?? seen.now, seen.now),
    lastSeenAt: seen.now,
    problems: r.problems?.length ? [...r.problems] : undefined,
  };
}

type Closing = Pick<Ticket, 'closedAt' | 'closedBy' | 'closedWhy'>;

/**
 * Closed by the user: stays closed until the user reopens it. Closed by a page or by leaving a to-do list:
 * reopens when a later reading shows it open in a status cell, or shows it on a to-do list at all (evidence, not
 * the mere absence of a done word); an older reading changes nothing.
 */
function closing(old: (Closing & { status: string }) | undefined, r: PageRecord, seen: Sighting, newer: boolean): Closing | null {
  if (old?.status === 'done') {
    const evidence = r.sources?.status !== undefined || seen.list !== undefined;
    const reopened = newer && old.closedBy !== 'user' && r.status === 'open' && evidence;
    return reopened ? null : { closedAt: old.closedAt, closedBy: old.closedBy, closedWhy: old.closedWhy };
  }
  return r.status === 'done' ? { closedAt: seen.now, closedBy: 'page' } : null;
}

/** The first sighting on the platform's stalled list: kept, or the earlier of two (a late-merged older report). */
function stalledSince(old: Ticket | undefined, r: PageRecord, now: number): number | undefined {
  if (!r.listedStalled) return old?.stalledSince;
  return old?.stalledSince === undefined ? now : Math.min(old.stalledSince, now);
}

export function mergeTicket(old: Ticket | undefined, r: PageRecord & { kind: 'invoice' | 'logistics' }, seen: Sighting): Ticket {
  const newer = !old || seen.now >= old.lastSeenAt;
  const facts = shown(r, TICKET_FACTS);
  const closed = closing(old, r, seen, newer);
  // 'unanswerable' means nothing for an invoice or a parcel: such a ticket stays open.
  return compact({
    ...(newer ? { ...old, ...facts } : { ...facts, ...old }),
    ...keptPageDeadline(pageDeadlineAfter(old, r)),
    key: itemKeyOf(r),
    kind: r.kind,
    ...sighting(old, r, seen, newer),
    stalledSince: stalledSince(old, r, seen.now),
    status: closed ? 'done' : 'open',
    closedAt: closed?.closedAt,
    closedBy: closed?.closedBy,
    closedWhy: closed?.closedWhy,
    dueTimes: [], // derived afterwards by withDeadlines
  });
}

/**
 * Q&A status: done is final; unanswerable follows the latest reading; answered once any reading showed a
 * buyer answer (answeredAt = the earliest such sighting), and it stays answered.
 */
export function mergeQuestion(old: QaEntry | undefined, r: PageRecord & { kind: 'qa' }, seen: Sighting): QaEntry {
  const newer = !old || seen.now >= old.lastSeenAt;
  const facts = shown(r, QA_FACTS);
  const closed = closing(old, r, seen, newer);
  const answeredAt = (r.buyerAnswerCount ?? 0) > 0 ? Math.min(old?.answeredAt ?? seen.now, seen.now) : old?.answeredAt;
  const unanswerable = newer ? r.status === 'unanswerable' : old?.status === 'unanswerable';
  const status = closed ? 'done' : unanswerable ? 'unanswerable' : answeredAt === undefined ? 'open' : 'answered';
  return compact({
    ...(newer ? { ...old, ...facts } : { ...facts, ...old }),
    ...keptPageDeadline(pageDeadlineAfter(old, r)),
    key: itemKeyOf(r),
    kind: 'qa',
    id: r.id,
    ...sighting(old, r, seen, newer),
    status,
    answeredAt,
    closedAt: closed?.closedAt,
    closedBy: closed?.closedBy,
    closedWhy: closed?.closedWhy,
    dueTimes: [], // derived afterwards by withDeadlines
  });
}
