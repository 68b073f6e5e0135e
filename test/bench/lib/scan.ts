/**
 * The popup's answer computed the slow way, for the bench to time summarize() against: one pass over every
 * row of both tables (counts and the nearest `limit`), and a check that both answers agree.
 */
import type { RuleSettings } from '@/lib/rules/settings';
import { HOUR_MS } from '@/lib/rules/shanghai';
import type { SentinelDb } from '@/lib/store/db';
import type { LogItem } from '@/lib/store/types';

export interface Answer {
  overdue: number;
  dueSoon: number;
  atRisk: number;
  qaWaiting: number;
  items: LogItem[];
}

export async function scanSummary(db: SentinelDb, now: number, s: RuleSettings, limit: number): Promise<Answer> {
  const soonMs = s.dueSoonHours * HOUR_MS;
  const all: LogItem[] = [...(await db.tickets.toArray()), ...(await db.questions.toArray())];
  const open = all.filter((i) => i.status === 'open');
  const overdue = open.filter((i) => (i.finalDueAt ?? Infinity) < now).sort((a, b) => a.finalDueAt! - b.finalDueAt!);
  const nextAt = (i: LogItem) => i.dueTimes.find((at) => at >= now) ?? Infinity;
  const ahead = open.filter((i) => Number.isFinite(nextAt(i))).sort((a, b) => nextAt(a) - nextAt(b));
  return {
    overdue: overdue.length,
    dueSoon: ahead.filter((i) => nextAt(i) <= now + soonMs).length,
    atRisk: open.filter((i) => i.kind === 'invoice' && i.workOrderId !== undefined).length,
    qaWaiting: all.filter((i) => i.kind === 'qa' && i.finalDueAt !== undefined && i.finalDueAt <= now).length,
    items: [...overdue, ...ahead].slice(0, limit),
  };
}

/** Equal answers: the counts, and the list's deadlines in order with the same items in each group of equal deadlines. */
export function sameAnswer(a: Answer, b: Answer, now: number): boolean {
  const when = (i: LogItem) => ((i.finalDueAt ?? Infinity) < now ? i.finalDueAt! : (i.dueTimes.find((at) => at >= now) ?? Infinity));
  if (a.overdue !== b.overdue || a.dueSoon !== b.dueSoon || a.atRisk !== b.atRisk || a.qaWaiting !== b.qaWaiting) return false;
  if (a.items.length !== b.items.length || a.items.some((x, k) => when(x) !== when(b.items[k]!))) return false;
  // Ties may come in another order, and a tie cut by the limit may hold other items: compare whole groups only.
  const last = a.items.length ? when(a.items.at(-1)!) : null;
  const groups = (list: LogItem[]) =>
    list
      .filter((i) => when(i) !== last)
      .map((i) => `${when(i)}|${i.key}`)
      .sort();
  return JSON.stringify(groups(a.items)) === JSON.stringify(groups(b.items));
}
