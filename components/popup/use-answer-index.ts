import { useEffect, useState } from 'preact/hooks';
import { AnswerIndex } from '@/lib/answers/suggest';
import type { SentinelDb } from '@/lib/store/db';

/** The seller's logged answers as an AnswerIndex, for the suggestions beside open questions; null until read (or unreadable). */
export function useSellerAnswerIndex(db: SentinelDb): AnswerIndex | null {
  const [index, setIndex] = useState<AnswerIndex | null>(null);
  useEffect(() => {
    let live = true;
    db.answers
      .where('by')
      .equals('seller')
      .toArray()
      .then((answers) => {
        const next = new AnswerIndex();
        next.add(answers);
        if (live) setIndex(next);
      })
      .catch(() => undefined); // no suggestions rather than no popup
    return () => void (live = false);
  }, [db]);
  return index;
}
