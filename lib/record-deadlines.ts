/**
 * The deadlines of one item as the pages showed it (a page record, or the log's ticket built from them):
 * the rules where the facts they need are known, the work order's 24 h where only that is known, and
 * the page's own countdown. Shared by the badges, the log's indexes and the reminders.
 */
import { deadlinesOf, type Deadline, type RuleItem } from './rules/deadlines';
import { HOUR_MS } from './rules/shanghai';
import type { RuleSettings } from './rules/settings';
import type { PageRecord, Problem } from './pages/records';

export type ItemFacts = Pick<
  PageRecord,
  'kind' | 'status' | 'workOrderId' | 'requestedAt' | 'workOrderCreatedAt' | 'lastUpdateAt' | 'province' | 'askedAt' | 'buyerAnswerCount' | 'itemQaCount' | 'pageDeadline'
> & {
  /** First seen on the platform's stalled list (Ticket.stalledSince): the buyer may file from then at the latest. */
  stalledSince?: number;
};

/** A deadline from the rules, or the countdown the page itself showed. */
export type ItemDeadline = Deadline | { at: number; key: 'page' };

/** The rule input the facts support, or null when a field the rule needs is missing. */
export function ruleItemOf(r: ItemFacts): RuleItem | null {
  switch (r.kind) {
    case 'invoice':
      return r.requestedAt === undefined ? null : { kind: 'invoice', requestedAt: r.requestedAt, workOrderCreatedAt: r.workOrderCreatedAt ?? null };
    case 'logistics':
      return r.lastUpdateAt === undefined
        ? null
        : { kind: 'logistics', lastUpdateAt: r.lastUpdateAt, province: r.province ?? null, workOrderCreatedAt: r.workOrderCreatedAt ?? null };
    case 'qa':
      return r.askedAt === undefined
        ? null
        : { kind: 'qa', askedAt: r.askedAt, buyerAnswerCount: r.buyerAnswerCount ?? 0, itemQaCount: r.itemQaCount ?? null, answerable: r.status !== 'unanswerable' };
  }
}

/**
 * A work-order row often shows no request or tracking time, only when the work order was created. Its
 * respond-by (W + 24 h) still stands; for an invoice it is the earliest the risk can fall (RULES §1: the
 * final deadline when the work order came before it), so the badge errs on the early side.
 */
function workOrderOnly(r: ItemFacts, s: RuleSettings): Deadline[] {
  if (r.workOrderCreatedAt === undefined || r.kind === 'qa') return [];
  const at = r.workOrderCreatedAt + s.respondHours * HOUR_MS;
  return [{ at, key: r.kind === 'invoice' ? 'invoice.respond' : 'logistics.reply' }];
}

/**
 * A parcel the platform lists as stalled is exposed by the time it was first seen listed, whatever the tracking
 * time says: the earlier of the rule's exposure and that sighting, so the exposure never moves later.
 */
function listedExposure(list: Deadline[], since: number): Deadline[] {
  const rule = list.find((d) => d.key === 'logistics.exposure');
  if (rule && rule.at <= since) return list;
  return [...list.filter((d) => d !== rule), { at: since, key: 'logistics.exposure' as const }].sort((a, b) => a.at - b.at);
}

/** Rule deadlines, earliest first. Throws RangeError when an instant is out of range (callers report it). */
export function ruleDeadlines(r: ItemFacts, s: RuleSettings): Deadline[] {
  const item = ruleItemOf(r);
  const list = item ? deadlinesOf(item, s) : workOrderOnly(r, s);
  return r.kind === 'logistics' && r.stalledSince !== undefined ? listedExposure(list, r.stalledSince) : list;
}

/** Every deadline of an open item, the page's countdown included, earliest first; none once closed. */
export function itemDeadlines(r: ItemFacts, s: RuleSettings): ItemDeadline[] {
  if (r.status !== 'open') return [];
  const list: ItemDeadline[] = ruleDeadlines(r, s);
  if (r.pageDeadline !== undefined) list.push({ at: r.pageDeadline, key: 'page' });
  return list.sort((a, b) => a.at - b.at);
}

/** The problem a record or log item carries when a rule refused its instants (out of range): no deadline shown is a wrong one. */
export const RULES_OUT_OF_RANGE: Problem = { field: 'rules', reason: 'rules', detail: 'input out of range' };
