/**
 * The badges' "相似问题的历史回答": for each open, unanswered question of a report, the seller's best earlier
 * answers to similar questions (answers/suggest.ts), from an index of the seller's logged answers kept in the
 * worker. Built on the first question that needs it, and takes new answers once told some were logged.
 */
import { AnswerIndex, type AnswerSuggestion } from '../answers/suggest';
import { readAnswers, sellerAnswered } from '../answers/shown';
import type { PageRecord } from '../pages/records';
import type { SentinelDb } from '../store/db';
import { itemKeyOf } from '../store/merge';

/** A question the seller still has to answer, whose badge offers earlier answers. */
export function wantsSuggestions(r: PageRecord, now: number): boolean {
  if (r.kind !== 'qa' || r.status !== 'open' || !r.question || (r.buyerAnswerCount ?? 0) > 0) return false;
  return !sellerAnswered(readAnswers(r, now));
}

/** What the reply to a report takes from the answer log (page-reports.ts replyTo). */
export interface AnswerFacts {
  /** Per record taken, in report.records' order: the earlier answers its badge offers. */
  suggestions: readonly (readonly AnswerSuggestion[] | undefined)[];
  /** Questions the seller answered: answered, their badges go, as a question a buyer answered. */
  answered: ReadonlySet<string>;
}

export class AnswerSuggester {
  private readonly index = new AnswerIndex();
  private stale = true;

  constructor(private readonly db: SentinelDb) {}

  /** Answers were written: the index reads the log again (new ones only) before its next suggestions. */
  logged(): void {
    this.stale = true;
  }

  private async ready(): Promise<AnswerIndex> {
    if (this.stale) {
      this.stale = false;
      this.index.add(await this.db.answers.where('by').equals('seller').toArray());
    }
    return this.index;
  }

  /**
   * What the answer log says of a report's records: per record, in order, its suggestions (undefined where none
   * are asked or found), and the questions the seller has answered (now or on an earlier visit), whose badges go.
   */
  async forReport(records: readonly PageRecord[], now: number): Promise<AnswerFacts> {
    const questions = records.filter((r) => r.kind === 'qa').map(itemKeyOf);
    // Shown now (the report may be answered before it is written), or logged on an earlier visit.
    const answered = new Set(records.filter((r) => r.kind === 'qa' && sellerAnswered(readAnswers(r, now))).map(itemKeyOf));
    if (questions.length > 0) {
      const sellers = await this.db.answers.where('questionKey').anyOf(questions).filter((a) => a.by === 'seller').toArray();
      for (const a of sellers) answered.add(a.questionKey);
    }
    const asking = records.map((r) => !answered.has(itemKeyOf(r)) && wantsSuggestions(r, now));
    if (!asking.includes(true)) return { suggestions: [], answered };
    const index = await this.ready();
    const suggestions = records.map((r, i) => {
      const found = asking[i] ? index.suggest(r.question!, r.itemId, itemKeyOf(r)) : [];
      return found.length > 0 ? found : undefined;
    });
    return { suggestions, answered };
  }
}
