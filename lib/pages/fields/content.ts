/**
 * What a cell holds, judged by its text alone: a remaining time, an absolute time, a long number. Used to
 * find a column no header names (sampled once per table) and a countdown that sits in some other cell.
 */
import { matchTime } from '../text/time';
import { joinUnits, readRemaining } from '../text/remaining';
import type { CellContent } from './specs';
import { words } from '../knowledge';

/** Before a countdown's number, only these may stand in its token (`剩余3天`, not `超过72小时未更新`). */
const COUNTDOWN_PREFIX = /^(?:剩余|还剩|剩|倒计时[:：]?|已超时|超时)?$/;

/** The remaining time (ms) a normalized text shows as a countdown, in one token or two (`剩余 3天18小时`); else null. */
export function countdownIn(text: string): number | null {
  const tokens = joinUnits(text).split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const digit = token.search(/\d/);
    if (digit < 0) continue;
    const prefix = token.slice(0, digit);
    const before = i > 0 ? tokens[i - 1]! : '';
    if (!COUNTDOWN_PREFIX.test(prefix) && !(prefix === '' && COUNTDOWN_PREFIX.test(before))) continue;
    const read = readRemaining(token);
    if (read.ok) return read.value;
  }
  return null;
}

/**
 * A countdown's state instead of a time: 已超时, 未开始, alone or before a tag in its cell (`未开始 免自动赔`), or time
 * gone by (已停滞3天17小时), which is never a countdown. Cell texts come normalized: trimmed, single spaces.
 */
export function isCountdownState(text: string): boolean {
  return words('countdownState').some((w) => text.startsWith(w));
}

export function cellHolds(text: string, content: CellContent, now: number): boolean {
  switch (content) {
    case 'remaining':
      return isCountdownState(text) || (matchTime(text, text, now) === null && countdownIn(text) !== null);
    case 'time':
      return matchTime(text, text, now)?.ok === true;
    case 'longId':
      return /^\D{0,12}\d{15,30}\D{0,12}$/.test(text);
  }
}
