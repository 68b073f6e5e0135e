/**
 * What a badge shows for one page record, as data: which deadline leads, how urgent it is, what is at
 * stake. Pure (no DOM, no clock, no text): the Badge component turns it into words.
 */
import type { Deadline, RuleItem } from '../rules/deadlines';
import { invoiceDeadlines } from '../rules/invoice';
import { qaSuggestion } from '../rules/qa';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { PageRecord } from '../pages/records';
import { ruleDeadlines, ruleItemOf } from '../record-deadlines';

export type Tone = 'overdue' | 'urgent' | 'soon' | 'calm' | 'problem';

export interface BadgeModel {
  tone: Tone;
  /** The deadline the headline counts down to (the page's own countdown wins when shown). */
  lead: Deadline | { at: number; key: 'page' } | null;
  /** Every deadline of the item with the rule that produced it, earliest first. */
  deadlines: Deadline[];
  /** The page's countdown when it disagrees with the rule by more than the tolerance. */
  disagreement: { page: number; computed: number } | null;
  /** Points at stake if the item goes unhandled (0: none, e.g. no work order yet). */
  pointsAtRisk: number;
  qaPriority: 'high' | 'normal' | null;
  /** Fields the page row could not be read for. */
  problems: string[];
}

/** A page countdown shows hours at best ("3天18小时"): closer than this counts as agreeing. */
const PAGE_TOLERANCE_MS = HOUR_MS;

export function toneAt(at: number, now: number, s: RuleSettings): Exclude<Tone, 'problem'> {
  const left = at - now;
  if (left < 0) return 'overdue';
  if (left <= s.urgentHours * HOUR_MS) return 'urgent';
  if (left <= s.dueSoonHours * HOUR_MS) return 'soon';
  return 'calm';
}

/** Q&A carries no penalty: once the seller should answer, amber, or red-orange when the item has few entries. */
function qaTone(suggestAt: number, now: number, priority: 'high' | 'normal'): Tone {
  if (now < suggestAt) return 'calm';
  return priority === 'high' ? 'urgent' : 'soon';
}

/** The next deadline still ahead, else the last one passed (the badge then counts up in red). */
export function leading<T extends { at: number }>(deadlines: readonly T[], now: number): T | null {
  return deadlines.find((d) => d.at >= now) ?? deadlines.at(-1) ?? null;
}

function closestTo(at: number, deadlines: readonly Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) if (!best || Math.abs(d.at - at) < Math.abs(best.at - at)) best = d;
  return best;
}

function pointsAtRisk(item: RuleItem | null, r: PageRecord, s: RuleSettings): number {
  if (item?.kind === 'invoice') return invoiceDeadlines(item, s).pointsAtRisk;
  // A work order seen without its request time still risks a point (RULES §1).
  return r.kind === 'invoice' && r.workOrderId !== undefined ? s.pointsPerComplaint : 0;
}

/** What a badge shows that does not move with the clock: worked out once per record and settings. */
export type BadgeBasis = Omit<BadgeModel, 'tone' | 'lead'> & { pageDeadline: number | undefined };

/**
 * The clock-free part of a record's badge, or null when there is nothing to show: closed items, Q&A a buyer
 * answered or that cannot be answered. A record with problems always gets a badge, so the seller is never
 * silently unprotected.
 */
export function badgeBasis(r: PageRecord, s: RuleSettings): BadgeBasis | null {
  const problems = [...(r.problems ?? [])];
  if (r.status === 'done' || (r.status === 'unanswerable' && problems.length === 0)) return null;
  const item = ruleItemOf(r);
  let deadlines: Deadline[] = [];
  let qaPriority: BadgeModel['qaPriority'] = null;
  let atRisk = 0;
  try {
    deadlines = ruleDeadlines(r, s);
    qaPriority = item?.kind === 'qa' ? qaSuggestion(item, s).priority : null;
    atRisk = pointsAtRisk(item, r, s);
  } catch {
    // A rule refused its input (an instant out of range): say so instead of showing a wrong deadline.
    deadlines = [];
    problems.push('rules: input out of range');
  }
  if (item?.kind === 'qa' && deadlines.length === 0 && problems.length === 0) return null;
  const page = r.pageDeadline;
  if (page === undefined && deadlines.length === 0 && problems.length === 0) return null;
  const near = page !== undefined ? closestTo(page, deadlines) : null;
  const disagreement = near && Math.abs(near.at - page!) > PAGE_TOLERANCE_MS ? { page: page!, computed: near.at } : null;
  return { deadlines, disagreement, pointsAtRisk: atRisk, qaPriority, problems, pageDeadline: page };
}

/** The badge at `now`: which deadline leads (the page's own countdown wins when shown) and how urgent it is. */
export function badgeAt(basis: BadgeBasis, now: number, s: RuleSettings): BadgeModel {
  const { pageDeadline, ...rest } = basis;
  const lead = pageDeadline !== undefined ? { at: pageDeadline, key: 'page' as const } : leading(basis.deadlines, now);
  const tone: Tone = !lead ? 'problem' : basis.qaPriority ? qaTone(lead.at, now, basis.qaPriority) : toneAt(lead.at, now, s);
  return { ...rest, tone, lead };
}

/** The badge for a record at `now`, or null when there is nothing to show (see badgeBasis). */
export function badgeModel(r: PageRecord, now: number, s: RuleSettings): BadgeModel | null {
  const basis = badgeBasis(r, s);
  return basis && badgeAt(basis, now, s);
}
