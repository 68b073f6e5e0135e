/**
 * The seller's earlier answers to questions like a new one: an index of the seller's answers by the question
 * they answered, in the background (for the badges) and the popup, never on the seller's page.
 *
 * Ranked by MiniSearch (BM25 over questionTerms). Chosen over Orama and FlexSearch for size and for taking our
 * own tokenizer as it is: 6.0 KB gzip against 25.1 KB (Orama 3.1) and 17.4 KB (FlexSearch 0.8), measured with
 * esbuild --minify; none of them segments Chinese by itself, and Orama's Mandarin tokenizer is Intl.Segmenter
 * too. MiniSearch is maintained (7.2, 2025), has no dependencies and keeps exact scores we can check.
 *
 * BM25 ranks, but its scores mean nothing across logs, so an answer is offered only when the two questions
 * share enough of their evidence: the mean of the shares of each question's IDF that the terms they have in
 * common carry (MIN_SHARED). An unrelated question then gets none, however few answers the log holds.
 */
import MiniSearch from 'minisearch';
import { questionTerms } from './tokens';

/** One answer the seller wrote, to one question. */
export interface SellerAnswer {
  /** The logged answer's key (store/answers.ts). */
  key: string;
  /** The question it answered (its log key), so that question is not offered its own answer. */
  questionKey: string;
  itemId?: string;
  question: string;
  text: string;
}

/** An earlier answer offered for a question: its text, the question it answered, whether on the same item. */
export interface AnswerSuggestion {
  text: string;
  question: string;
  sameItem: boolean;
}

export const SUGGESTIONS_SHOWN = 3;
/**
 * How much evidence (IDF) two questions must share for the earlier one's answer to be offered. On the ranking set
 * 23 of the 24 questions asked again share 0.26–1 with their earlier one, the unrelated ones at most 0.19
 * (test/unit/answers/ranking.test.ts).
 */
export const MIN_SHARED = 0.25;
/** Candidates BM25 gives before the evidence check and the same-item order. */
export const CANDIDATES = 30;
/** MiniSearch's own BM25+ parameters, named so that a reference ranking (test/bench) can use the same. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** The IDF MiniSearch scores with, for the evidence check: `docs` questions, `withTerm` of them having the term. */
export const idf = (docs: number, withTerm: number): number => Math.log(1 + (docs - withTerm + 0.5) / (withTerm + 0.5));

export class AnswerIndex {
  /** Indexed by the terms already worked out for the evidence check (joined by NUL), queries by questionTerms. */
  private readonly search = new MiniSearch<{ key: string; terms: string }>({
    idField: 'key',
    fields: ['terms'],
    tokenize: (joined) => joined.split('\u0000'),
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', bm25: BM25, tokenize: questionTerms },
  });
  private readonly answers = new Map<string, { answer: SellerAnswer; terms: string[] }>();
  /** Per term, how many indexed questions have it: the IDF of the coverage check. */
  private readonly withTerm = new Map<string, number>();

  get size(): number {
    return this.answers.size;
  }

  /** Adds answers not indexed yet (by key). */
  add(answers: Iterable<SellerAnswer>): void {
    const fresh: { key: string; terms: string }[] = [];
    for (const a of answers) {
      if (this.answers.has(a.key) || a.text.trim() === '' || a.question.trim() === '') continue;
      const terms = questionTerms(a.question);
      if (terms.length === 0) continue;
      this.answers.set(a.key, { answer: a, terms });
      fresh.push({ key: a.key, terms: terms.join('\u0000') });
      for (const term of terms) this.withTerm.set(term, (this.withTerm.get(term) ?? 0) + 1);
    }
    this.search.addAll(fresh);
  }

  /** What the terms two questions share carry of one question's evidence (its terms' IDF), 0..1. */
  private coverage(terms: readonly string[], shared: readonly string[]): number {
    const n = this.answers.size;
    const weight = (t: string) => idf(n, this.withTerm.get(t) ?? 0);
    const total = terms.reduce((sum, t) => sum + weight(t), 0);
    return total === 0 ? 0 : shared.reduce((sum, t) => sum + weight(t), 0) / total;
  }

  /** How much of their evidence a question and an indexed one share, 0..1 (the mean of the two coverages). */
  shared(terms: readonly string[], key: string, common: readonly string[]): number {
    const indexed = this.answers.get(key);
    return indexed ? (this.coverage(terms, common) + this.coverage(indexed.terms, common)) / 2 : 0;
  }

  /** The best SUGGESTIONS_SHOWN earlier answers for `question`: same item first, then the shop; each text once. */
  suggest(question: string, itemId: string | undefined, questionKey?: string): AnswerSuggestion[] {
    const terms = questionTerms(question);
    if (terms.length === 0 || this.answers.size === 0) return [];
    const hits = this.search
      .search(question)
      .slice(0, CANDIDATES)
      .map((hit) => ({ hit, answer: this.answers.get(String(hit.id))!.answer }))
      .filter(({ hit, answer }) => answer.questionKey !== questionKey && this.shared(terms, answer.key, hit.queryTerms) >= MIN_SHARED);
    return rankSuggestions(hits.map(({ hit, answer }) => ({ answer, score: hit.score })), itemId);
  }
}

/** Same item first, then by score; an answer text the seller gave twice is offered once. */
export function rankSuggestions(scored: { answer: SellerAnswer; score: number }[], itemId: string | undefined): AnswerSuggestion[] {
  const same = (a: SellerAnswer) => itemId !== undefined && a.itemId === itemId;
  const sorted = [...scored].sort((x, y) => Number(same(y.answer)) - Number(same(x.answer)) || y.score - x.score || x.answer.key.localeCompare(y.answer.key));
  const out: AnswerSuggestion[] = [];
  const texts = new Set<string>();
  for (const { answer } of sorted) {
    if (texts.has(answer.text)) continue;
    texts.add(answer.text);
    out.push({ text: answer.text, question: answer.question, sameItem: same(answer) });
    if (out.length === SUGGESTIONS_SHOWN) break;
  }
  return out;
}
