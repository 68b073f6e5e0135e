/**
 * Columns reordered: one permutation per table, applied alike to its header cells, every body row and its
 * `<col>`s, so that each row keeps its cells under their headers (Fusion's separate header and body tables
 * moved together). Rowspans are honoured: a row's cells are placed in the columns the spans from above leave
 * free, and reordered by those columns' new places. Banner rows (a group header `订单号：…`, a full-width
 * 暂无数据) stay as they are, where no rowspan crosses them; a row with fewer cells than columns
 * is padded with empty cells. Other tables (colspans in data rows, spans in the header) are left alone.
 * Card lists get their fields reordered the same way: within each card, its `label：value` blocks take a
 * seeded order of their labels, the same in every card.
 */
import { cardLabels, cellsOf, copyDocument, describeTable, random, spanOf, tableUnits, type TableUnit, type Transform } from './dom';

/** A permutation of 0…n-1 moving every index (n ≥ 2), seeded. */
export function derangement(n: number, rand: () => number): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return identity;
  for (let attempt = 0; attempt < 100; attempt++) {
    const p = [...identity];
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    if (p.every((v, i) => v !== i)) return p;
  }
  return identity.map((i) => (i + 1) % n);
}

/** Fusion's order group header row (`订单号：… 创建时间：…` above an order's item rows). */
const GROUP_HEADER = '.next-table-group-header';

/** A body row's cells with their columns; null for a row left as it is (a colspan row). */
type Placed = { cell: Element; col: number }[] | null;

/**
 * Each body row's cells placed in columns as a browser does (rowspans from above taking their columns), short
 * rows padded with new empty cells; undefined when the table cannot be reordered cell by cell.
 */
export function placeRows(unit: TableUnit): Placed[] | undefined {
  const width = unit.width;
  if (width < 2 || cellsOf(unit.header).some((th) => spanOf(th, 'colspan') > 1 || spanOf(th, 'rowspan') > 1)) return undefined;
  const open = Array.from({ length: width }, () => 0);
  const out: Placed[] = [];
  const pads: (() => void)[] = [];
  for (const tr of unit.rows) {
    const cells = cellsOf(tr);
    if (cells.some((c) => spanOf(c, 'colspan') > 1)) {
      // A banner across the table (a group header, 暂无数据) stays; another colspan cannot be reordered.
      const banner = tr.matches(GROUP_HEADER) || cells.some((c) => spanOf(c, 'colspan') >= width - 1);
      if (!banner || open.some((n) => n > 0) || cells.some((c) => spanOf(c, 'rowspan') > 1)) return undefined;
      out.push(null);
      continue;
    }
    const free = open.flatMap((n, col) => (n > 0 ? [] : [col]));
    if (cells.length > free.length) return undefined;
    for (let col = 0; col < width; col++) if (open[col]! > 0) open[col]! -= 1;
    const placed = free.map((col, i) => ({ cell: cells[i] ?? tr.ownerDocument.createElement(cells[0]?.localName ?? 'td'), col }));
    // Padding cells join their row only once the whole table is known to be reorderable.
    for (const { cell } of placed.slice(cells.length)) pads.push(() => tr.appendChild(cell));
    for (const { cell, col } of placed) open[col] = spanOf(cell, 'rowspan') - 1;
    out.push(placed);
  }
  for (const pad of pads) pad();
  return out;
}

export const reorderColumns: Transform = (doc, seed) => {
  const out = copyDocument(doc);
  const rand = random(seed);
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    const rows = placeRows(unit);
    if (!rows) continue;
    const order = derangement(unit.width, rand);
    const place = Array.from({ length: unit.width }, () => 0);
    order.forEach((old, k) => (place[old] = k));
    const before = describeTable(unit.header);
    const headerCells = cellsOf(unit.header);
    for (const old of order) unit.header.appendChild(headerCells[old]!);
    unit.rows.forEach((tr, r) => {
      const placed = rows[r];
      if (!placed) return;
      for (const { cell } of [...placed].sort((a, b) => place[a.col]! - place[b.col]!)) tr.appendChild(cell);
    });
    for (const colgroup of unit.colgroups) {
      const cols = Array.from(colgroup.children);
      for (const old of order) colgroup.appendChild(cols[old]!);
    }
    changes.push(`${before} → ${describeTable(unit.header)}`);
  }
  changes.push(...reorderCardFields(out, rand));
  return changes.length > 0 ? { document: out, changes } : null;
};

/** Within each card, its pair blocks in a seeded order of their labels; returns what changed. */
function reorderCardFields(doc: Document, rand: () => number): string[] {
  const rank = new Map<string, number>();
  const byCard = new Map<Element, { word: string; block: Element }[]>();
  for (const { word, block } of cardLabels(doc)) {
    const card = block.parentElement;
    if (!card) continue;
    if (!rank.has(word)) rank.set(word, rand());
    const blocks = byCard.get(card) ?? [];
    // A block holding two pairs (a label and its dl) is moved once.
    if (!blocks.some((b) => b.block === block)) blocks.push({ word, block });
    byCard.set(card, blocks);
  }
  const changes: string[] = [];
  for (const [card, blocks] of byCard) {
    if (blocks.length < 2) continue;
    const sorted = [...blocks].sort((a, b) => rank.get(a.word)! - rank.get(b.word)!);
    if (sorted.every((b, i) => b === blocks[i])) continue;
    // Placeholders keep the slots, so the card's other children stay where they were.
    const slots = blocks.map(({ block }) => {
      const slot = doc.createComment('slot');
      card.replaceChild(slot, block);
      return slot;
    });
    slots.forEach((slot, i) => card.replaceChild(sorted[i]!.block, slot));
    changes.push(`card: ${blocks.map((b) => b.word).join(' ')} → ${sorted.map((b) => b.word).join(' ')}`);
  }
  return changes;
}
