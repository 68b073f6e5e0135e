/**
 * Header words swapped, for header-synonyms.ts and header-rules.ts: every header cell or card label (a text
 * node that is exactly a word of the table, with or without its colon) says the same thing in other words.
 * One word gets one replacement per page, so a filter label and its column agree. On a Traditional page the
 * replacement is written in Traditional.
 */
import { toSimplified } from '@/lib/chinese';
import { copyDocument, pick, random, textNodes, type Transform } from './dom';
import { toTraditional } from './traditional';

const LABEL = /^(\s*)([^\s:：]{1,12})(\s*[:：]?\s*)$/;

export function swapWords(table: Readonly<Record<string, readonly string[]>>): Transform {
  return (doc, seed) => {
    const out = copyDocument(doc);
    if (!out.body) return null;
    const rand = random(seed);
    const chosen = new Map<string, string>();
    const changes = new Map<string, string>();
    for (const node of textNodes(out.body)) {
      const m = LABEL.exec(node.data);
      if (!m) continue;
      const word = toSimplified(m[2]!);
      const others = Object.hasOwn(table, word) ? table[word]! : [];
      if (others.length === 0) continue;
      if (!chosen.has(word)) chosen.set(word, pick(rand, others));
      if (!changes.has(word)) changes.set(word, `${word} → ${chosen.get(word)}`);
      const traditional = toSimplified(m[2]!) !== m[2];
      const replacement = traditional ? toTraditional(chosen.get(word)!) : chosen.get(word)!;
      node.data = `${m[1]}${replacement}${m[3]}`;
    }
    return changes.size > 0 ? { document: out, changes: [...changes.values()] } : null;
  };
}
