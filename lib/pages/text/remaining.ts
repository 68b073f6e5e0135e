import { fail, normalizeText, ok, type Read } from './read';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const N = String.raw`(\d{1,5})`;
/**
 * From the first digit on: `[N天] (hh:mm[:ss] | [N小时][N分钟][N秒])`, then no more digits.
 * Units: 天; 小时/个小时/时; 分钟/分; 秒钟/秒 (normalized text, so 小時/分鐘 arrive Simplified).
 */
const DURATION = new RegExp(
  String.raw`^(?:${N} ?天 ?)?(?:(\d{1,5}):(\d{2})(?::(\d{2}))?|(?:${N} ?个?小?时 ?)?(?:${N} ?分钟? ?)?(?:${N} ?秒钟?)?)(\D*)$`,
);
/** A space between a number and its unit or colon: a countdown drawn one element per unit (`2 天 05 :12 :33`). */
const UNIT_GAP = /(?<=\d) (?=\D)|(?<=[天时分秒:]) (?=\d)/g;

/** Normalized text with a countdown's element boundaries joined (`2天05:12:33`); dates and times are left as they are. */
export const joinUnits = (text: string): string => text.replace(UNIT_GAP, '');

/** Before the number, these make it time already past the deadline: 已超时2小时. */
const OVERDUE = /超时|超期|逾期/;

/**
 * A remaining duration in ms: `剩余23小时59分`, `3天18小时`, `45分钟`, `30秒`, `还剩 05:12:33`, `05:12` (hh:mm),
 * `剩1天02:03:04`; negative when overdue (`已超时2小时`). Text with no unit, or with other numbers, is a problem.
 */
export function readRemaining(text: string): Read<number> {
  const norm = joinUnits(normalizeText(text));
  const first = norm.search(/\d/);
  if (first < 0) return fail('no remaining time in', text);
  const m = DURATION.exec(norm.slice(first));
  if (!m) return fail('unreadable remaining time', text);
  const [, days, clockH, clockM, clockS, hours, minutes, seconds] = m;
  if ([days, clockH, hours, minutes, seconds].every((g) => g === undefined)) {
    return fail('no unit in remaining time', text);
  }
  if (Number(clockM ?? 0) > 59 || Number(clockS ?? 0) > 59) return fail('invalid remaining time', text);
  const ms =
    Number(days ?? 0) * DAY_MS +
    Number(clockH ?? hours ?? 0) * HOUR_MS +
    Number(clockM ?? minutes ?? 0) * MINUTE_MS +
    Number(clockS ?? seconds ?? 0) * SECOND_MS;
  return ok(OVERDUE.test(norm.slice(0, first)) && ms > 0 ? -ms : ms);
}
