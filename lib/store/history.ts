/**
 * The options page's history from the log: the whole ledger (a few rows a month: the cap keeps it small) and
 * every logged item's deadlines with when it was seen handled. Read on opening the options page only.
 */
import { itemDeadlines } from '../record-deadlines';
import { deductionsIn, rollingSteps, weeklyOutcomes, type PointStep, type WeekOutcome, type DeadlineOutcomeInput } from '../rules/point-history';
import { DAY_MS } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from './db';
import type { LogItem, PenaltyEvent } from './types';

export const HISTORY_DAYS = 90;
export const HISTORY_WEEKS = 13;

export interface PointHistory {
  from: number;
  to: number;
  /** The invoice rule's rolling total (N of N/6), capped. */
  steps: PointStep[];
  /** Other causes' rolling total, uncapped and apart from N/6 (RULES §4). */
  otherSteps: PointStep[];
  /** Each deduction of the span, with the points that counted and the item it was for, when logged. */
  deductions: (PenaltyEvent & { effective: number; item?: LogItem })[];
  weeks: WeekOutcome[];
}

/** When the extension saw the item handled: closed by the page or the seller, or a question answered. */
const handledAt = (item: LogItem) => item.closedAt ?? (item.kind === 'qa' ? item.answeredAt : undefined);

/**
 * Every deadline the item had while open, whatever its status now: an answered question as it was before its
 * answer. None for an unanswerable question, nor for an item first seen handled: when it was handled is unknown.
 */
function outcomeInput(item: LogItem, s: RuleSettings): DeadlineOutcomeInput | null {
  const handled = handledAt(item);
  if (item.status === 'unanswerable' || (handled !== undefined && handled <= item.firstSeenAt)) return null;
  const whileOpen = item.kind === 'qa' ? { ...item, status: 'open' as const, buyerAnswerCount: 0 } : { ...item, status: 'open' as const };
  try {
    return { deadlines: itemDeadlines(whileOpen, s).map((d) => d.at), handledAt: handled };
  } catch {
    return null; // an out-of-range instant: no deadline to count
  }
}

export async function pointHistory(db: SentinelDb, now: number, settings: RuleSettings): Promise<PointHistory> {
  const [events, tickets, questions] = await db.transaction('r', [db.penalties, db.tickets, db.questions], () =>
    Promise.all([db.penalties.orderBy('at').toArray(), db.tickets.toArray(), db.questions.toArray()]),
  );
  const from = now - HISTORY_DAYS * DAY_MS;
  const items: LogItem[] = [...tickets, ...questions];
  const byKey = new Map(items.map((i) => [i.key, i]));
  return {
    from,
    to: now,
    steps: rollingSteps(events, from, now, settings),
    otherSteps: rollingSteps(events, from, now, settings, 'other'),
    deductions: deductionsIn(events, from, now, settings).map((e) => ({ ...e, item: e.ticketKey === undefined ? undefined : byKey.get(e.ticketKey) })),
    weeks: weeklyOutcomes(items.map((i) => outcomeInput(i, settings)).filter((x) => x !== null), now, HISTORY_WEEKS),
  };
}
