/**
 * The page knowledge a reading uses: per field its words, rules and content (fields/specs.ts), and the
 * state and task words (words.ts). The content script gets it from the background at start (the data
 * stays out of its bundle and the shipped knowledge has one source); the background and tests install the
 * shipped knowledge directly (shipped-knowledge.ts). Nothing here holds data.
 */
import { simplifier } from '../chinese-simplifier';
import type { FieldName, FieldSpec } from './fields/specs';
import type { WordList } from './words';

export interface PageKnowledge {
  fields: Readonly<Record<FieldName, FieldSpec>>;
  words: Readonly<Record<WordList, readonly string[]>>;
  /** Traditional → Simplified pairs for the page vocabulary (chinese.ts). */
  traditional: string;
}

let current: PageKnowledge | null = null;
let version = 0;
let simplify: (text: string) => string = () => {
  throw new Error('page knowledge not loaded');
};

/** A character that normalizeText changes: folded, removed, a space to trim or collapse, or a Traditional one. */
let unnormal = /[^]/;

export function useKnowledge(knowledge: PageKnowledge): void {
  current = knowledge;
  version += 1;
  simplify = simplifier(knowledge.traditional);
  const traditional = Array.from(knowledge.traditional).filter((_, i) => i % 2 === 0);
  unnormal = new RegExp(`[\\uFF01-\\uFF5E${traditional.join('')}]|\\p{Cf}|[^\\S ]| {2}|^ | $`, 'u');
}

/** Whether normalizing would leave the text as it is (most page text, and every text normalized once): one scan. */
export function isNormalized(text: string): boolean {
  return !unnormal.test(text);
}

/** Page text in Simplified characters, by the knowledge's pairs. */
export function toSimplifiedPage(text: string): string {
  return simplify(text);
}

/** Changes with every useKnowledge: what is built from the knowledge (label patterns) is rebuilt. */
export function knowledgeVersion(): number {
  return version;
}

function known(): PageKnowledge {
  if (!current) throw new Error('page knowledge not loaded');
  return current;
}

export function spec(field: FieldName): FieldSpec {
  return known().fields[field];
}

export function words(list: WordList): readonly string[] {
  return known().words[list];
}

/** Every header word of a field, in order. */
export function wordsOf(field: FieldName): readonly string[] {
  return spec(field).words.flatMap((g) => g.words);
}

/** Whether a header (a headerKey) names the field by its rule (in the knowledge in use, or in `fields`). */
export function ruleCovers(field: FieldName, header: string, fields = known().fields): boolean {
  const rule = fields[field].rule;
  if (!rule || header === '') return false;
  return rule.all.every((any) => any.some((w) => header.includes(w))) && !(rule.not ?? []).some((w) => header.includes(w));
}

/** A knowledge message's payload, checked before use: the background is trusted, but a wrong shape must not throw later. */
export function isPageKnowledge(value: unknown): value is PageKnowledge {
  const k = value as PageKnowledge | null;
  return typeof k === 'object' && k !== null && typeof k.fields === 'object' && k.fields !== null && typeof k.words === 'object' && k.words !== null && typeof k.traditional === 'string';
}
