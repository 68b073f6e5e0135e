import type { Browser } from 'wxt/browser';
import { BADGE_CSS } from '@/components/badge-style';
import { badgeBasis } from '../badges/badge-basis';
import { withForecastNote, type BadgeContext } from '../badges/context';
import { detectPage } from '../pages/detect';
import { noDeadlineBasis, type BadgeBasis } from '../badges/badge-model';
import { isKnowledgeRequest, LIMITS, parsePageReport, type CheckedReport, type KnowledgeReply, type KnowledgeRequest, type PageReply } from '../messages';
import { isSellerUrl } from '../seller-url';
import { SHIPPED_KNOWLEDGE } from '../pages/shipped-knowledge';
import type { PageKnowledge } from '../pages/knowledge';
import type { LimitProblem } from '../record-check';
import { t } from '../i18n';
import { catalogue } from './catalogue';
import type { PageRecord } from '../pages/records';
import { itemKeyOf } from '../store/merge';
import { problemLine } from '../badges/notes';
import { leftListText } from '../badges/format';
import type { LogItem } from '../store/types';
import type { AnswerFacts } from './answer-suggestions';
import type { KeptPageDeadline } from '../page-deadline';

type Sender = Browser.runtime.MessageSender;

/** A message counts only when this extension's own content script sent it from a seller page. */
export function isFromOwnContentScript(sender: Sender, ownId: string): boolean {
  if (sender.id !== ownId || sender.tab === undefined) return false;
  return typeof sender.url === 'string' && detectPage(sender.url) !== null;
}

/** The report if both sender and payload check out, else null (and nothing is written). */
export function acceptPageReport(message: unknown, sender: Sender, ownId: string): CheckedReport | null {
  if (!isFromOwnContentScript(sender, ownId)) return null;
  return parsePageReport(message);
}

/** The badge of a record refused alone: no deadline, only why (the row is not silently unprotected). */
const refusedBasis = (problems: LimitProblem[]): BadgeBasis => noDeadlineBasis({ problems, notes: problems.map(problemLine) });

/**
 * The reply to a report: the context, and for every record sent, in its order, the rules' part of its badge
 * (worked out here rather than on the seller's page), or why it was refused. `answers`: what the answer log says
 * (answer-suggestions.ts): a question the seller answered has no badge; an open one's badge says how many earlier answers the popup offers.
 * `kept`: the page deadlines the log kept from earlier visits, by item key (an overdue row says since when).
 * `stalledSince`: per item key, when a parcel the platform lists as stalled was first seen so (store/merge.ts listedSince).
 */
export function replyTo(
  { report, slots }: CheckedReport,
  context: BadgeContext,
  quiet: ReadonlyMap<string, LogItem> = new Map(),
  answers: AnswerFacts = { suggestions: [], answered: new Set() },
  kept: ReadonlyMap<string, KeptPageDeadline> = new Map(),
  stalledSince: ReadonlyMap<string, number> = new Map(),
): PageReply {
  const basisOf = (r: PageRecord, i: number) => {
    const closed = quiet.get(itemKeyOf(r));
    if (closed) return quietBasis(closed);
    if (answers.answered.has(itemKeyOf(r))) return null;
    const basis = badgeBasis(r.listedStalled ? { ...r, stalledSince: stalledSince.get(itemKeyOf(r)) } : r, context.settings, kept.get(itemKeyOf(r)), context.pointsInWindow);
    const offered = answers.suggestions[i];
    return basis && offered ? { ...basis, similar: offered.length } : basis;
  };
  const bases = slots.map((slot) => (typeof slot === 'number' ? basisOf(report.records[slot]!, slot) : refusedBasis(slot)));
  return { ...withForecastNote(context), bases };
}

/**
 * The badge of an item the seller marked handled, or that left a to-do list (seen here on another page, a work
 * order for the same order): grey, no countdown, saying why; its 撤销 (or the popup's) reopens it.
 */
function quietBasis(item: LogItem): BadgeBasis {
  if (item.closedBy !== 'list') return noDeadlineBasis({ notes: [t('badge_handled_note')], handled: item.key, quiet: t('badge_handled') });
  const why = leftListText(item);
  return noDeadlineBasis({ notes: [why], handled: item.key, quiet: why });
}


/** The address a knowledge request is for: the one it names if that is a seller page, else its sender's. */
export function knowledgeUrl(message: KnowledgeRequest, sender: Sender): string {
  return typeof message.url === 'string' && message.url.length <= LIMITS.url && isSellerUrl(message.url) ? message.url : sender.url ?? '';
}

/** Whether the message is this extension's content script asking for the page knowledge (answered with answerKnowledge). */
export function isOwnKnowledgeRequest(message: unknown, sender: Sender, ownId: string): message is KnowledgeRequest {
  return isKnowledgeRequest(message) && isFromOwnContentScript(sender, ownId);
}

/**
 * The knowledge to read with (the shipped recipes, and the taught ones in force at the page: taught-knowledge.ts),
 * the badges' style, and their context until the page's first report is answered.
 */
export function answerKnowledge(context: BadgeContext, knowledge: PageKnowledge = SHIPPED_KNOWLEDGE): KnowledgeReply {
  return { knowledge, context: withForecastNote(context), badgeCss: BADGE_CSS, messages: catalogue() };
}
