/**
 * The rules' part of a badge (BadgeBasis): every deadline of a page record, what is at stake, whether the
 * page's own countdown disagrees. Worked out by the background for each reported record and sent back with
 * the reply, so the content script carries no rule arithmetic (its size budget, and the page's main thread).
 */
import type { Deadline, RuleItem } from '../rules/deadlines';
import { invoiceDeadlines } from '../rules/invoice';
import { qaSuggestion } from '../rules/qa';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { PageRecord } from '../pages/records';
import { ruleDeadlines, ruleItemOf, RULES_OUT_OF_RANGE } from '../record-deadlines';
import { badgeAt, type BadgeBasis, type BadgeModel } from './badge-model';
import { t } from '../i18n';
import { deadlineLabel, shanghaiClock } from './format';
import { badgeNotes } from './notes';

/** A page countdown shows hours at best ("3天18小时"): closer than this counts as agreeing. */
const PAGE_TOLERANCE_MS = HOUR_MS;

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

/** The stake in words; `pointsInWindow`: the ledger's 30-day total the reply's context carries. */
function stakeOf(r: PageRecord, deadlines: readonly Deadline[], qaPriority: BadgeModel['qaPriority'], atRisk: number, s: RuleSettings, pointsInWindow: number): string {
  if (r.kind === 'qa') return t(qaPriority === 'high' ? 'qa_high' : 'qa_normal');
  if (r.kind === 'logistics') return t(deadlines.some((d) => d.key === 'logistics.reply') ? 'stake_logistics_reply' : 'stake_logistics');
  return atRisk > 0 ? t('stake_points', atRisk, pointsInWindow, s.pointsCap) : t('stake_no_work_order', pointsInWindow, s.pointsCap);
}

/**
 * The clock-free part of a record's badge, or null when there is nothing to show: closed items, Q&A a buyer
 * answered or that cannot be answered. A record with problems always gets a badge, so the seller is never
 * silently unprotected.
 */
export function badgeBasis(r: PageRecord, s: RuleSettings, pointsInWindow = 0): BadgeBasis | null {
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
    problems.push(RULES_OUT_OF_RANGE);
  }
  if (item?.kind === 'qa' && deadlines.length === 0 && problems.length === 0) return null;
  const page = r.pageDeadline;
  if (page === undefined && deadlines.length === 0 && problems.length === 0) return null;
  const near = page !== undefined ? closestTo(page, deadlines) : null;
  const disagreement = near && Math.abs(near.at - page!) > PAGE_TOLERANCE_MS ? { page: page!, computed: near.at } : null;
  const labelled = deadlines.map((d) => ({ ...d, label: deadlineLabel(d.key, s) }));
  // Worded here, with the rest of the notes: the content script carries no wording it can be sent.
  const notes = [...(disagreement ? [t('page_disagrees', shanghaiClock(disagreement.computed))] : []), ...badgeNotes(r, problems)];
  const stake = stakeOf(r, deadlines, qaPriority, atRisk, s, pointsInWindow);
  const basis: BadgeBasis = { deadlines: labelled, disagreement, pointsAtRisk: atRisk, qaPriority, problems, notes, pageDeadline: page, stake };
  if (r.compensation) basis.compensation = r.compensation;
  return basis;
}

/** The badge for a record at `now`, or null when there is nothing to show (see badgeBasis). */
export function badgeModel(r: PageRecord, now: number, s: RuleSettings, pointsInWindow = 0): BadgeModel | null {
  const basis = badgeBasis(r, s, pointsInWindow);
  return basis && badgeAt(basis, now, s);
}
