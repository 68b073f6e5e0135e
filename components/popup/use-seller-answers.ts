import { useEffect, useState } from 'preact/hooks';
import { AnswerIndex, type AnswerSuggestion } from '@/lib/answers/suggest';
import type { SentinelDb } from '@/lib/store/db';
import type { LogItem } from '@/lib/store/types';

/** An open question's earlier answers, worked out once per question while the popup is open. */
export type SuggestionsFor = (item: LogItem) => readonly AnswerSuggestion[];

/** The seller's logged answers as an index, for the suggestions beside open questions; null until read (or unreadable). */
export function useSellerAnswers(db: SentinelDb): SuggestionsFor | null {
  const [index, setIndex] = useState<SuggestionsFor | null>(null);
  useEffect(() => {
    let live = true;
    db.answers
      .where('by')
      .equals('seller')
      .toArray()
      .then((answers) => {
        const next = new AnswerIndex();
        next.add(answers);
        const known = new Map<string, readonly AnswerSuggestion[]>();
        const suggestionsFor: SuggestionsFor = (item) => {
          if (item.kind !== 'qa' || item.status !== 'open' || !item.question) return [];
          if (!known.has(item.key)) known.set(item.key, next.suggest(item.question, item.itemId, item.key));
          return known.get(item.key)!;
        };
        if (live) setIndex(() => suggestionsFor);
      })
      .catch(() => undefined); // no suggestions rather than no popup
    return () => void (live = false);
  }, [db]);
  return index;
}
