/**
 * What every page adapter is, and the row-reading they share: columns found once per table by header
 * words, each field read on its own so that one unreadable cell costs that field, not the row.
 */
import { ROWS_PER_STEP, type Steps } from '../steps';
import type { PageKind } from './detect';
import type { ReadCache } from './read-cache';
import type { PageRecord, RowRecord } from './records';
import { readTables, type Table, type TableRow } from './table';
import type { Read } from './text';
import { HEADERS, PLACEHOLDERS, type HeaderField } from './vocabulary';

export interface ReadContext {
  /** The page's tables, read once by readPage and shared by the adapters. */
  tables: readonly Table[];
  /** A row skipped for a reason worth knowing (a task row without any number). */
  note: (message: string) => void;
  /** A row or table that threw: a bug or a page the adapter does not understand. */
  error: (message: string) => void;
  /** The previous reading of this page, whose unchanged rows need not be read again. */
  cache?: ReadCache;
}

export interface PageAdapter {
  name: string;
  appliesTo(kind: PageKind): boolean;
  /** The adapter's records under root, pausing between chunks of rows (steps.ts). */
  read(root: ParentNode, now: number, context?: Partial<ReadContext>): Steps<RowRecord[]>;
}

/** Header per field, for the fields a table has. */
export type Columns = Partial<Record<HeaderField, string>>;

export function columnsOf(table: Table, fields: readonly HeaderField[]): Columns {
  const have = new Set(table.headers);
  const columns: Columns = {};
  for (const field of fields) {
    const header = HEADERS[field].find((word) => have.has(word));
    if (header !== undefined) columns[field] = header;
  }
  return columns;
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** One row being read: its cells by field, and the problems met (`field: reason`). */
export class RowReader {
  readonly problems: string[] = [];

  constructor(
    readonly row: TableRow,
    readonly columns: Columns,
    readonly now: number,
  ) {}

  has(field: HeaderField): boolean {
    return this.columns[field] !== undefined;
  }

  /** The cell text of a field's column; undefined when the table has no such column. */
  cell(field: HeaderField): string | undefined {
    const header = this.columns[field];
    return header === undefined ? undefined : this.row.cells.get(header);
  }

  element(field: HeaderField): Element | undefined {
    const header = this.columns[field];
    return header === undefined ? undefined : this.row.cellElements.get(header);
  }

  /** A field read from text: absent, without a problem, when the page shows nothing (`-`, empty, no column). */
  read<T>(name: keyof PageRecord, text: string | undefined, reader: (text: string) => Read<T>): T | undefined {
    if (text === undefined || PLACEHOLDERS.has(text)) return undefined;
    try {
      const result = reader(text);
      if (result.ok) return result.value;
      this.problems.push(`${name}: ${result.problem}`);
    } catch (error) {
      this.problems.push(`${name}: ${describeError(error)}`);
    }
    return undefined;
  }

  /** The record without absent fields, carrying this row's problems. */
  finish(record: PageRecord): PageRecord {
    const out = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as PageRecord;
    if (this.problems.length > 0) out.problems = [...this.problems];
    return out;
  }
}

/** What an adapter does with one kind of table: its columns (null: not this adapter's table), and a row. */
export interface TableReading {
  name: string;
  /** The fields that name a record, in order: on a page-wide card the badge goes beside the first shown. */
  idFields: readonly HeaderField[];
  columns(table: Table): Columns | null;
  /** A record, or a string saying why the row yields none worth reporting, or null (nothing to say). */
  row(reader: RowReader): PageRecord | string | null;
  /** The row's record comes from its text alone (no attributes, links or button states): reusable while that text stays. */
  textOnly?: boolean;
}

/** Where a record's badge goes: its row, or on a page-wide card the block holding its id. */
function badgeRow(row: TableRow, columns: Columns, idFields: readonly HeaderField[]): Element {
  if (!row.page) return row.row;
  for (const field of idFields) {
    const header = columns[field];
    const value = header === undefined ? undefined : row.cellElements.get(header);
    if (value) return value.parentElement ?? value;
  }
  return row.row;
}

/** Runs a reading over the page's tables; a row or table that throws is reported and skipped. */
export function* readWith(root: ParentNode, now: number, context: Partial<ReadContext> | undefined, reading: TableReading): Steps<RowRecord[]> {
  const note = context?.note ?? (() => undefined);
  const error = context?.error ?? (() => undefined);
  const tables = context?.tables ?? readTables(root, context?.cache);
  const out: RowRecord[] = [];
  for (const [t, table] of tables.entries()) {
    let columns: Columns | null;
    try {
      columns = reading.columns(table);
    } catch (thrown) {
      error(`${reading.name}: table ${t + 1}: ${describeError(thrown)}`);
      continue;
    }
    if (!columns) continue;
    // A text-only row reads the same while the table's columns and the row's text do.
    const shape = `${JSON.stringify(columns)}\u0000${table.headers.join('\u0001')}`;
    const cache = reading.textOnly ? context?.cache : undefined;
    for (const [r, row] of table.rows.entries()) {
      if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      try {
        const readRow = () => reading.row(new RowReader(row, columns, now));
        const result = cache ? cache.record(row, reading.name, shape, now, readRow) : readRow();
        if (typeof result === 'string') note(`${reading.name}: table ${t + 1} row ${r + 1}: ${result}`);
        else if (result) out.push({ record: result, row: badgeRow(row, columns, reading.idFields) });
      } catch (thrown) {
        error(`${reading.name}: table ${t + 1} row ${r + 1}: ${describeError(thrown)}`);
      }
    }
  }
  return out;
}
