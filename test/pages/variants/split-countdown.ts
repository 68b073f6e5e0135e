/**
 * A countdown drawn one element per unit, as timers render (`<span>2</span>天<span>05</span>:<span>12</span>…`):
 * every number of a countdown's text gets an element of its own, so the cell's text reads `2 天 05 :12 :33`.
 * The reader joins element boundaries: the records stay the same.
 */
import { copyDocument, textNodes, type Transform } from './dom';

/** A countdown's text: an optional 剩余/还剩, then a number with a unit (天, 小时, 分, 秒) or a clock (05:12). */
const COUNTDOWN = /^\s*(?:剩余|还剩|剩餘|還剩|剩)?\s*\d+\s*(?:天|个?小时|個?小時|分|秒|:\d{2})/;

export const splitCountdown: Transform = (doc) => {
  const out = copyDocument(doc);
  let changed = 0;
  for (const node of textNodes(out.body)) {
    if (!COUNTDOWN.test(node.data)) continue;
    const parts = node.data.split(/(\d+)/);
    const pieces = parts.map((part, i) => {
      if (i % 2 === 0) return out.createTextNode(part);
      const span = out.createElement('span');
      span.textContent = part;
      return span;
    });
    node.replaceWith(...pieces);
    changed += 1;
  }
  return changed > 0 ? { document: out, changes: [`${changed} countdowns drawn one element per number`] } : null;
};
