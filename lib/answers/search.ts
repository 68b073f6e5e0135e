/**
 * The popup's search over the answer log: every logged answer, by the words of its question and its text
 * (questionTerms, so Chinese without spaces finds 缩水 in 洗了会不会缩水), all words required, the last one
 * as a prefix while it is being typed. MiniSearch, as for the suggestions (suggest.ts says why).
 */
import MiniSearch from 'minisearch';
import type { LoggedAnswer } from '../store/types';
import { questionTerms } from './tokens';

export const SEARCH_SHOWN = 20;

export class AnswerSearch {
  private readonly search = new MiniSearch<LoggedAnswer>({
    idField: 'key',
    fields: ['question', 'text'],
    tokenize: questionTerms,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'AND', prefix: (_term, i, terms) => i === terms.length - 1, boost: { question: 2 } },
  });
  private readonly byKey = new Map<string, LoggedAnswer>();
  private readonly newestFirst: LoggedAnswer[];

  constructor(answers: readonly LoggedAnswer[]) {
    for (const a of answers) this.byKey.set(a.key, a);
    this.newestFirst = [...this.byKey.values()].sort((a, b) => b.lastSeenAt - a.lastSeenAt);
    this.search.addAll(this.newestFirst);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The answers matching every word of `query`, best first; the newest when the query has no words. */
  find(query: string, limit = SEARCH_SHOWN): LoggedAnswer[] {
    if (questionTerms(query).length === 0) return this.newestFirst.slice(0, limit);
    return this.search
      .search(query)
      .slice(0, limit)
      .map((hit) => this.byKey.get(String(hit.id))!);
  }
}
