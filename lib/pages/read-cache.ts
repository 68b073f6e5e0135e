/**
 * What one reading of a page keeps for the next: the text of each element, each table row's cells and each
 * row's record. A list that grows by 50 rows then costs 50 rows of reading, not the whole list again.
 *
 * An element's text is reused while its `textContent` (one native call) is unchanged: a structure-only
 * change that keeps every character can at worst move a space between two words. A table row's cells are
 * reused while its text, its cells and where it sits are unchanged. A row's record is reused while its
 * table's columns and the row's cells are unchanged, for a minute at most, since relative times
 * (`昨天 10:00`, `剩余3小时`) are read against the clock.
 */
import { spans, textOf } from './dom';
import type { TableRow } from './table';

export const RECORD_TTL_MS = 60_000;

interface CachedText {
  raw: string;
  text: string;
}

/** A row's cells and reading as they are now (table.ts), or undefined once a cell spans rows or columns. */
export type RowAgain = () => [TableRow | null, readonly Element[]] | undefined;

interface CachedTableRow {
  raw: string;
  parent: Node | null;
  context: string;
  cells: readonly Element[];
  row: TableRow | null;
  again?: RowAgain;
}

interface CachedRecord {
  shape: string;
  text: string;
  at: number;
  value: unknown;
  read: (row: TableRow, now: number) => unknown;
}

export class ReadCache {
  readonly #texts = new WeakMap<Element, CachedText>();
  readonly #tableRows = new WeakMap<Element, CachedTableRow>();
  readonly #records = new WeakMap<Element, Map<string, CachedRecord>>();

  /** The element's normalized text (dom.textOf), read again only when its characters changed. */
  readonly text = (el: Element): string => {
    const raw = el.textContent ?? '';
    const cached = this.#texts.get(el);
    if (cached?.raw === raw) return cached.text;
    const text = textOf(el);
    this.#texts.set(el, { raw, text });
    return text;
  };

  /** The row `tr` read as last time (null: it held no data), or undefined when it must be read. */
  tableRow(tr: Element, context: string): TableRow | null | undefined {
    const cached = this.#tableRows.get(tr);
    if (!cached || cached.context !== context || cached.parent !== tr.parentNode) return undefined;
    // A cell given a rowspan or colspan since changes where this row's and the next rows' cells fall.
    const inPlace = cached.cells.every((c) => c.parentNode === tr && !spans(c));
    return inPlace && cached.raw === tr.textContent ? cached.row : undefined;
  }

  keepTableRow(tr: Element, context: string, row: TableRow | null, cells: readonly Element[], again?: RowAgain): void {
    this.#tableRows.set(tr, { raw: tr.textContent ?? '', parent: tr.parentNode, context, cells, row, again });
  }

  /** `read(row, now)` by `reader`, or what it gave last time for the same table `shape` and row text within the TTL. */
  record<T>(row: TableRow, reader: string, shape: string, now: number, read: (row: TableRow, now: number) => T): T {
    let byReader = this.#records.get(row.row);
    const cached = byReader?.get(reader);
    if (cached && cached.shape === shape && cached.text === row.text && now >= cached.at && now - cached.at < RECORD_TTL_MS) return cached.value as T;
    const value = read(row, now);
    if (!byReader) this.#records.set(row.row, (byReader = new Map()));
    byReader.set(reader, { shape, text: row.text, at: now, value, read });
    return value;
  }

  /**
   * The record of table row `tr` read again from its cells as they are now, with the columns and page facts of
   * the last reading: what one changed cell costs. Undefined when the row must wait for a reading of the whole
   * page: it moved, a cell spans, two readers read it, or `last` is not what its reader gave (two rows merged).
   */
  reread(tr: Element, now: number, last: unknown): unknown {
    const kept = this.#tableRows.get(tr);
    const byReader = this.#records.get(tr);
    if (!kept?.again || kept.parent !== tr.parentNode || byReader?.size !== 1) return undefined;
    const [cached] = byReader.values();
    const [row, cells] = (cached?.value === last && kept.again()) || [];
    if (!row || !cells || !cached) return undefined;
    this.keepTableRow(tr, kept.context, row, cells, kept.again);
    cached.value = cached.read(row, now);
    cached.text = row.text;
    cached.at = now;
    return cached.value;
  }
}
