/**
 * Reading page text: times, remaining times, counts, provinces, long ids. Pure: no DOM, no clock (`now` is
 * a parameter), never throws, never returns NaN. Every reader normalizes first (full-width → ASCII,
 * whitespace, Traditional → Simplified), so Traditional pages read the same as Simplified ones.
 */
import { matchTime } from './text/time';
import { readRemaining } from './text/remaining';
import { fail, normalizeText, ok, type Read } from './text/read';

export { type Read, fail, normalizeText, ok } from './text/read';
export { readTime } from './text/time';
export { readRemaining } from './text/remaining';
export { readProvince } from './text/province';

/**
 * A deadline the page shows, as an instant: an absolute time if the text holds one (`截止 2022-12-15 23:59:59`,
 * an impossible one being a problem, not a countdown), else `now` + the remaining time (`剩余23小时59分`).
 */
export function readDeadline(text: string, now: number): Read<number> {
  if (!Number.isFinite(now)) return fail('no current time for deadline', text);
  const absolute = matchTime(normalizeText(text), text, now, 'future');
  if (absolute) return absolute;
  const remaining = readRemaining(text);
  return remaining.ok ? ok(now + remaining.value) : remaining;
}

const NONE = /暂无|没有|无/;
/** Integers with optional thousands separators: 3, 12, 1,234. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?!\d)|\d+/g;

/**
 * A non-negative count: `3`, `共3条`, `3个回答`, `回答(12)`, `1,234`, `99+` (99, a lower bound), `暂无回答` (0).
 * Text with no number (and no 暂无/无/没有) or with two numbers (`1/3`, `1.5`, a date) is a problem.
 */
export function readCount(text: string): Read<number> {
  const norm = normalizeText(text);
  const numbers = norm.match(NUMBER) ?? [];
  if (numbers.length === 0) return NONE.test(norm) ? ok(0) : fail('no count in', text);
  const digits = numbers[0]!.replace(/,/g, '');
  if (numbers.length > 1 || digits.length > 15) return fail('unreadable count', text);
  return ok(Number(digits));
}

/** The first run of 15 or more digits: order numbers are 18+ digits, work-order numbers similar. */
export function readLongId(text: string): Read<string> {
  const m = /\d{15,}/.exec(normalizeText(text));
  return m ? ok(m[0]) : fail('no long number in', text);
}

/** An order number (`订单号:3012345678901234567`): the first run of 15+ digits. */
export const readOrderId = readLongId;
