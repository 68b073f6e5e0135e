/**
 * The one entry point from a page to records: the content script and the fixture tests both call this.
 * Never throws. A field that cannot be read is a `problems` entry on its record; a row, table or adapter
 * that throws is skipped and said in readPageReport's `errors`, the other rows and adapters unaffected.
 */
import { runSteps, type Steps } from '../steps';
import { describeError, type PageAdapter } from './adapter';
import { askAll } from './ask-all';
import { detectPage, type PageKind } from './detect';
import { invoiceRequests } from './invoice-requests';
import { packageCenter } from './package-center';
import { readList, type ListReading } from './list-reading';
import { readPageFacts } from './page-facts';
import type { ReadCache } from './read-cache';
import type { PageRecord, RowRecord } from './records';
import { soldOrders } from './sold-orders';
import { readTableSteps, type Table } from './table';
import { workOrders } from './work-orders';

/** Work orders first: they apply on every seller page. */
export const ADAPTERS: readonly PageAdapter[] = [workOrders, invoiceRequests, soldOrders, askAll, packageCenter];

export interface PageReadReport {
  pageKind: PageKind | null;
  records: RowRecord[];
  /** `adapter: table t row r: what threw`: bugs or pages not understood. Empty on every fixture. */
  errors: string[];
  /** `adapter: table t row r: why skipped`, e.g. a task row without any number. */
  notes: string[];
  /**
   * Tables with rows that an adapter took as its own: rows it read and judged to yield nothing (包裹中心's 发货预警,
   * a sold list of unshipped orders) are a page understood, not a page whose markup changed.
   */
  understood: number;
  /** The list as a whole (list-reading.ts), on a known page whose reading got as far as its tables, and read whole. */
  list?: ListReading;
  /** Only the first rows of some table were read (readPageSteps' firstRows): a preview, not the page. */
  cut?: true;
}

const STATUS_RANK = { open: 0, unanswerable: 1, done: 2 } as const;

/**
 * Two rows with one kind+id (a row shown twice while paging, an order with several item rows): the first
 * row keeps the badge and its fields; the others fill fields it lacks; a closing status (done) wins, since
 * a page shows 已开票/已完结 only once it is so. A problem is dropped once another row read that field.
 */
function merge(into: PageRecord, from: PageRecord): PageRecord {
  const merged: PageRecord = { ...from, ...into };
  if (STATUS_RANK[from.status] > STATUS_RANK[into.status]) merged.status = from.status;
  const fields = merged as unknown as Record<string, unknown>;
  const seen = new Set<string>();
  const problems = [...(into.problems ?? []), ...(from.problems ?? [])].filter((p) => {
    const key = `${p.field}\u0000${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    // A disagreement stays; a field another row read is no longer missing.
    return p.reason === 'disagree' || fields[p.field] === undefined;
  });
  if (problems.length > 0) merged.problems = problems;
  else delete merged.problems;
  if (into.sources || from.sources) merged.sources = { ...from.sources, ...into.sources };
  return merged;
}

function dedupe(rows: readonly RowRecord[]): RowRecord[] {
  const byKey = new Map<string, RowRecord>();
  for (const row of rows) {
    const key = `${row.record.kind}:${row.record.id}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { row: seen.row, record: merge(seen.record, row.record) } : row);
  }
  return [...byKey.values()];
}

export function readPageReport(root: ParentNode, url: string, now: number): PageReadReport {
  return runSteps(readPageSteps(root, url, now));
}

/**
 * readPageReport, pausing between chunks of rows so the content script can spread it over several tasks;
 * `cache` is its memory of this page's last reading (read-cache.ts). Fixtures and tests read afresh. With
 * `firstRows`, each table is read up to its first rows (table.ts readGrid): a long list's first screen.
 */
export function* readPageSteps(root: ParentNode, url: string, now: number, cache?: ReadCache, firstRows?: number): Steps<PageReadReport> {
  const errors: string[] = [];
  const notes: string[] = [];
  let pageKind: PageKind | null = null;
  try {
    pageKind = detectPage(url);
    if (pageKind === null) return { pageKind, records: [], errors, notes, understood: 0 };
    const kind = pageKind;
    let tables: Table[];
    const scan = { more: false };
    try {
      tables = yield* readTableSteps(root, cache, firstRows, scan);
    } catch (error) {
      return { pageKind, records: [], errors: [`tables: ${describeError(error)}`], notes, understood: 0 };
    }
    const records: RowRecord[] = [];
    let understood = 0;
    // The page-wide card of a detail page is the page itself: its text is not "outside the tables".
    const page = readPageFacts(root, url, tables.filter((t) => !t.rows.some((r) => r.page)).map((t) => t.element));
    for (const adapter of ADAPTERS) {
      try {
        if (!adapter.appliesTo(kind)) continue;
        const context = {
          kind, tables, cache, page, note: (m: string) => void notes.push(m), error: (m: string) => void errors.push(m), understood: () => void (understood += 1),
        };
        records.push(...(yield* adapter.read(root, now, context)));
      } catch (error) {
        errors.push(`${adapter.name}: ${describeError(error)}`);
      }
    }
    const unique = dedupe(records);
    // A cut reading is no list read whole: it says nothing of the rows it did not read.
    if (scan.more || tables.some((t) => t.cut)) return { pageKind, records: unique, errors, notes, understood, cut: true };
    const list = readList(page, unique.map((r) => r.record), errors.length + notes.length > 0);
    return { pageKind, records: unique, errors, notes, understood, list };
  } catch (error) {
    return { pageKind, records: [], errors: [...errors, `readPage: ${describeError(error)}`], notes, understood: 0 };
  }
}

/** The records of a seller page: [] on a page the extension does not know. See readPageReport. */
export function readPage(root: ParentNode, url: string, now: number): RowRecord[] {
  return readPageReport(root, url, now).records;
}
