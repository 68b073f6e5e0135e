/**
 * The page moved to a sibling route of its app (`trade-platform/tp/sold` → `trade-platform-next/tp/sold`): a
 * route the extension does not know. Lists are recognised by what they hold, so the records stay the same.
 * Only the Qianniu hosts (the legacy 问大家 host serves nothing else). The document is the fixture's own.
 */
import { copyDocument, type Transform } from './dom';

const QIANNIU = /^https:\/\/(?:myseller|qn)\.taobao\.com\/home\.htm\/([^/?#]+)/;

/** The fixture's address with its app renamed, or null off the Qianniu workbench. */
export function siblingRoute(url: string): string | null {
  const m = QIANNIU.exec(url);
  return m ? url.replace(m[0], `${m[0]}-next`) : null;
}

export const movedPage: Transform = (doc, _seed, page) => {
  const url = page && siblingRoute(page.url);
  return url ? { document: copyDocument(doc), changes: [`served at ${url}`] } : null;
};
