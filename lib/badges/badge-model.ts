/**
 * What a badge shows for one page record, as data: which deadline leads, how urgent it is, what is at
 * stake. Pure (no DOM, no clock, no text): the Badge component turns it into words. The rules' part of it
 * (BadgeBasis, badge-basis.ts) is worked out in the background; this file adds the clock, and is all of it
 * the content script carries.
 */
import type { Deadline } from '../rules/deadlines';
import { HOUR_MS } from '../rules/wall-clock';
import type { RuleSettings } from '../rules/settings';
import type { Problem } from '../pages/records';

export type Tone = 'overdue' | 'urgent' | 'soon' | 'calm' | 'problem';

/** A rule's deadline with its rule in words, worked out in the background: the seller's page carries no label table. */
export type LabelledDeadline = Deadline & { label: string };

export interface BadgeModel {
  tone: Tone;
  /** The deadline the headline counts down to (the page's own countdown wins when shown, labelled by the badge). */
  lead: LabelledDeadline | { at: number; key: 'page'; label?: undefined } | null;
  /** Every deadline of the item with the rule that produced it, earliest first. */
  deadlines: LabelledDeadline[];
  /** Said instead of the countdown (worked out in the background): 页面显示已超时 · 最早见于 …, the rules beside it. */
  headline?: string;
  /** The page's countdown when it disagrees with the rule by more than the tolerance. */
  disagreement: { page: number; computed: number } | null;
  /** Points at stake if the item goes unhandled (0: none, e.g. no work order yet). */
  pointsAtRisk: number;
  qaPriority: 'high' | 'normal' | null;
  /** What the page row could not be read for. */
  problems: Problem[];
  /** Lines for the opened badge: each problem and how to get the field, the stake the page states, where each field was read (notes.ts). */
  notes: string[];
  /** The seller marked the item handled, or it left a to-do list (its log key, which the badge's 撤销 reopens). */
  handled?: string;
  /** What is at stake if it goes unhandled, in words (超时被投诉扣1分 · 30天内已扣2/6): none on a badge made without the background. */
  stake?: string;
  /** Why a handled item is quiet, said in the badge's summary instead of a countdown (已标记处理, 已不在待回传列表 · …). */
  quiet?: string;
  /** What the page says the end of its countdown costs (the 待回传 list), shown beside the point rule. */
  compensation?: 'auto' | 'exempt';
  /** The platform lists the parcel as stalled (包裹中心): since when this browser saw it so, and 预计赔付金额 if shown. */
  listed?: { since: number; amount?: number };
  /**
   * An open question's "相似问题的历史回答": how many earlier answers to similar questions the popup shows
   * (background/answer-suggestions.ts). Only the count: other items' text never enters the page (issue 23).
   */
  similar?: number;
}

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

/** What a badge shows that does not move with the clock: worked out once per record and settings. */
export type BadgeBasis = Omit<BadgeModel, 'tone' | 'lead'> & { pageDeadline: number | undefined };

/** A badge without deadlines (a refused record, one marked handled, no reply): only what `basis` says. */
export function noDeadlineBasis(basis: Partial<BadgeBasis>): BadgeBasis {
  return { deadlines: [], disagreement: null, pointsAtRisk: 0, qaPriority: null, problems: [], notes: [], pageDeadline: undefined, ...basis };
}

/** The badge at `now`: which deadline leads (the page's own countdown wins when shown) and how urgent it is. */
export function badgeAt(basis: BadgeBasis, now: number, s: RuleSettings): BadgeModel {
  const { pageDeadline, ...rest } = basis;
  const lead = basis.handled ? null : pageDeadline !== undefined ? { at: pageDeadline, key: 'page' as const } : leading(basis.deadlines, now);
  const tone: Tone = !lead ? 'problem' : basis.qaPriority ? qaTone(lead.at, now, basis.qaPriority) : toneAt(lead.at, now, s);
  return { ...rest, tone, lead };
}
