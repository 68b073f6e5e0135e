/**
 * What every page adapter is, and the row-reading they share: columns found once per table by meaning
 * (fields/columns.ts), each field read on its own so that one unreadable cell costs that field, not the row,
 * and filled, where no column holds it, from a `label：value` pair in the row, the page's summary or its URL.
 */
import { ROWS_PER_STEP, type Steps } from '../steps';
import type { PageKind } from './detect';
import { resolveColumns, type Columns } from './fields/columns';
import type { FieldName } from './fields/specs';
import { knowledgeVersion, spec, wordsOf } from './knowledge';
import { NO_PAGE_FACTS, type PageFacts } from './page-facts';
import type { ReadCache } from './read-cache';
import type { FieldSource, PageRecord, Problem, ProblemReason, RowRecord, SourcedField } from './records';
import { readTables, type Table, type TableRow } from './table';
import type { Read } from './text';
import { PLACEHOLDERS } from './vocabulary';

export interface ReadContext {
  /** The page's tables, read once by readPage and shared by the adapters. */
  tables: readonly Table[];
  /** What the page states for every row: URL parameters, summary lines. */
  page: PageFacts;
  /** A row skipped for a reason worth knowing (a task row without any number). */
  note: (message: string) => void;
  /** A row or table that threw: a bug or a page the adapter does not understand. */
  error: (message: string) => void;
  /** The previous reading of this page, whose unchanged rows need not be read again. */
  cache?: ReadCache;
  /** An adapter took a table with rows as its own: the page's markup is understood, whatever its rows yield. */
  understood?: () => void;
  /** The page kind of its route: evidence for a table of that kind, never required (an unknown route is seller-other). */
  kind?: PageKind;
}

export interface PageAdapter {
  name: string;
  appliesTo(kind: PageKind): boolean;
  /** The adapter's records under root, pausing between chunks of rows (steps.ts). */
  read(root: ParentNode, now: number, context?: Partial<ReadContext>): Steps<RowRecord[]>;
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Ids are read from their column and, when the row also labels them (a group header's 订单号：…), checked against it. */
const CHECKED_TWICE: ReadonlySet<FieldName> = new Set(['orderId', 'workOrderId']);
/** Some `label:` in a text (a time's `10:00` is none). */
const ANY_LABEL = /(?:^| )[^\d\s:]{1,12}:/;
const LABEL_SAMPLE = 8;

/** A label pair's value runs until the next label (` 提问时间:`), a time's `21:14` not being one. */
const NEXT_LABEL = / [^\d\s:]{1,12}:/;
const labelPatterns = new Map<FieldName, RegExp>();
let patternsOf = -1;

/** `(^| )(提问时间|提问日期):` for a field's label words, built once per knowledge. */
function labelPattern(field: FieldName): RegExp {
  if (patternsOf !== knowledgeVersion()) {
    labelPatterns.clear();
    patternsOf = knowledgeVersion();
  }
  let pattern = labelPatterns.get(field);
  if (!pattern) {
    const words = spec(field).labels ?? wordsOf(field);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?:^| )(${escaped.join('|')}) ?:`);
    labelPatterns.set(field, pattern);
  }
  return pattern;
}

/** The value of a `label：value` pair for the field in a normalized text, with the label. */
export function labelledValue(text: string, field: FieldName): { value: string; label: string } | null {
  const m = labelPattern(field).exec(text);
  if (!m) return null;
  const rest = ` ${text.slice(m.index + m[0].length).trimStart()}`;
  const next = NEXT_LABEL.exec(rest);
  const value = (next ? rest.slice(0, next.index) : rest).trim();
  return value === '' || PLACEHOLDERS.has(value) ? null : { value, label: m[1]! };
}

/** One row being read: its cells by field, the page's facts, and what it met (problems, sources). */
export class RowReader {
  readonly problems: Problem[] = [];
  readonly sources: Partial<Record<SourcedField, FieldSource>> = {};

  constructor(
    readonly row: TableRow,
    readonly columns: Columns,
    readonly now: number,
    readonly page: PageFacts = NO_PAGE_FACTS,
    /** Whether the table's rows hold `label：value` pairs at all (decided once per table): else no row is searched for one. */
    readonly labelled = true,
  ) {}

  #label(name: FieldName): { value: string; label: string } | null {
    return this.labelled ? labelledValue(this.row.text, name) : null;
  }

  has(field: FieldName): boolean {
    return this.columns.header[field] !== undefined;
  }

  /** The cell text of a field's column; undefined when the table has no such column. */
  cell(field: FieldName): string | undefined {
    const header = this.columns.header[field];
    return header === undefined ? undefined : this.row.cells.get(header);
  }

  element(field: FieldName): Element | undefined {
    const header = this.columns.header[field];
    return header === undefined ? undefined : this.row.cellElements.get(header);
  }

  problem(field: string, reason: ProblemReason, detail?: string): void {
    if (!this.problems.some((p) => p.field === field && p.reason === reason)) this.problems.push(detail ? { field, reason, detail } : { field, reason });
  }

  /** A field read from text: absent, without a problem, when the page shows nothing (`-`, empty, no column). */
  read<T>(name: string, text: string | undefined, reader: (text: string) => Read<T>): T | undefined {
    if (text === undefined || PLACEHOLDERS.has(text)) return undefined;
    try {
      const result = reader(text);
      if (result.ok) return result.value;
      this.problem(name, 'unreadable', result.problem);
    } catch (error) {
      this.problem(name, 'unreadable', describeError(error));
    }
    return undefined;
  }

  /** Reads `text` as the field from `source`, noting the source when it gave a value. */
  #readFrom<T>(name: SourcedField, text: string | undefined, reader: (text: string) => Read<T>, source: FieldSource): T | undefined {
    const value = this.read(name, text, reader);
    if (value !== undefined) this.sources[name] = source;
    return value;
  }

  /**
   * A field of the row: its column, else a `label：value` pair anywhere in the row (a cell's `提问时间：…`, a
   * group header's `订单号：…`). With `page`, the page's URL parameter or summary line fills it where the row
   * shows none. An id shown both in its column and under a label of the row must agree: else a problem.
   */
  field<T>(name: FieldName & SourcedField, reader: (text: string) => Read<T>, options: { page?: boolean } = {}): T | undefined {
    const header = this.columns.header[name];
    let value: T | undefined;
    if (header !== undefined) value = this.#readFrom(name, this.row.cells.get(header), reader, this.columns.source[name]!);
    if (value === undefined || CHECKED_TWICE.has(name)) {
      const pair = this.#label(name);
      if (pair && value === undefined) value = this.#readFrom(name, pair.value, reader, { via: 'label', name: pair.label });
      else if (pair) this.#agree(name, value, reader(pair.value), { via: 'label', name: pair.label });
    }
    return value === undefined && options.page ? this.#fromPage(name, reader) : value;
  }

  /** The field from the row's label pairs, else from the page. */
  fromRowOrPage<T>(name: FieldName & SourcedField, reader: (text: string) => Read<T>): T | undefined {
    const pair = this.#label(name);
    const value = pair ? this.#readFrom(name, pair.value, reader, { via: 'label', name: pair.label }) : undefined;
    return value ?? this.#fromPage(name, reader);
  }

  #agree<T>(name: SourcedField, value: T, other: Read<T>, source: FieldSource): void {
    if (other.ok && JSON.stringify(other.value) !== JSON.stringify(value)) {
      this.problem(name, 'disagree', `${String(value)} (${this.sources[name]?.name}) ≠ ${String(other.value)} (${source.name})`);
    }
  }

  #fromPage<T>(name: FieldName & SourcedField, reader: (text: string) => Read<T>): T | undefined {
    const found = this.#pageValue(name, reader);
    if (found) this.sources[name] = found.source;
    return found?.value;
  }

  /** The field as the page states it for every row (URL, summary line, a label outside the tables), searched once per reading. */
  #pageValue<T>(name: FieldName, reader: (text: string) => Read<T>): { value: T; source: FieldSource } | undefined {
    const known = this.page.found.get(name);
    if (known?.reader === reader) return known.value as { value: T; source: FieldSource } | undefined;
    const found = this.#searchPage(name, reader);
    this.page.found.set(name, { reader, value: found });
    return found;
  }

  #searchPage<T>(name: FieldName, reader: (text: string) => Read<T>): { value: T; source: FieldSource } | undefined {
    const { urlParams, summary } = spec(name);
    for (const param of urlParams ?? []) {
      const text = this.page.params.get(param);
      const read = text ? reader(text) : undefined;
      if (read?.ok) return { value: read.value, source: { via: 'url', name: param } };
    }
    // Searched once per reading and field (#pageValue keeps what it found): no pattern cache needed.
    const line = summary ? new RegExp(summary).exec(this.page.text) : null;
    const pair = line ? { value: line[1]!, label: line[0] } : labelledValue(this.page.text, name);
    const read = pair ? reader(pair.value) : undefined;
    return read?.ok ? { value: read.value, source: { via: 'page', name: pair!.label } } : undefined;
  }

  /** A field the record's rules need that the page did not show: said, so the badge can say how to get it. */
  need(name: string, value: unknown): void {
    if (value === undefined && !this.problems.some((p) => p.field === name)) this.problem(name, 'not-shown');
  }

  /** The record without absent fields, carrying this row's problems and the sources of its fields. */
  finish(record: PageRecord): PageRecord {
    const out = {} as Record<string, unknown>;
    // A plain loop: this runs once per row, and entries/filter/fromEntries allocate three arrays there.
    for (const key in record) {
      const value = (record as unknown as Record<string, unknown>)[key];
      if (value !== undefined) out[key] = value;
    }
    if (this.problems.length > 0) out.problems = [...this.problems];
    // A source is noted only with the value it gave (readFrom, fromPage), so every source names a field of the record.
    if (Object.keys(this.sources).length > 0) out.sources = this.sources;
    return out as unknown as PageRecord;
  }
}

/** What an adapter does with one kind of table: its columns (null: not this adapter's table), and a row. */
export interface TableReading {
  name: string;
  /** The fields it looks for in a table's columns. */
  fields: readonly FieldName[];
  /** The fields that name a record, in order: on a page-wide card the badge goes beside the first shown. */
  idFields: readonly FieldName[];
  /** Whether the table is this adapter's, given its columns and the kind its route is known as. */
  accepts(table: Table, columns: Columns, kind: PageKind | undefined): boolean;
  /** A record, or a string saying why the row yields none worth reporting, or null (nothing to say). */
  row(reader: RowReader): PageRecord | string | null;
  /** The row's record comes from its text alone (no attributes, links or button states): reusable while that text stays. */
  textOnly?: boolean;
}

/** Where a record's badge goes: its row, or on a page-wide card the block holding its id. */
function badgeRow(row: TableRow, columns: Columns, idFields: readonly FieldName[]): Element {
  if (!row.page) return row.row;
  for (const field of idFields) {
    const header = columns.header[field];
    const value = header === undefined ? undefined : row.cellElements.get(header);
    if (value) return value.parentElement ?? value;
  }
  return row.row;
}

/** Runs a reading over the page's tables; a row or table that throws is reported and skipped. */
export function* readWith(root: ParentNode, now: number, context: Partial<ReadContext> | undefined, reading: TableReading): Steps<RowRecord[]> {
  const note = context?.note ?? (() => undefined);
  const error = context?.error ?? (() => undefined);
  const page = context?.page ?? NO_PAGE_FACTS;
  const tables = context?.tables ?? readTables(root, context?.cache);
  const out: RowRecord[] = [];
  for (const [t, table] of tables.entries()) {
    let columns: Columns;
    try {
      columns = resolveColumns(table, reading.fields, now);
      if (!reading.accepts(table, columns, context?.kind)) continue;
      if (table.rows.length > 0) context?.understood?.();
    } catch (thrown) {
      error(`${reading.name}: table ${t + 1}: ${describeError(thrown)}`);
      continue;
    }
    const labelled = table.rows.slice(0, LABEL_SAMPLE).some((r) => ANY_LABEL.test(r.text));
    // A text-only row reads the same while the table's columns, the page's facts and the row's text do.
    const shape = `${JSON.stringify(columns.header)}\u0000${table.headers.join('\u0001')}\u0000${page.params.toString()}\u0000${page.text.length}`;
    const cache = reading.textOnly ? context?.cache : undefined;
    // One function per table, which the cache keeps to read a changed row again alone (read-cache.ts reread).
    const readRow = (row: TableRow, at: number) => reading.row(new RowReader(row, columns, at, page, labelled));
    for (const [r, row] of table.rows.entries()) {
      if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      try {
        const result = cache ? cache.record(row, reading.name, shape, now, readRow) : readRow(row, now);
        if (typeof result === 'string') note(`${reading.name}: table ${t + 1} row ${r + 1}: ${result}`);
        else if (result) out.push({ record: result, row: badgeRow(row, columns, reading.idFields) });
      } catch (thrown) {
        error(`${reading.name}: table ${t + 1} row ${r + 1}: ${describeError(thrown)}`);
      }
    }
  }
  return out;
}
