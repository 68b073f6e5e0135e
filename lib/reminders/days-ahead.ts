/**
 * Open items by the Shanghai day their next deadline falls on, overdue ones apart: the morning digest's counts
 * and the popup's week strip. Pure: items with their derived deadline times (store/derive.ts) and `now` in.
 * An item counts once, on the day of its next deadline ahead; past its last deadline it is overdue.
 */
import { addDays, startOfDay } from 'date-fns';
import { toneAt, type Tone } from '../badges/badge-model';
import { inShanghaiDate } from '../rules/shanghai';
import type { RuleSettings } from '../rules/settings';
import type { LogItem } from '../store/types';
import { shanghaiDay } from './digest-schedule';

export type Kind = LogItem['kind'];
export const KINDS: readonly Kind[] = ['invoice', 'logistics', 'qa'];
export type KindCounts = Record<Kind, number>;

/** What the buckets read of an item: its kind and the instants the log derived for it. */
export type DueItem = Pick<LogItem, 'key' | 'kind' | 'dueTimes' | 'finalDueAt'>;

export interface Bucket<T extends DueItem> {
  /** `2026-12-02` (Shanghai), or 'overdue'. */
  day: string;
  /** Nearest deadline first (overdue: longest overdue first). */
  items: T[];
  counts: KindCounts;
  total: number;
  /** The most urgent badge colour among its items, as the badges colour them; null when empty. */
  tone: Exclude<Tone, 'problem'> | null;
}

export interface DaysAhead<T extends DueItem> {
  overdue: Bucket<T>;
  /** Today first, then each following day. */
  days: Bucket<T>[];
  /** The first instant after the last day: a query for the days' items reads deadlines in [now, end). */
  end: number;
}

const TONE_RANK = ['overdue', 'urgent', 'soon', 'calm'] as const;

/** The first instant of each of `count` Shanghai days from the day of `now`, and of the day after them. */
export function dayStarts(now: number, count: number): number[] {
  const today = startOfDay(inShanghaiDate(now));
  return Array.from({ length: count + 1 }, (_, i) => addDays(today, i).getTime());
}

const nextDeadline = (item: DueItem, now: number) => item.dueTimes.find((at) => at >= now);

function bucket<T extends DueItem>(day: string, entries: { item: T; at: number }[], now: number, s: RuleSettings, overdue: boolean): Bucket<T> {
  entries.sort((a, b) => a.at - b.at);
  const counts: KindCounts = { invoice: 0, logistics: 0, qa: 0 };
  for (const { item } of entries) counts[item.kind] += 1;
  // As the badges: a question ahead of the moment to answer it is calm (badge-model.ts qaTone).
  const tones = entries.map(({ item, at }) => (overdue ? 'overdue' : item.kind === 'qa' ? 'calm' : toneAt(at, now, s)));
  const tone = TONE_RANK.find((t) => tones.includes(t)) ?? null;
  return { day, items: entries.map((e) => e.item), counts, total: entries.length, tone };
}

/** The open items of `days` days from today (Shanghai) by day, and the overdue ones. */
export function daysAhead<T extends DueItem>(items: readonly T[], now: number, days: number, s: RuleSettings): DaysAhead<T> {
  const starts = dayStarts(now, days);
  const perDay = starts.slice(0, -1).map(() => [] as { item: T; at: number }[]);
  const overdue: { item: T; at: number }[] = [];
  for (const item of new Map(items.map((i) => [i.key, i])).values()) {
    const at = nextDeadline(item, now);
    if (at === undefined) {
      if (item.finalDueAt !== undefined && item.finalDueAt < now) overdue.push({ item, at: item.finalDueAt });
      continue;
    }
    const index = starts.findIndex((start) => at < start) - 1;
    if (index >= 0) perDay[index]!.push({ item, at });
  }
  return {
    overdue: bucket('overdue', overdue, now, s, true),
    days: perDay.map((entries, i) => bucket(shanghaiDay(starts[i]!), entries, now, s, false)),
    end: starts.at(-1)!,
  };
}
