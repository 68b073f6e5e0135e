/**
 * What one reading of a page keeps for the next: the text of each element and the record of each row.
 * A list that grows by 50 rows then costs 50 rows of reading, not the whole list again.
 *
 * An element's text is reused while its `textContent` (one native call) is unchanged: a structure-only
 * change that keeps every character can at worst move a space between two words. A row's record is reused
 * while its table's columns and its text are unchanged, for a minute at most, since relative times
 * (`昨天 10:00`, `剩余3小时`) are read against the clock.
 */
import { textOf } from './dom';

const RECORD_TTL_MS = 60_000;

interface CachedText {
  raw: string;
  text: string;
}

interface CachedRow {
  key: string;
  at: number;
  value: unknown;
}

export class ReadCache {
  private readonly texts = new WeakMap<Element, CachedText>();
  private readonly rows = new WeakMap<Element, Map<string, CachedRow>>();

  /** The element's normalized text (dom.textOf), read again only when its characters changed. */
  readonly text = (el: Element): string => {
    const raw = el.textContent ?? '';
    const cached = this.texts.get(el);
    if (cached?.raw === raw) return cached.text;
    const text = textOf(el);
    this.texts.set(el, { raw, text });
    return text;
  };

  /** `read()` for `row` by `reader`, or what it gave last time for the same `key` within the TTL. */
  row<T>(row: Element, reader: string, key: string, now: number, read: () => T): T {
    let byReader = this.rows.get(row);
    const cached = byReader?.get(reader);
    if (cached && cached.key === key && now >= cached.at && now - cached.at < RECORD_TTL_MS) return cached.value as T;
    const value = read();
    if (!byReader) this.rows.set(row, (byReader = new Map()));
    byReader.set(reader, { key, at: now, value });
    return value;
  }
}
