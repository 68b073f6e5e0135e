/**
 * Tabular rows of a page, whatever renders them: Fusion Next, ali-react-table, a plain `<table>` with `<th>`,
 * or a card list (cards.ts). Columns are known by their header text only, never by position or class.
 */
import { readCardLists, readPairs, type Pair } from './cards';
import { ROWS_PER_STEP, runSteps, type Steps } from '../steps';
import { isHiddenWithin, spans, textOf } from './dom';
import type { ReadCache, RowAgain } from './read-cache';
import { readLongId } from './text';
import { hasAny, headerKey } from './vocabulary';
import { words } from './knowledge';

export interface TableRow {
  /** Where the row's badge goes. */
  row: Element;
  /** Header key (vocabulary.headerKey) → normalized cell text; the first column of a name wins. */
  cells: Map<string, string>;
  cellElements: Map<string, Element>;
  /** All the row's text, normalized, including headerless cells and its group header. */
  text: string;
  /** A page-wide card (a detail page): `row` is the common ancestor of its pairs, too wide for a badge. */
  page?: boolean;
}

export interface Table {
  element: Element;
  headers: string[];
  rows: TableRow[];
  /** Read only up to its first rows (readTableSteps' firstRows): more rows follow. */
  cut?: true;
}

// Page knowledge: stable class names of the table libraries (never build-hashed ones).
/** Table components that split header and body into separate `<table>`s. */
const GRID_CONTAINERS = [
  '.next-table', // Alibaba Fusion Next 1.x, all Qianniu lists; seen 2022-12
  '.art-table', // ali-react-table; seen 2022-12
].join(',');
/** Where header rows live, besides `<thead>`. */
const HEADER_AREAS = ['thead', '.next-table-header', '.art-table-header'].join(',');
/** Fusion's old lock columns copy the locked cells of every row into overlay tables: read the main one. */
const LOCK_PANES = ['.next-table-lock-left', '.next-table-lock-right'].join(',');
/** Order groups: `tr.next-table-group-header` holds 订单编号：… for the rows below it (sold list, 2022-12). */
const GROUP_HEADER_ROWS = '.next-table-group-header';
const EXPANDED_ROWS = '.next-table-expanded-row, .art-table-expanded-row';

interface Placed {
  el: Element;
  text: string;
}

/** Per column, a cell whose rowspan still covers the next `rows` rows. */
type OpenSpans = ({ cell: Placed; rows: number } | undefined)[];
/** A group header row's `label：value` pairs and text, applying to the rows below it. */
type Group = { pairs: Pair[]; text: string };

/** Places a row's cells in columns, honouring colspan and the rowspans still open from rows above. */
function place(cells: readonly Element[], open: OpenSpans): Placed[] {
  const out: Placed[] = [];
  let col = 0;
  const skipOpen = () => {
    for (let span = open[col]; span && span.rows > 0; span = open[col]) {
      out[col] = span.cell;
      span.rows -= 1;
      col += 1;
    }
  };
  for (const el of cells) {
    skipOpen();
    const cell = { el, text: textOf(el) };
    const colspan = spanOf(el, 'colspan', 50);
    const rowspan = spanOf(el, 'rowspan', 1000);
    for (let k = 0; k < colspan; k++, col++) {
      out[col] = cell;
      open[col] = rowspan > 1 ? { cell, rows: rowspan - 1 } : undefined;
    }
  }
  while (col < open.length) {
    skipOpen();
    col += 1;
  }
  return out;
}

function spanOf(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'td' || c.localName === 'th') cells.push(c);
  return cells;
}

/** The table a row belongs to: the Fusion/ART component around its `<table>`, else that `<table>`. */
function ownerOf(tr: Element): Element | null {
  const table = tr.closest('table');
  if (!table) return null;
  const grid = table.closest(GRID_CONTAINERS);
  const outer = table.parentElement?.closest('table');
  return grid && (!outer || outer.contains(grid)) ? grid : table;
}

function isHeaderRow(tr: Element, owner: Element, cells: readonly Element[]): boolean {
  const area = tr.closest(HEADER_AREAS);
  if (area && owner.contains(area)) return true;
  return cells.length > 0 && cells.every((c) => c.localName === 'th');
}

/** A group header row (`订单编号：…` over an order's rows): one cell across the columns, or Fusion's group row. */
function opensGroup(tr: Element, cells: readonly Element[], headers: readonly string[]): boolean {
  return tr.matches(GROUP_HEADER_ROWS) || (cells.length === 1 && spanOf(cells[0]!, 'colspan', 50) > 1 && headers.length > 1);
}

/**
 * Reads one table from its rows (document order); null when it has no header text (a layout table). With a
 * cache, a data row whose text, place, headers and group are unchanged is not read again (read-cache.ts),
 * unless a rowspan from the rows above reaches into it. With `firstRows`, it stops after that many data rows,
 * where no record can continue below (no rowspan open, no order group left unfinished): `cut`.
 */
function* readGrid(owner: Element, trs: readonly Element[], cache?: ReadCache, firstRows?: number): Steps<Table | null> {
  const headers: string[] = [];
  const headerSpans: OpenSpans = [];
  const bodySpans: OpenSpans = [];
  const rows: TableRow[] = [];
  let group: Group | null = null;
  const groupKeys = new Set<string>();
  /** What a data row's reading depends on besides its own text: the headers and its group header. */
  const context = () => `${headers.join('\u0001')}\u0000${group?.text ?? ''}`;
  const spansOpen = () => bodySpans.some((span) => span !== undefined && span.rows > 0);
  let cut = false;
  for (const [i, tr] of trs.entries()) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    if (firstRows !== undefined && rows.length >= firstRows && !spansOpen() && (group === null || opensGroup(tr, cellsOf(tr), headers))) {
      cut = true;
      break;
    }
    const known = cache && !spansOpen() ? cache.tableRow(tr, context()) : undefined;
    if (known !== undefined) {
      if (known && !isHiddenWithin(tr, owner)) rows.push(known);
      continue;
    }
    const cells = cellsOf(tr);
    if (isHeaderRow(tr, owner, cells)) {
      if (rows.length === 0) place(cells, headerSpans).forEach((c, col) => (headers[col] = headerKey(c.text)));
      continue;
    }
    // An expanded row (the legacy 问大家 page's answers) details the row above: it is no row of its own.
    if (cells.length === 0 || tr.matches(EXPANDED_ROWS) || isHiddenWithin(tr, owner)) continue;
    if (opensGroup(tr, cells, headers)) {
      const text = textOf(tr);
      const pairs = readPairs(tr);
      if (pairs.length > 0 || readLongId(text).ok) group = { pairs, text };
      for (const pair of pairs) groupKeys.add(pair.key);
      bodySpans.length = 0;
      continue;
    }
    const fromAbove = spansOpen();
    const row = toRow(tr, place(cells, bodySpans), headers, group);
    if (row) rows.push(row);
    // A row placed by itself, leaving no rowspan open below it, reads the same next time if nothing changed,
    // and reads alone again when only its own cells changed.
    if (cache && !fromAbove && !spansOpen()) cache.keepTableRow(tr, context(), row, cells, readAgain(tr, headers, group));
  }
  if (!headers.some((h) => h !== '')) return null;
  // Group header labels (订单号) are columns too, for the adapters looking for them.
  const columns = Array.from(headers, (h) => h ?? '');
  const table: Table = { element: owner, headers: [...columns, ...[...groupKeys].filter((k) => !columns.includes(k))], rows };
  if (cut) table.cut = true;
  return table;
}

/** The row `tr` read again alone, under the same headers and group header (read-cache.ts reread). */
function readAgain(tr: Element, headers: readonly string[], group: Group | null): RowAgain {
  return () => {
    const cells = cellsOf(tr);
    return cells.some(spans) ? undefined : [toRow(tr, place(cells, []), headers, group), cells];
  };
}

function toRow(tr: Element, placed: readonly Placed[], headers: readonly string[], group: Group | null): TableRow | null {
  const cells = new Map<string, string>();
  const cellElements = new Map<string, Element>();
  const texts: string[] = [];
  placed.forEach((cell, i) => {
    if (!cell) return;
    if (texts[texts.length - 1] !== cell.text) texts.push(cell.text);
    const key = headers[i];
    if (key && !cells.has(key)) {
      cells.set(key, cell.text);
      cellElements.set(key, cell.el);
    }
  });
  const own = texts.join(' ').trim();
  if (own === '' || (own.length < 30 && hasAny(own, words('noData')))) return null;
  for (const pair of group?.pairs ?? []) {
    if (!cells.has(pair.key)) {
      cells.set(pair.key, pair.value);
      cellElements.set(pair.key, pair.valueEl);
    }
  }
  return { row: tr, cells, cellElements, text: group ? `${group.text} ${own}` : own };
}

/** Every table and card list under root, visible rows only, in document order of their first row. */
export function readTables(root: ParentNode, cache?: ReadCache): Table[] {
  return runSteps(readTableSteps(root, cache));
}

/**
 * The rows under root by the table they belong to (ownerOf), in document order; lock panes (copies of columns)
 * left out. With `most`, the first `most` rows of the page only, and `more` set when rows were left.
 */
export function rowsByTable(root: ParentNode, most = Infinity, scan?: { more: boolean }): Map<Element, Element[]> {
  const byOwner = new Map<Element, Element[]>();
  // Rows of one parent (a tbody) share their table and pane: looked up once per parent, not per row.
  let parent: Node | null = null;
  let owner: Element | null = null;
  // Indexed, not Array.from: rows past `most` are never touched (each row touched costs the page a wrapper).
  const all = root.querySelectorAll('tr');
  for (let i = 0; i < all.length; i++) {
    if (i >= most) {
      if (scan) scan.more = true;
      break;
    }
    const tr = all[i]!;
    if (tr.parentNode !== parent) {
      parent = tr.parentNode;
      owner = tr.closest(LOCK_PANES) ? null : ownerOf(tr);
    }
    if (!owner) continue;
    const list = byOwner.get(owner);
    if (list) list.push(tr);
    else byOwner.set(owner, [tr]);
  }
  return byOwner;
}

/** Rows looked at per first row asked for: group headers, header rows and hidden copies come between data rows. */
const ROWS_SCANNED_PER_FIRST_ROW = 5;

/**
 * readTables, pausing between chunks of rows. With `firstRows`, each table's first rows only (readGrid), from the
 * page's first rows only; `scan.more` says rows were left unread beyond those (a cut reading too).
 */
export function* readTableSteps(root: ParentNode, cache?: ReadCache, firstRows?: number, scan?: { more: boolean }): Steps<Table[]> {
  const byOwner = rowsByTable(root, firstRows === undefined ? Infinity : firstRows * ROWS_SCANNED_PER_FIRST_ROW, scan);
  const tables: Table[] = [];
  for (const [owner, trs] of byOwner) {
    if (isHiddenWithin(owner, null)) continue;
    const table = yield* readGrid(owner, trs, cache, firstRows);
    if (table) tables.push(table);
  }
  const taken = new Set(tables.map((t) => t.element));
  // Card lists are read whole each time: their texts come from the cache.
  return [...tables, ...readCardLists(root, taken, cache?.text)];
}
