import { TZDateMini } from '@date-fns/tz';
import { addDays, endOfDay } from 'date-fns';
import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS } from './wall-clock';

export { MINUTE_MS, HOUR_MS, DAY_MS, SHANGHAI_OFFSET_MS, shanghaiIso } from './wall-clock';

/** Every rule is stated in Shanghai time (RULES preamble), whatever zone the browser runs in. */
export const SHANGHAI = 'Asia/Shanghai';

/** The largest instant a Date can hold (±100,000,000 days from 1970). */
const MAX_INSTANT = 8.64e15;

/** A number a Date can hold as an instant. */
export function isInstant(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_INSTANT;
}

/** Rules fail loudly on a non-instant rather than return NaN deadlines. */
export function assertInstant(ms: number, what: string): number {
  if (!isInstant(ms)) throw new RangeError(`${what} is not an instant: ${String(ms)}`);
  return ms;
}

/** The instant seen as a Shanghai wall-clock date. */
export function inShanghaiDate(ms: number): Date {
  return new TZDateMini(ms, SHANGHAI);
}

/** Instant of a Shanghai wall-clock time; month is 1-based like written dates. */
export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return new TZDateMini(year, month - 1, day, hour, minute, second, ms, SHANGHAI).getTime();
}

/**
 * Since 1992 Shanghai is UTC+8 all year, so an instant's Shanghai day is (ms + 8 h) / 24 h: a cheap key under
 * which the time-zone arithmetic (the costly part of a 1,000-row badge pass) runs once per day and offset.
 */
const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16);
const endOfDayCache = new Map<string, number>();

/** End of day (date(ms) + days) in Shanghai: 23:59:59.999 of that calendar day. */
export function endOfDayAfter(ms: number, days: number): number {
  const key = ms >= FIXED_OFFSET_FROM ? `${Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS)}|${days}` : null;
  const cached = key === null ? undefined : endOfDayCache.get(key);
  if (cached !== undefined) return cached;
  // Near the edge of the Date range the calendar arithmetic yields NaN: refuse it like any non-instant.
  const end = assertInstant(endOfDay(addDays(inShanghaiDate(ms), days)).getTime(), 'end of day');
  if (key !== null) {
    if (endOfDayCache.size >= 4096) endOfDayCache.clear();
    endOfDayCache.set(key, end);
  }
  return end;
}

/** Absolute hours: rules say "24 h" (W + 24 h), not "same time next day"; both agree in Shanghai anyway. */
export function addHoursMs(ms: number, hours: number): number {
  return ms + hours * HOUR_MS;
}
