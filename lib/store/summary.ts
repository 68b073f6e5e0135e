/**
 * The popup's summary: counts and the nearest deadlines, from index range queries only, so it stays
 * fast however long the log grows (no pass over every item). Counts read keys, not rows, where they can.
 * Only open items have dueTimes/finalDueAt (derive.ts), so those ranges hold open items only.
 */
import type { Table } from 'dexie';
import { HOUR_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { PointsForecast } from '../rules/ledger';
import type { SentinelDb } from './db';
import { logBadgeContext, openInvoicesWith } from './log';
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

const nextAt = (i: LogItem, now: number) => i.dueTimes.find((at) => at >= now) ?? Infinity;

/** Items past their last deadline, longest overdue first. */
async function overdueItems(db: SentinelDb, now: number): Promise<LogItem[]> {
  const lists = [await db.tickets.where('finalDueAt').below(now).toArray(), await db.questions.where('finalDueAt').below(now).toArray()];
  return lists.flat().sort((a, b) => a.finalDueAt! - b.finalDueAt!);
}

/**
 * The first `limit` items along the multi-entry dueTimes index from `now`: the nearest ahead, in one getAll
 * per try. An item has an entry per deadline ahead, so `n` entries can hold fewer items: read twice as many then.
 */
async function nextDue<T extends LogItem>(table: Table<T, string>, now: number, limit: number): Promise<T[]> {
  if (limit <= 0) return [];
  for (let n = 2 * limit; ; n *= 2) {
    const entries = await table.where('dueTimes').aboveOrEqual(now).limit(n).toArray();
    const items = [...new Map(entries.map((i) => [i.key, i])).values()];
    if (items.length >= limit || entries.length < n) return items.slice(0, limit);
  }
}

/** Items with a deadline in [now, now + ms] (none of them overdue): distinct keys of the range, no rows read. */
async function dueSoonCount<T extends LogItem>(table: Table<T, string>, now: number, ms: number): Promise<number> {
  return new Set(await table.where('dueTimes').between(now, now + ms, true, true).primaryKeys()).size;
}

/** The overdue fill the list first: deadlines ahead are read only for the places left. */
async function listed(db: SentinelDb, now: number, limit: number): Promise<{ overdue: LogItem[]; items: LogItem[] }> {
  const overdue = await overdueItems(db, now);
  const left = limit - overdue.length;
  const ahead = [...(await nextDue(db.tickets, now, left)), ...(await nextDue(db.questions, now, left))];
  ahead.sort((a, b) => nextAt(a, now) - nextAt(b, now));
  return { overdue, items: [...overdue, ...ahead].slice(0, limit) };
}

export async function summarize(db: SentinelDb, now: number, settings: RuleSettings, limit = 100): Promise<Summary> {
  const soonMs = settings.dueSoonHours * HOUR_MS;
  // One read transaction: every figure from the same state of the log.
  return db.transaction('r', [db.tickets, db.questions, db.penalties], async () => {
    const [{ overdue, items }, ticketsSoon, questionsSoon, atRisk, qaWaiting, context] = await Promise.all([
      listed(db, now, limit),
      dueSoonCount(db.tickets, now, soonMs),
      dueSoonCount(db.questions, now, soonMs),
      openInvoicesWith(db, 'workOrderId').count(),
      db.questions.where('finalDueAt').belowOrEqual(now).count(),
      logBadgeContext(db, now, settings),
    ]);
    return { overdue: overdue.length, dueSoon: ticketsSoon + questionsSoon, atRisk, qaWaiting, points: context.pointsInWindow, forecast: context.forecast, items };
  });
}
