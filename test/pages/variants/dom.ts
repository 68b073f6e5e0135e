/**
 * What the page transformations share: copying a document, a seeded random source, the tables of a page
 * as header row + body rows (Fusion's split header/body tables joined), the `label：value` pairs of card
 * lists, and reading header words.
 * Test code: it knows the fixtures' markup, not the extension's vocabulary.
 */
import { toSimplified } from '@/lib/chinese';
import { rowsByTable } from '@/lib/pages/table';

/** A page re-rendered: a new document, and what was changed, for failure messages. */
export interface Variation {
  document: Document;
  changes: string[];
}

/** The page a fixture captured: its address and the moment (ISO), for variants that change times or the route. */
export interface Captured {
  url: string;
  now: string;
}

/** A variant of a page (the input is left untouched), or null when it does not apply. */
export type Transform = (doc: Document, seed: number, page?: Captured) => Variation | null;

/** A table named by its header words, for messages. */
export function describeTable(header: Element): string {
  return `[${cellsOf(header).map((th) => headerWord(th.textContent ?? '') || '·').join(' ')}]`;
}

/** A deep copy of doc, as a new document of the same implementation. */
export function copyDocument(doc: Document): Document {
  const out = doc.implementation.createHTMLDocument('');
  const root = out.importNode(doc.documentElement, true);
  out.documentElement.remove();
  out.appendChild(root);
  return out;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a text: a seed from a fixture and variant name. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A build hash as CSS modules write them: letters and digits, starting with a digit or letter. */
export function hash(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(rand() * ALNUM.length)];
  return out;
}

// Markup of the fixtures' table libraries (see docs PAGES.md): stable class names only.
const GRIDS = '.next-table, .art-table';
const HEADER_AREAS = 'thead, .next-table-header, .art-table-header';
const LOCK_PANES = '.next-table-lock-left, .next-table-lock-right';

/** A table of a page: one header row and its body rows, whatever number of `<table>`s hold them. */
export interface TableUnit {
  /** The Fusion/ART component, else the `<table>`. */
  container: Element;
  header: Element;
  rows: Element[];
  /** `<colgroup>`s of the unit whose `<col>`s match the columns one to one. */
  colgroups: Element[];
  width: number;
  /**
   * No spans, but for rows of one cell spanning all (暂无数据); a row may have fewer cells than columns
   * (the first ones), never more.
   */
  simple: boolean;
}

export function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.localName === 'td' || c.localName === 'th');
}

export function spanOf(cell: Element, name: string): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? n : 1;
}

/** A row of one cell spanning the table: a placeholder (暂无数据), left as it is by column changes. */
export function isFullWidth(tr: Element, width: number): boolean {
  const cells = cellsOf(tr);
  return cells.length === 1 && width > 1 && spanOf(cells[0]!, 'colspan') >= width;
}

/** The page's tables with exactly one header row, in document order; lock panes (copies of columns) left out. */
export function tableUnits(doc: Document): TableUnit[] {
  // Rows grouped by their table as the reading groups them: the variants change what a table shows, not which rows it has.
  const byOwner = rowsByTable(doc);
  const units: TableUnit[] = [];
  for (const [container, trs] of byOwner) {
    const isHeader = (tr: Element) => {
      const area = tr.closest(HEADER_AREAS);
      const cells = cellsOf(tr);
      return (area !== null && container.contains(area)) || (cells.length > 0 && cells.every((c) => c.localName === 'th'));
    };
    const headers = trs.filter(isHeader);
    if (headers.length !== 1) continue;
    const header = headers[0]!;
    const width = cellsOf(header).length;
    const rows = trs.filter((tr) => tr !== header);
    const plain = (tr: Element) => cellsOf(tr).every((c) => spanOf(c, 'colspan') === 1 && spanOf(c, 'rowspan') === 1);
    const simple =
      width > 0 &&
      plain(header) &&
      rows.every((tr) => isFullWidth(tr, width) || (cellsOf(tr).length <= width && plain(tr)));
    const colgroups = Array.from(container.querySelectorAll('colgroup')).filter(
      (g) => !g.closest(LOCK_PANES) && ownerOfColgroup(g) === container && g.children.length === width,
    );
    units.push({ container, header, rows, colgroups, width, simple });
  }
  return units;
}

function ownerOfColgroup(colgroup: Element): Element | null {
  const table = colgroup.closest('table');
  if (!table) return null;
  const grid = table.closest(GRIDS);
  return grid ?? table;
}

/** A header cell or label as a word: Simplified, no spaces, no trailing colon. */
export function headerWord(text: string): string {
  return toSimplified(text).replace(/\s+/g, '').replace(/[:：]+$/, '');
}

/** Whether a header names a countdown (剩余…, …倒计时, …时效), not an amount or a type. */
export function isCountdownHeader(word: string): boolean {
  return /倒计时|剩余|时效/.test(word) && !/金额|类型/.test(word);
}

/** Whether a header names a row's status (状态, 工单状态, 开票状态, 处理状态…). */
export function isStatusHeader(word: string): boolean {
  return /状态/.test(word);
}

/** Texts that show nothing (a countdown of a finished row). */
export const EMPTY_TEXTS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '/']);

/** The element a cell's content lives in: Fusion's cell wrapper when there is one, else the cell. */
export function contentOf(cell: Element): Element {
  const only = cell.children.length === 1 ? cell.firstElementChild! : null;
  return only?.classList.contains('next-table-cell-wrapper') && (cell.textContent ?? '').trim() === (only.textContent ?? '').trim()
    ? only
    : cell;
}

/** Moves every child of `from` to the end of `to`. */
export function moveChildren(from: Element, to: Element): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

/** The text nodes under root in document order, outside script/style (a walk, not recursion: deep trees are fine). */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node as Text);
    else if (node.nodeType === 1 && !['script', 'style', 'template'].includes((node as Element).localName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return out;
}

/** A `label：value` pair of a card list (outside tables): its label word, value element and the block holding both. */
export interface CardLabel {
  word: string;
  label: Element;
  value: Element;
  block: Element;
}

const LABEL_TEXT = /^[^\d:：]{1,12}[:：]$/;

/** The card pairs of a page: `<span>label：</span><span>value</span>` and `<dt>label</dt><dd>value</dd>`. */
export function cardLabels(doc: Document): CardLabel[] {
  const out: CardLabel[] = [];
  for (const el of Array.from(doc.querySelectorAll('span, div, label, dt'))) {
    if (el.children.length > 0 || el.closest('tr')) continue;
    const text = (el.textContent ?? '').trim();
    const value = el.nextElementSibling;
    if (!value || !el.parentElement) continue;
    if (el.localName === 'dt' ? value.localName === 'dd' : LABEL_TEXT.test(text)) {
      out.push({ word: headerWord(text), label: el, value, block: el.parentElement });
    }
  }
  return out;
}
