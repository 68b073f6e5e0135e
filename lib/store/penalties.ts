/** The penalty ledger (RULES §4): deducted points as events, and the capped rolling total. */
import { LIMITS } from '../messages';
import { pointsAt, windowMs, type PenaltyRule } from '../rules/ledger';
import type { RuleSettings } from '../rules/settings';
import { isInstant } from '../rules/shanghai';
import type { SentinelDb } from './db';
import type { PenaltyEvent } from './types';

const MAX_POINTS = 12;

/**
 * The rule a page states for a deduction it shows (RULES §4): an invoice complaint (its cause names 发票, or it is
 * for an invoice item) is the invoice rule; anything else is another cause, never capped by the invoice cap.
 */
export function ruleStatedByPage(cause: string | undefined, ticketKey?: string): PenaltyRule {
  return /发票|發票/.test(cause ?? '') || ticketKey?.startsWith('invoice:') ? 'invoice' : 'other';
}

function checked(event: Omit<PenaltyEvent, 'id'>): Omit<PenaltyEvent, 'id'> {
  const { at, points, rule, source, ticketKey, note } = event;
  if (!isInstant(at)) throw new RangeError(`penalty at is not an instant: ${String(at)}`);
  if (!Number.isInteger(points) || points < 1 || points > MAX_POINTS) throw new RangeError(`penalty points not an integer in 1..${MAX_POINTS}: ${String(points)}`);
  if (source !== 'page' && source !== 'user') throw new RangeError(`penalty source unknown: ${String(source)}`);
  if (rule !== 'invoice' && rule !== 'other') throw new RangeError(`penalty rule unknown: ${String(rule)}`);
  for (const [name, text] of [['ticketKey', ticketKey], ['note', note]] as const) {
    if (text !== undefined && (typeof text !== 'string' || text.length > LIMITS.text)) throw new RangeError(`penalty ${name} not a short text`);
  }
  // Known fields only: whatever else the caller's object carries is not stored.
  return { at, points, rule, source, ...(ticketKey === undefined ? {} : { ticketKey }), ...(note === undefined ? {} : { note }) };
}

/**
 * Stores a deducted penalty and returns its id. A page shows the same deduction on every visit, so a
 * page event equal (at, ticketKey, points, rule) to one already logged, from either source, returns that one's id.
 */
export async function addPenalty(db: SentinelDb, event: Omit<PenaltyEvent, 'id'>): Promise<number> {
  const row = checked(event);
  return db.transaction('rw', db.penalties, async () => {
    if (row.source === 'page') {
      const same = await db.penalties
        .where('at')
        .equals(row.at)
        .filter((e) => e.points === row.points && e.ticketKey === row.ticketKey && e.rule === row.rule)
        .first();
      if (same?.id !== undefined) return same.id;
    }
    return (await db.penalties.add(row)) as number; // ++id: always a number
  });
}

/** Events with at in (from, to], oldest first. */
export function penaltiesBetween(db: SentinelDb, from: number, to: number): Promise<PenaltyEvent[]> {
  if (!(from < to)) return Promise.resolve([]);
  return db.penalties.where('at').between(from, to, false, true).toArray();
}

/**
 * The events that decide the capped total at `now`: (now − 2 windows, now], extended back while the
 * window before the earliest fetched one is not empty. An event's effective points depend on the window
 * before it, so history older than one whole empty window cannot change anything.
 */
export async function ledgerHistory(db: SentinelDb, now: number, settings: RuleSettings): Promise<PenaltyEvent[]> {
  const window = windowMs(settings);
  let from = now - 2 * window;
  const events = await penaltiesBetween(db, from, now);
  if (!(window > 0)) return events;
  for (;;) {
    const older = await penaltiesBetween(db, from - window, from);
    if (older.length === 0) return events;
    events.unshift(...older);
    from -= window;
  }
}

/** The invoice rule's rolling total at `now` (N of N/6, RULES §4), the cap applied over the history that matters. */
export async function pointsInWindow(db: SentinelDb, now: number, settings: RuleSettings): Promise<number> {
  return pointsAt(await ledgerHistory(db, now, settings), now, settings);
}
