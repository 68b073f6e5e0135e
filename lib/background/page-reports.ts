import type { Browser } from 'wxt/browser';
import { badgeBasis } from '../badges/badge-basis';
import type { BadgeContext } from '../badges/context';
import { detectPage } from '../pages/detect';
import type { BadgeBasis } from '../badges/badge-model';
import { isKnowledgeRequest, parsePageReport, type CheckedReport, type PageReply } from '../messages';
import type { PageKnowledge } from '../pages/knowledge';
import { SHIPPED_KNOWLEDGE } from '../pages/shipped-knowledge';
import type { LimitProblem } from '../record-check';
import { problemLine } from '../badges/notes';

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
const refusedBasis = (problems: LimitProblem[]): BadgeBasis => ({
  deadlines: [], disagreement: null, pointsAtRisk: 0, qaPriority: null, problems, notes: problems.map(problemLine), pageDeadline: undefined,
});

/**
 * The reply to a report: the context, and for every record sent, in its order, the rules' part of its badge
 * (worked out here rather than on the seller's page), or why it was refused.
 */
export function replyTo({ report, slots }: CheckedReport, context: BadgeContext): PageReply {
  const bases = slots.map((slot) => (typeof slot === 'number' ? badgeBasis(report.records[slot]!, context.settings) : refusedBasis(slot)));
  return { ...context, bases };
}

/** The page knowledge for the content script that asks: the knowledge the extension ships. */
export function answerKnowledgeRequest(message: unknown, sender: Sender, ownId: string): PageKnowledge | null {
  return isKnowledgeRequest(message) && isFromOwnContentScript(sender, ownId) ? SHIPPED_KNOWLEDGE : null;
}
