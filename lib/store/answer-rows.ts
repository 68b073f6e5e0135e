/** A logged answer's row (LoggedAnswer), made and merged (pure): once per question and text. */
import { stableHash } from '../pages/ask-all';
import { plainText } from '../answers/plain';
import type { LoggedAnswer, QaEntry } from './types';

/** The same answer, whatever its spacing, script or width, is one row of its question. */
export const answerKey = (questionKey: string, text: string): string => `${questionKey}|${stableHash(plainText(text).replace(/ /g, ''))}`;

export function loggedAnswer(
  q: Pick<QaEntry, 'key' | 'itemId' | 'question'>,
  answer: { text: string; at?: number },
  by: LoggedAnswer['by'],
  seen: { now: number; url: string },
): LoggedAnswer {
  const row: LoggedAnswer = {
    key: answerKey(q.key, answer.text),
    questionKey: q.key,
    question: q.question ?? '',
    text: answer.text,
    by,
    firstSeenAt: seen.now,
    lastSeenAt: seen.now,
    url: seen.url,
  };
  if (q.itemId !== undefined) row.itemId = q.itemId;
  if (answer.at !== undefined) row.at = answer.at;
  return row;
}

/** A sighting of a logged answer: first seen stays the earliest; once the seller's, it stays the seller's. */
export function mergeAnswer(old: LoggedAnswer | undefined, next: LoggedAnswer): LoggedAnswer {
  if (!old) return next;
  const newer = next.lastSeenAt >= old.lastSeenAt;
  const merged: LoggedAnswer = newer ? { ...old, ...next } : { ...next, ...old };
  merged.firstSeenAt = Math.min(old.firstSeenAt, next.firstSeenAt);
  merged.lastSeenAt = Math.max(old.lastSeenAt, next.lastSeenAt);
  if (old.by === 'seller' || next.by === 'seller') merged.by = 'seller';
  const at = old.at ?? next.at;
  if (at !== undefined) merged.at = at;
  return merged;
}
