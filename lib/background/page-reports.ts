import type { Runtime } from 'webextension-polyfill';
import { detectPage } from '../pages/detect';
import { parsePageReport, type PageReport } from '../messages';

/** A message counts only when this extension's own content script sent it from a seller page. */
export function isFromOwnContentScript(sender: Runtime.MessageSender, ownId: string): boolean {
  if (sender.id !== ownId || sender.tab === undefined) return false;
  return typeof sender.url === 'string' && detectPage(sender.url) !== null;
}

/** The report if both sender and payload check out, else null (and nothing is written). */
export function acceptPageReport(message: unknown, sender: Runtime.MessageSender, ownId: string): PageReport | null {
  if (!isFromOwnContentScript(sender, ownId)) return null;
  return parsePageReport(message);
}

/** Newest first, one entry per URL, at most `limit`. */
export function rememberPage(seen: readonly PageReport[], report: PageReport, limit = 50): PageReport[] {
  return [report, ...seen.filter((p) => p.url !== report.url)].slice(0, limit);
}
