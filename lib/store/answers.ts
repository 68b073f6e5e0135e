/**
 * The answers a report's questions showed, into the log (inside recordReport's transaction): each answer once
 * per question (answer-rows.ts); buyer answers raise the question's count; the seller's own answer makes the
 * question answered, which ends its reminder (its deadlines go with its open status).
 */
import { readAnswers, type AnswerReading } from '../answers/shown';
import type { PageRecord } from '../pages/records';
import { loggedAnswer, mergeAnswer } from './answer-rows';
import type { SentinelDb } from './db';
import { itemKeyOf, type Sighting } from './merge';
import type { LoggedAnswer, QaEntry } from './types';

/** Each question's shown answers, read, by its log key (questions that showed none are left out). */
export function shownAnswersOf(records: readonly PageRecord[], now: number): Map<string, AnswerReading[]> {
  const byQuestion = new Map<string, AnswerReading[]>();
  for (const r of records) {
    const readings = r.kind === 'qa' ? readAnswers(r, now) : [];
    if (readings.length > 0) byQuestion.set(itemKeyOf(r), [...(byQuestion.get(itemKeyOf(r)) ?? []), ...readings]);
  }
  return byQuestion;
}

/** The merged question with what its shown answers say (a question closed or unanswerable stays so). */
export function withShownAnswers(q: QaEntry, readings: readonly AnswerReading[] | undefined, now: number): QaEntry {
  if (!readings || readings.length === 0) return q;
  const next = { ...q };
  const buyers = readings.filter((a) => !a.seller).length;
  if (buyers > (next.buyerAnswerCount ?? 0)) next.buyerAnswerCount = buyers;
  const seller = readings.find((a) => a.seller);
  if (seller) next.answerText = seller.text;
  if ((seller || buyers > 0) && next.status === 'open') {
    next.status = 'answered';
    next.answeredAt = Math.min(next.answeredAt ?? now, now);
  }
  return next;
}

/** Writes the shown answers of the report's questions; returns how many rows were new. */
export async function logAnswers(db: SentinelDb, questions: ReadonlyMap<string, QaEntry>, shown: ReadonlyMap<string, AnswerReading[]>, seen: Sighting): Promise<number> {
  const rows: LoggedAnswer[] = [];
  for (const [key, readings] of shown) {
    const q = questions.get(key);
    if (!q) continue;
    for (const a of readings) rows.push(loggedAnswer(q, a, a.seller ? 'seller' : 'buyer', seen));
  }
  if (rows.length === 0) return 0;
  const old = await db.answers.bulkGet(rows.map((r) => r.key));
  const merged = new Map<string, LoggedAnswer>();
  rows.forEach((row, i) => merged.set(row.key, mergeAnswer(merged.get(row.key) ?? old[i], row)));
  await db.answers.bulkPut([...merged.values()]);
  return old.filter((o) => o === undefined).length;
}
