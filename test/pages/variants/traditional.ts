/**
 * Traditional characters: every text node of the page written with the inverse of lib/chinese.ts's map,
 * so toSimplified brings Simplified text back unchanged. Where two Traditional forms share one Simplified
 * character (裡/裏 → 里), the one of lower code point is used.
 */
import { toSimplified } from '@/lib/chinese';
import { copyDocument, textNodes, type Transform } from './dom';

/** Simplified → Traditional, built from toSimplified over the Traditional characters it knows. */
const TO_TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  // The map's Traditional characters are those toSimplified changes; probe the CJK block once.
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    const simplified = toSimplified(ch);
    if (simplified !== ch && !map.has(simplified)) map.set(simplified, ch);
  }
  return map;
})();

export function toTraditional(text: string): string {
  return Array.from(text, (ch) => TO_TRADITIONAL.get(ch) ?? ch).join('');
}

/** The Simplified characters toTraditional changes. */
export function traditionalChars(): ReadonlyMap<string, string> {
  return TO_TRADITIONAL;
}

export const traditionalText: Transform = (doc) => {
  const out = copyDocument(doc);
  let count = 0;
  for (const node of textNodes(out.documentElement)) {
    const text = toTraditional(node.data);
    if (text !== node.data) {
      node.data = text;
      count += 1;
    }
  }
  return count > 0 ? { document: out, changes: [`${count} texts in Traditional`] } : null;
};
