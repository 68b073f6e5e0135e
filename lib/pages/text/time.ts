import { fail, normalizeText, ok, type Read } from './read';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * Asia/Shanghai is UTC+08:00 all year and has been since its last DST summer (1991), so a wall time is read
 * with this fixed offset: the result cannot depend on the process's TZ. Years before 1992 are refused rather
 * than risk the 1986–1991 summers.
 */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const MIN_YEAR = 1992;
const MAX_YEAR = 2999;
/** Clocks differ: a past time may read this far after `now`, a deadline this far before it, in the same year. */
const CLOCK_SLACK_MS = 10 * 60_000;

/** Which way from `now` a field's time lies: a request or trace time behind it, a deadline ahead. */
export type Facing = 'past' | 'future';

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;
/** An optional time after the date; with no time, the date must not run on into digits ("…05 10点"). */
const OPT_TIME = String.raw`(?:[ T]?${TIME}(?![\d:])|(?![\d:]|[ T]\d))`;
/** 2022-12-05, 2022/12/5, 2022.12.05 (one separator throughout), with an optional time. */
const FULL_ASCII = new RegExp(String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${OPT_TIME}`);
/** 2022年12月5日 (its empty group stands for FULL_ASCII's separator: one reading for both) */
const FULL_CHINESE = new RegExp(String.raw`(?<!\d)(\d{4}) ?年() ?(\d{1,2}) ?月 ?(\d{1,2}) ?日${OPT_TIME}`);
/** 12-05 10:00, 12/05 10:00: the time is required (a bare "12-05" is too ambiguous). */
const MONTH_DAY_ASCII = new RegExp(String.raw`(?<![\d\-/.:])(\d{1,2})[-/](\d{1,2}) ?${TIME}(?![\d:])`);
/** 12月5日, 12月5日 10:00 */
const MONTH_DAY_CHINESE = new RegExp(String.raw`(?<![\d年] ?)(\d{1,2}) ?月 ?(\d{1,2}) ?日${OPT_TIME}`);
/** 今天 10:00, 昨天 10:00, 前天 …, 明天 … */
const RELATIVE_DAYS: Readonly<Record<string, number>> = { 前天: -2, 昨天: -1, 今天: 0, 明天: 1 };
const RELATIVE = new RegExp(String.raw`(${Object.keys(RELATIVE_DAYS).join('|')}) ?${TIME}(?![\d:])`);

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** The instant of a Shanghai wall time; out-of-range fields roll over (callers validate first). */
function instant(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - SHANGHAI_OFFSET_MS;
}

function shanghaiFields(now: number): { year: number; month: number; day: number } {
  const d = new Date(now + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(w: Wall, raw: string): Read<number> {
  if (w.year < MIN_YEAR || w.year > MAX_YEAR) return fail('year out of range in', raw);
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > daysInMonth(w.year, w.month)) {
    return fail('invalid date', raw);
  }
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return fail('invalid time', raw);
  return ok(instant(w));
}

/**
 * The absolute time in already-normalized `text`: its instant, a problem when it is impossible (`2022-02-30`),
 * or null when the text holds no absolute time at all. `raw` is the text as given, for problems.
 */
export function matchTime(text: string, raw: string, now: number, facing: Facing = 'past'): Read<number> | null {
  let m = FULL_ASCII.exec(text) ?? FULL_CHINESE.exec(text);
  if (m) {
    const [, y, , mo, d, h, mi, s] = m;
    return checked({ year: num(y), month: num(mo), day: num(d), hour: num(h), minute: num(mi), second: num(s) }, raw);
  }
  m = MONTH_DAY_ASCII.exec(text) ?? MONTH_DAY_CHINESE.exec(text);
  const relative = m ? null : RELATIVE.exec(text);
  if (!m && !relative) return null;
  if (!Number.isFinite(now)) return fail('no current time to place', raw);
  if (m) {
    const [, mo, d, h, mi, s] = m;
    const wall = { year: shanghaiFields(now).year, month: num(mo), day: num(d), hour: num(h), minute: num(mi), second: num(s) };
    // Past: the latest such instant not after now; future: the nearest from now on.
    if (facing === 'past' && instant(wall) > now + CLOCK_SLACK_MS) wall.year -= 1;
    if (facing === 'future' && instant(wall) < now - CLOCK_SLACK_MS) wall.year += 1;
    return checked(wall, raw);
  }
  const [, word, h, mi, s] = relative!;
  const valid = checked({ ...shanghaiFields(now), hour: num(h), minute: num(mi), second: num(s) }, raw);
  return valid.ok ? ok(valid.value + (RELATIVE_DAYS[word ?? ''] ?? 0) * DAY_MS) : valid;
}

/**
 * An absolute page time, read as Asia/Shanghai wall time, to epoch ms. Labels around it are ignored
 * (`申请时间:2022-12-05 10:00:00`). Forms: `2022-12-05 10:00:00`, `2022-12-05 10:00`, `2022/12/5 9:05`,
 * `2022-12-05` (start of day), `2022年12月5日 10:00`, `12-05 10:00`, `12/05 10:00`, `12月5日 10:00`, `12月5日`,
 * and `今天/昨天/前天/明天 10:00` (relative to the Shanghai date of `now`).
 *
 * A month-day without a year is a past time (a request, a question, a trace line): the latest such instant not
 * after `now`, give or take a clock's slack (captured 2023-01-02, `12-30 10:00` is 2022-12-30); `facing`
 * 'future' (a deadline) takes the nearest from `now` on instead (captured 2022-12-30, `01-02` is 2023-01-02).
 */
export function readTime(text: string, now: number, facing: Facing = 'past'): Read<number> {
  return matchTime(normalizeText(text), text, now, facing) ?? fail('unreadable time', text);
}
