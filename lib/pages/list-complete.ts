/**
 * Whether a to-do list was read whole (issue 27), from its readings in one visit (list-reading.ts): the page's
 * own total equals the rows read, on its one page or over every page read in the visit; no search text or filter
 * the seller set; nothing still loading; every row read without a problem. Pure; runs in the background. Only a
 * whole reading lets the log close an item by its absence.
 */
import { DAY_MS, shanghaiTime } from '../rules/shanghai';
import type { ListReading } from './list-reading';

/** What the signs of one reading say about its list. */
export interface ListFacts {
  keys: readonly string[];
  /** The page's own `共 N 条`; none when it shows none, or two that differ. */
  total?: number;
  /** The pager's current page; none without a pager. */
  page?: number;
  /** A search text, or a chosen filter option other than 全部, the seller applied. */
  filtered: boolean;
  /** The instants a date range shown on the page covers: only items asked for inside it can be judged. */
  range?: readonly [number, number];
  /** A date range that does not read: nothing can be judged. */
  badRange: boolean;
  loading: boolean;
  problems: boolean;
  tabs: readonly string[];
}

/** A date range's end as a date picker shows it, with or without its time of day (the day is what counts). */
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const ALL = /^(全部|不限|所有)/;

const valuesOf = (signs: readonly string[], name: string) => signs.filter((s) => s.startsWith(`${name}=`)).map((s) => s.slice(name.length + 1));

function rangeOf(dates: readonly string[]): readonly [number, number] | null {
  const days = dates.map((d) => DATE.exec(d)).map((m) => (m ? shanghaiTime(+m[1]!, +m[2]!, +m[3]!) : NaN));
  if (days.length !== 2 || !days.every(Number.isFinite) || days[0]! > days[1]!) return null;
  return [days[0]!, days[1]! + DAY_MS];
}

export function listFacts(reading: ListReading): ListFacts {
  const { signs } = reading;
  const totals = new Set(signs.map((s) => /^共 ?(\d+) ?条$/.exec(s)?.[1]).filter((t) => t !== undefined));
  const inputs = valuesOf(signs, 'input').filter((v) => v !== '');
  const dates = inputs.filter((v) => DATE.test(v));
  const range = dates.length > 0 ? rangeOf(dates) : undefined;
  // The pager's current page: the first number marked current (a menu's current link is no page number).
  const page = valuesOf(signs, 'aria-current').map(Number).find((n) => Number.isSafeInteger(n) && n > 0);
  return {
    keys: reading.keys,
    ...(totals.size === 1 ? { total: Number([...totals][0]) } : {}),
    ...(page === undefined ? {} : { page }),
    filtered: inputs.length > dates.length || valuesOf(signs, 'aria-checked').some((v) => v !== '' && !ALL.test(v)),
    ...(range ? { range } : {}),
    badRange: range === null,
    loading: signs.some((s) => s.startsWith('loading=') || s === '加载中'),
    problems: reading.problems,
    tabs: valuesOf(signs, 'aria-selected'),
  };
}

export type Completeness =
  | { complete: true; keys: ReadonlySet<string>; count: number; range?: readonly [number, number] }
  | { complete: false; why: 'no-total' | 'loading' | 'filtered' | 'problems' | 'range' | 'total' };

const clean = (f: ListFacts) => f.total !== undefined && !f.loading && !f.filtered && !f.problems && !f.badRange;

/**
 * `visit`: one list's readings in this visit, oldest first. Judged on the latest: whole when its rows are the
 * total, or when the latest clean reading of each page read under the same total and range add up to it.
 */
export function completeness(visit: readonly ListFacts[]): Completeness {
  const last = visit.at(-1);
  if (!last || last.total === undefined) return { complete: false, why: 'no-total' };
  if (last.loading) return { complete: false, why: 'loading' };
  if (last.filtered) return { complete: false, why: 'filtered' };
  if (last.problems) return { complete: false, why: 'problems' };
  if (last.badRange) return { complete: false, why: 'range' };
  const byPage = new Map<number | undefined, ListFacts>();
  const same = (f: ListFacts) => clean(f) && f.total === last.total && String(f.range) === String(last.range);
  // Without a pager every reading is "the" page: the latest alone counts.
  for (const f of visit) if (same(f) && (f.page !== undefined) === (last.page !== undefined)) byPage.set(f.page, f);
  const pages = [...byPage.values()];
  const keys = new Set(pages.flatMap((f) => f.keys));
  const rows = pages.reduce((n, f) => n + f.keys.length, 0);
  // A row on two pages, or one the total counts and no reading showed: not whole.
  if (keys.size !== last.total || rows !== last.total) return { complete: false, why: 'total' };
  return { complete: true, keys, count: last.total, ...(last.range ? { range: last.range } : {}) };
}
