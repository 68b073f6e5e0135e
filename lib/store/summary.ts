/**
 * The popup's summary: counts and the nearest deadlines, from index range queries only, so it stays
 * fast however long the log grows (no pass over every item).
 */
import type { Table } from 'dexie';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { PointsForecast } from '../rules/ledger';
import type { SentinelDb } from './db';
import { dueWithin, logBadgeContext, openInvoicesWith } from './log';
import type { LogItem } from './types';

export interface Summary {
  overdue: number;
  dueSoon: number;
  /** Open invoice tickets with a work order: each can cost a point. */
  atRisk: number;
  /** Questions past the moment the seller should answer them. */
  qaWaiting: number;
  points: number;
  forecast: PointsForecast | null;
  /** Nearest first: overdue items, then the next deadlines, at most `limit`. */
  items: LogItem[];
}

/** Open items whose next deadline is ahead, nearest first, read along the dueTimes index. */
async function nextDue<T extends LogItem>(table: Table<T, string>, now: number, limit: number): Promise<T[]> {
  const seen = new Map<string, T>();
  await table
    .where('dueTimes')
    .aboveOrEqual(now)
    .until(() => seen.size >= limit)
    .each((item) => void seen.set(item.key, item));
  return [...seen.values()];
}

export async function summarize(db: SentinelDb, now: number, settings: RuleSettings, limit = 100): Promise<Summary> {
  const soonMs = settings.dueSoonHours * HOUR_MS;
  const [urgent, ahead, atRisk, qaWaiting, context] = await Promise.all([
    dueWithin(db, now, soonMs),
    Promise.all([nextDue(db.tickets, now, limit), nextDue(db.questions, now, limit)]).then((lists) => lists.flat()),
    openInvoicesWith(db, 'workOrderId').count(),
    db.questions.where('finalDueAt').belowOrEqual(now).count(),
    logBadgeContext(db, now, settings),
  ]);
  const overdue = urgent.filter((i) => (i.finalDueAt ?? Infinity) < now);
  const nextAt = (i: LogItem) => i.dueTimes.find((at) => at >= now) ?? i.finalDueAt ?? Infinity;
  const rest = [...new Map([...urgent, ...ahead].map((i) => [i.key, i])).values()].filter((i) => !overdue.includes(i));
  rest.sort((a, b) => nextAt(a) - nextAt(b));
  return {
    overdue: overdue.length,
    dueSoon: urgent.length - overdue.length,
    atRisk,
    qaWaiting,
    points: context.pointsInWindow,
    forecast: context.forecast,
    items: [...overdue, ...rest].slice(0, limit),
  };
}
