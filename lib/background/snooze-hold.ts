/**
 * What the seller's snoozes do in one reminder run (issue 25): which items wait, which ring now, which snoozes
 * are finished, and the next moment one rings. Pure, so the run stays one page and this is tested alone.
 */
import type { ItemDeadline } from '../record-deadlines';
import type { LogItem, Snooze } from '../store/types';
import type { Shown } from './notify';

export interface SnoozeHold {
  /** Items still snoozed: the planner leaves them out. */
  waiting: Set<string>;
  /** Snoozes rung now, as reminders (the nearest deadline ahead, else the latest passed). */
  ringing: Shown[];
  /** Snoozes to remove after this run's notifications: rung, or their item no longer open. */
  done: string[];
  nextAt: number | null;
}

export function snoozeHold(
  snoozes: ReadonlyMap<string, Snooze>,
  open: ReadonlyMap<string, { item: LogItem; deadlines: readonly ItemDeadline[] }>,
  now: number,
  /** The end of the quiet hours under way, or null outside them. */
  quietEnd: number | null,
): SnoozeHold {
  const hold: SnoozeHold = { waiting: new Set(), ringing: [], done: [], nextAt: null };
  for (const snooze of snoozes.values()) {
    const entry = open.get(snooze.itemKey);
    if (!entry) {
      hold.done.push(snooze.itemKey);
      continue;
    }
    // Inside quiet hours a snooze due waits too: it rings at their end.
    if (snooze.until > now || quietEnd !== null) {
      hold.waiting.add(snooze.itemKey);
      const at = snooze.until > now ? snooze.until : quietEnd!;
      if (hold.nextAt === null || at < hold.nextAt) hold.nextAt = at;
      continue;
    }
    const ahead = entry.deadlines.filter((d) => d.at >= now).sort((a, b) => a.at - b.at);
    const deadline = ahead[0] ?? [...entry.deadlines].sort((a, b) => b.at - a.at)[0];
    hold.done.push(snooze.itemKey);
    if (deadline) hold.ringing.push({ item: entry.item, due: { itemKey: snooze.itemKey, deadline, leadMinutes: 0 } });
  }
  return hold;
}
