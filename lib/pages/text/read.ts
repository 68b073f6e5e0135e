import { isNormalized, toSimplifiedPage } from '../knowledge';

/** What a reader makes of page text: a value, or a short English problem quoting the text. Never throws. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

export function ok<T>(value: T): Read<T> {
  return { ok: true, value };
}

/** `unreadable time '昨天 25:61'`: the text quoted with whitespace collapsed, cut at 40 characters. */
export function fail<T>(what: string, text: string): Read<T> {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const quoted = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
  return { ok: false, problem: `${what} '${quoted}'` };
}

/**
 * Invisible format characters (Unicode category Cf): zero-width ones, bidi controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E/U+200F, U+061C), the soft hyphen, tags. A page can put them inside a number, where
 * they would split it, or around a text, where they would reorder what the seller is shown.
 */
const INVISIBLE = /\p{Cf}/gu;
/** The full-width ASCII block U+FF01–U+FF5E (digits, '：', '／', '（', '－', …). */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** `text` without invisible format characters (for text that is otherwise kept as the page shows it). */
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * What every reader applies first: full-width ASCII (０-９, ：, ／ and the rest of U+FF01–U+FF5E) to ASCII,
 * invisible format characters removed, whitespace runs (incl. NBSP and the ideographic space U+3000) to one space,
 * trimmed, then Traditional → Simplified.
 */
export function normalizeText(text: string): string {
  // Most page text, and all of it read a second time by a field's reader, needs nothing: one scan says so.
  if (isNormalized(text)) return text;
  const folded = text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(INVISIBLE, '').replace(/\s+/g, ' ');
  return toSimplifiedPage(folded.trim());
}
