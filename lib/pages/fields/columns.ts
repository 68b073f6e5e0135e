/**
 * Which column of a table holds which field, decided once per table: header words first, then header
 * rules, then what a column's cells hold (a sample of rows), so it costs nothing per row.
 */
import { PLACEHOLDERS } from '../vocabulary';
import type { FieldSource } from '../records';
import type { Table } from '../table';
import { cellHolds } from './content';
import { ruleCovers, spec, wordsOf } from '../knowledge';
import type { CellContent, FieldName } from './specs';

/** Field → the header key of its column, and how that column was found. */
export interface Columns {
  header: Partial<Record<FieldName, string>>;
  source: Partial<Record<FieldName, FieldSource>>;
}

const SAMPLE_ROWS = 8;

/** Whether most non-empty sampled cells of a column hold `content`. */
function columnHolds(table: Table, header: string, content: CellContent, now: number): boolean {
  let seen = 0;
  let held = 0;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const text = row.cells.get(header);
    if (text === undefined || PLACEHOLDERS.has(text)) continue;
    seen += 1;
    if (cellHolds(text, content, now)) held += 1;
  }
  return seen > 0 && held * 2 > seen;
}

export function resolveColumns(table: Table, fields: readonly FieldName[], now: number): Columns {
  const columns: Columns = { header: {}, source: {} };
  const claimed = new Set<string>();
  const take = (field: FieldName, header: string, via: FieldSource['via']) => {
    columns.header[field] = header;
    columns.source[field] = { via, name: header }; // record-check.ts cuts a long name
    claimed.add(header);
  };
  const headers = new Set(table.headers);
  for (const field of fields) {
    const word = wordsOf(field).find((w) => headers.has(w) && !claimed.has(w));
    if (word !== undefined) take(field, word, 'column');
  }
  for (const field of fields) {
    if (columns.header[field] !== undefined) continue;
    const header = table.headers.find((h) => !claimed.has(h) && ruleCovers(field, h));
    if (header !== undefined) take(field, header, 'column');
  }
  // By content: only where one field of the adapter can hold that content and one free column does.
  const byContent = new Map<CellContent, FieldName[]>();
  for (const field of fields) {
    const holds = spec(field).holds;
    if (holds && columns.header[field] === undefined) byContent.set(holds, [...(byContent.get(holds) ?? []), field]);
  }
  for (const [content, wanting] of byContent) {
    if (wanting.length !== 1) continue;
    const free = table.headers.filter((h) => h !== '' && !claimed.has(h) && columnHolds(table, h, content, now));
    if (free.length === 1) take(wanting[0]!, free[0]!, 'cell');
  }
  return columns;
}
