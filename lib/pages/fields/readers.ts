/**
 * Readers shared by the adapters for fields that are more than one cell's text: the page's countdown
 * (in its column, or in whichever cell holds one), and a status that only a status cell may give.
 */
import type { RowReader } from '../adapter';
import type { PageRecord } from '../records';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../rules/wall-clock';
import { readDeadline, readTime } from '../text';
import { hasAny, PLACEHOLDERS } from '../vocabulary';
import { words } from '../knowledge';
import { countdownIn, isCountdownState } from './content';
import type { FieldName } from './specs';
import { isFreeText, isProse } from '../prose';

/** What a row shows of the page's own countdown (PageRecord's pageDeadline and pageUnit). */
export type PageCountdown = Pick<PageRecord, 'pageDeadline' | 'pageUnit'>;

/** The smallest unit a countdown or time shows, its rounding: `3天18小时` an hour, `12小时5分` and `12-25 23:59` a minute. */
const unitOf = (text: string) => (/秒/.test(text) ? 1000 : /分|:/.test(text) ? MINUTE_MS : /时/.test(text) ? HOUR_MS : DAY_MS);

/**
 * The page's own countdown: its column (a state such as 未开始 is no time, and no problem), else the status
 * cell or a cell no field claimed that shows one (`待开票 3天18小时`, beside a tag).
 */
export function readPageDeadline(r: RowReader): PageCountdown {
  const cell = r.cell('pageDeadline');
  // 已超时: the countdown ended by the time it was seen (when, it does not say: no unit); the log keeps the earliest sighting.
  if (cell !== undefined && hasAny(cell, words('countdownOver'))) return { pageDeadline: r.now, pageUnit: 0 };
  if (cell !== undefined) {
    const at = isCountdownState(cell) ? undefined : r.field('pageDeadline', (t) => readDeadline(t, r.now));
    return { pageDeadline: at, pageUnit: at === undefined ? undefined : unitOf(cell) };
  }
  const claimed = new Set(Object.values(r.columns.header));
  const status = r.columns.header.status;
  if (status !== undefined) claimed.delete(status);
  for (const [header, text] of r.row.cells) {
    if (claimed.has(header) || isProse(text) || isFreeText(header)) continue;
    const remaining = countdownIn(text);
    if (remaining === null) continue;
    r.sources.pageDeadline = { via: 'cell', name: header };
    return { pageDeadline: r.now + remaining, pageUnit: unitOf(text) };
  }
  return {};
}

/**
 * Whether the row's status cell says one of `words`; false without a status cell. Never the row's other
 * text: a note (买家说已开票) or a button (标记为已处理) is no evidence.
 */
export function statusSays(r: RowReader, closing: readonly string[]): boolean {
  const cell = statedCell(r, 'status');
  if (cell === undefined || PLACEHOLDERS.has(cell)) return false;
  // A status cell is evidence either way: an item a page closed reopens when its cell shows it open.
  r.sources.status = r.columns.source.status!;
  return hasAny(cell, closing);
}

/** A cell that states its field (a status, a type): undefined when it holds prose (prose.ts). */
export function statedCell(r: RowReader, field: FieldName): string | undefined {
  const cell = r.cell(field);
  return cell === undefined || isProse(cell) ? undefined : cell;
}

/** The page facts' memo key for its compensation notice (no field has this name). */
const NOTICE = 'autoCompensation';

/** What the page says the countdown's end costs: automatic compensation (its notice), unless the row is tagged 免自动赔. */
export function readCompensation(r: RowReader): 'auto' | 'exempt' | undefined {
  if (hasAny(r.row.text, words('compensationExempt'))) return 'exempt';
  // The notice is the page's, the same for every row: looked for once per reading.
  let notice = r.page.found.get(NOTICE);
  if (!notice) r.page.found.set(NOTICE, (notice = { reader: null, value: hasAny(r.page.text, words('autoCompensation')) }));
  return notice.value ? 'auto' : undefined;
}

/** A trace line's time, with or without its year (`2026-06-29 18:42:10`, `09/09 23:18:34`): split's one group. */
const TRACE_TIME = /((?<![\d\-/.:])(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?)(?![\d:])/;
/** A line's 【城市】 stands within this many characters of its time; a carrier's step, right after it. */
const NEAR_LINE = 60;

/** The newest line of a logistics timeline: its time, and whether it states an end of transit (签收, a locker, returned). */
export interface Trace {
  at: number;
  ended: boolean;
}

/**
 * The newest trace line in a normalized text, or undefined: the carrier's statement, the one text read for a
 * state outside a stating element (prose.ts). A line is a time near a 【城市】, or followed by a carrier's step.
 */
export function newestTrace(text: string, now: number): Trace | undefined {
  const parts = text.split(TRACE_TIME); // text, time, text, time, …, text
  let best = 0;
  let first = 0;
  let at = -Infinity;
  for (let i = 1; i < parts.length; i += 2) {
    const after = parts[i + 1]!.slice(0, NEAR_LINE);
    if (!`${parts[i - 1]!.slice(-NEAR_LINE)}${after}`.includes('【') && !hasAny(after.slice(0, 12), words('traceStep'))) continue;
    first ||= i;
    const read = readTime(parts[i]!, now);
    if (read.ok && read.value <= now && read.value > at) [best, at] = [i, read.value];
  }
  if (!best) return undefined;
  // A timeline writes each statement after its time, or before it (【城市】… time): as its first line does.
  const before = parts[best - 1]!.slice(-NEAR_LINE);
  const statement = parts[first - 1]!.slice(-NEAR_LINE).includes('【') ? before.slice(before.indexOf('【')) : parts[best + 1]!.slice(0, NEAR_LINE);
  return { at, ended: hasAny(statement, words('transitEnded')) && !hasAny(statement, words('transitStarted')) };
}
