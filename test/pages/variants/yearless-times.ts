/**
 * Trace and ask times without a year, as the after-sales tracking shows them (`09/09 23:18:34 已签收…`): a
 * `YYYY-MM-DD HH:mm:ss` beside a trace line (【城市】) or after 提问时间 becomes `MM/DD HH:mm:ss`. Past-facing
 * times resolve to the latest such instant not after the capture, so the records stay the same.
 */
import { copyDocument, textNodes, type Transform } from './dom';

const FULL = /(?<!\d)\d{4}-(\d{2})-(\d{2}) (\d{2}:\d{2}:\d{2})(?![\d:])/g;
/** Where a time is a trace line's or an ask time: its text or a near container's names one. */
const CONTEXT = /【|提问时间|提問時間/;

function inContext(node: Text): boolean {
  let at: Element | null = node.parentElement;
  for (let depth = 0; at && depth < 3; depth++, at = at.parentElement) if (CONTEXT.test(at.textContent ?? '')) return (at.textContent ?? '').length < 2000;
  return false;
}

export const yearlessTimes: Transform = (doc) => {
  const out = copyDocument(doc);
  let changed = 0;
  for (const node of textNodes(out.body)) {
    if (node.data.search(FULL) < 0 || !inContext(node)) continue;
    node.data = node.data.replace(FULL, (_, month: string, day: string, time: string) => `${month}/${day} ${time}`);
    changed += 1;
  }
  return changed > 0 ? { document: out, changes: [`${changed} trace or ask times without their year`] } : null;
};
