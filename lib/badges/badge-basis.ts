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
import { ruleDeadlines, ruleItemOf, RULES_OUT_OF_RANGE, type ItemFacts } from '../record-deadlines';
import { pageDeadlineAfter, type KeptPageDeadline, type PageDeadlineEvidence } from '../page-deadline';
import { t } from '../i18n';
import { badgeAt, type BadgeBasis, type BadgeModel } from './badge-model';
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

/** The page's countdown against the rules: a countdown beyond the tolerance of the nearest rule deadline, 已超时 before every one. */
function ruleDisagreement(page: PageDeadlineEvidence | undefined, deadlines: readonly Deadline[]): BadgeModel['disagreement'] {
  if (!page || deadlines.length === 0) return null;
  if (page.unit === 0) return deadlines[0]!.at > page.at + PAGE_TOLERANCE_MS ? { page: page.at, computed: deadlines[0]!.at } : null;
  const near = closestTo(page.at, deadlines)!;
  return Math.abs(near.at - page.at) > PAGE_TOLERANCE_MS ? { page: page.at, computed: near.at } : null;
}

/**
 * 页面显示已超时 · 最早见于 12-05 10:00 · 规则:12-15 23:59、12-25 23:59 — never a count-up from a sighting. The rules'
 * times only: the opened badge lists each with its rule.
 */
function overdueHeadline(since: number, deadlines: readonly Deadline[]): string {
  const rules = deadlines.map((d) => shanghaiClock(d.at)).join('、');
  return [t('badge_page_overdue', shanghaiClock(since)), ...(rules ? [t('badge_rules_beside', rules)] : [])].join(' · ');
}

/** The stake in words; `pointsInWindow`: the ledger's 30-day total the reply's context carries. */
function stakeOf(r: PageRecord, deadlines: readonly Deadline[], qaPriority: BadgeModel['qaPriority'], atRisk: number, s: RuleSettings, pointsInWindow: number): string {
  if (r.kind === 'qa') return t(qaPriority === 'high' ? 'qa_high' : 'qa_normal');
  if (r.kind === 'logistics') {
    const reply = deadlines.some((d) => d.key === 'logistics.reply');
    const stake = t(reply ? 'stake_logistics_reply' : r.listedStalled ? 'stake_logistics_listed' : 'stake_logistics');
    return r.listedStalled && r.expectedCompensation !== undefined ? `${stake} · ${t('stake_expected_compensation', r.expectedCompensation.toFixed(2))}` : stake;
  }
  return atRisk > 0 ? t('stake_points', atRisk, pointsInWindow, s.pointsCap) : t('stake_no_work_order', pointsInWindow, s.pointsCap);
}

/**
 * The clock-free part of a record's badge, or null when there is nothing to show: closed items, Q&A a buyer
 * answered or that cannot be answered. A record with problems always gets a badge, so the seller is never
 * silently unprotected. `kept`: the page deadline the log kept from earlier visits (page-deadline.ts).
 */
export function badgeBasis(r: PageRecord & Pick<ItemFacts, 'stalledSince'>, s: RuleSettings, kept?: KeptPageDeadline, pointsInWindow = 0): BadgeBasis | null {
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
  // Only what this page shows now counts: a deadline the log kept from a page that no longer shows one stays in the log.
  const page = r.pageDeadline === undefined ? undefined : pageDeadlineAfter(kept, r);
  if (page === undefined && deadlines.length === 0 && problems.length === 0) return null;
  const disagreement = ruleDisagreement(page, deadlines);
  // Worded here, with the rest of the notes: the content script carries no wording it can be sent.
  const notes = [...(disagreement ? [t('page_disagrees', shanghaiClock(disagreement.computed))] : []), ...badgeNotes(r, problems)];
  if (page?.later !== undefined) notes.unshift(t('page_later', shanghaiClock(page.later), shanghaiClock(page.at)));
  const basis: BadgeBasis = {
    deadlines: deadlines.map((d) => ({ ...d, label: deadlineLabel(d.key, s) })),
    disagreement,
    pointsAtRisk: atRisk,
    qaPriority,
    problems,
    notes,
    pageDeadline: page?.at,
    stake: stakeOf(r, deadlines, qaPriority, atRisk, s, pointsInWindow),
  };
  // Only a deadline known from 已超时 alone is a sighting; one a countdown gave counts up truthfully from when it passed.
  if (r.pageUnit === 0 && page?.unit === 0) basis.headline = overdueHeadline(page.at, deadlines);
  if (r.compensation) basis.compensation = r.compensation;
  if (r.listedStalled && r.stalledSince !== undefined) {
    basis.listed = r.expectedCompensation === undefined ? { since: r.stalledSince } : { since: r.stalledSince, amount: r.expectedCompensation };
    basis.notes.unshift(t('badge_listed_note', shanghaiClock(r.stalledSince), s.respondHours));
  }
  return basis;
}

/** The badge for a record at `now`, or null when there is nothing to show (see badgeBasis). */
export function badgeModel(r: PageRecord, now: number, s: RuleSettings, kept?: KeptPageDeadline, pointsInWindow = 0): BadgeModel | null {
  const basis = badgeBasis(r, s, kept, pointsInWindow);
  return basis && badgeAt(basis, now, s);
}
