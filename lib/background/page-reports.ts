import type { Browser } from 'wxt/browser';
import { badgeBasis } from '../badges/badge-basis';
import type { BadgeContext } from '../badges/context';
import { detectPage } from '../pages/detect';
import { isKnowledgeRequest, parsePageReport, type PageReply, type PageReport } from '../messages';
import type { PageKnowledge } from '../pages/knowledge';
import { SHIPPED_KNOWLEDGE } from '../pages/shipped-knowledge';

type Sender = Browser.runtime.MessageSender;

/** A message counts only when this extension's own content script sent it from a seller page. */
export function isFromOwnContentScript(sender: Sender, ownId: string): boolean {
  if (sender.id !== ownId || sender.tab === undefined) return false;
  return typeof sender.url === 'string' && detectPage(sender.url) !== null;
}

/** The report if both sender and payload check out, else null (and nothing is written). */
export function acceptPageReport(message: unknown, sender: Sender, ownId: string): PageReport | null {
  if (!isFromOwnContentScript(sender, ownId)) return null;
  return parsePageReport(message);
}

/** The reply to a report: the context, and the rules' part of each record's badge, worked out here rather than on the seller's page. */
export function replyTo(report: PageReport, context: BadgeContext): PageReply {
  return { ...context, bases: report.records.map((r) => badgeBasis(r, context.settings)) };
}

/** The page knowledge for the content script that asks: the knowledge the extension ships. */
export function answerKnowledgeRequest(message: unknown, sender: Sender, ownId: string): PageKnowledge | null {
  return isKnowledgeRequest(message) && isFromOwnContentScript(sender, ownId) ? SHIPPED_KNOWLEDGE : null;
}
