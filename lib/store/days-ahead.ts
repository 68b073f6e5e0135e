/** The log's open items by day (reminders/days-ahead.ts), from the deadline indexes only: no pass over the log. */
import { daysAhead, dayStarts, type DaysAhead } from '../reminders/days-ahead';
import type { RuleSettings } from '../rules/settings';
import type { SentinelDb } from './db';
import type { LogItem } from './types';

/** Overdue items and those with a deadline in the `days` Shanghai days from today. Only open items have deadlines. */
export async function openByDay(db: SentinelDb, now: number, days: number, settings: RuleSettings): Promise<DaysAhead<LogItem>> {
  const end = dayStarts(now, days).at(-1)!;
  const items = await db.transaction('r', [db.tickets, db.questions], async () => {
    const lists = await Promise.all(
      [db.tickets, db.questions].flatMap((table) => [
        table.where('dueTimes').between(now, end, true, false).toArray(),
        table.where('finalDueAt').below(now).toArray(),
      ]),
    );
    return lists.flat() as LogItem[];
  });
  return daysAhead(items.filter((i) => i.status === 'open'), now, days, settings);
}

/** Nothing logged yet, open or closed: the popup then says what to do instead of showing zeros. */
export async function isLogEmpty(db: SentinelDb): Promise<boolean> {
  const [tickets, questions] = await db.transaction('r', [db.tickets, db.questions], () => Promise.all([db.tickets.count(), db.questions.count()]));
  return tickets + questions === 0;
}
