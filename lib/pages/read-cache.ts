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
import { textOf } from './dom';
import type { TableRow } from './table';

const RECORD_TTL_MS = 60_000;

interface CachedText {
  raw: string;
  text: string;
}

interface CachedTableRow {
  raw: string;
  parent: Node | null;
  context: string;
  cells: readonly Element[];
  row: TableRow | null;
}

interface CachedRecord {
  shape: string;
  text: string;
  at: number;
  value: unknown;
}

export class ReadCache {
  private readonly texts = new WeakMap<Element, CachedText>();
  private readonly tableRows = new WeakMap<Element, CachedTableRow>();
  private readonly records = new WeakMap<Element, Map<string, CachedRecord>>();

  /** The element's normalized text (dom.textOf), read again only when its characters changed. */
  readonly text = (el: Element): string => {
    const raw = el.textContent ?? '';
    const cached = this.texts.get(el);
    if (cached?.raw === raw) return cached.text;
    const text = textOf(el);
    this.texts.set(el, { raw, text });
    return text;
  };

  /** The row `tr` read as last time (null: it held no data), or undefined when it must be read. */
  tableRow(tr: Element, context: string): TableRow | null | undefined {
    const cached = this.tableRows.get(tr);
    if (!cached || cached.context !== context || cached.parent !== tr.parentNode) return undefined;
    // A cell given a rowspan or colspan since changes where this row's and the next rows' cells fall.
    const inPlace = cached.cells.every((c) => c.parentNode === tr && !c.hasAttribute('rowspan') && !c.hasAttribute('colspan'));
    return inPlace && cached.raw === tr.textContent ? cached.row : undefined;
  }

  keepTableRow(tr: Element, context: string, row: TableRow | null, cells: readonly Element[]): void {
    this.tableRows.set(tr, { raw: tr.textContent ?? '', parent: tr.parentNode, context, cells, row });
  }

  /** `read()` of `row` by `reader`, or what it gave last time for the same table `shape` and row text within the TTL. */
  record<T>(row: TableRow, reader: string, shape: string, now: number, read: () => T): T {
    let byReader = this.records.get(row.row);
    const cached = byReader?.get(reader);
    if (cached && cached.shape === shape && cached.text === row.text && now >= cached.at && now - cached.at < RECORD_TTL_MS) return cached.value as T;
    const value = read();
    if (!byReader) this.records.set(row.row, (byReader = new Map()));
    byReader.set(reader, { shape, text: row.text, at: now, value });
    return value;
  }
}
