/**
 * Columns reordered: one permutation per table, applied alike to its header cells, every body row and its
 * `<col>`s, so that each row keeps its cells (Fusion's separate header and body tables moved together).
 * Tables with rowspans or colspans other than a full-width placeholder row are left alone.
 */
import { cellsOf, copyDocument, describeTable, isFullWidth, random, tableUnits, type Transform } from './dom';

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

/** Puts the children `items` of `parent` in the order `order` (new position k holds old item order[k]). */
function reorder(parent: Element, items: readonly Element[], order: readonly number[]): void {
  for (const index of order) parent.appendChild(items[index]!);
}

export const reorderColumns: Transform = (doc, seed) => {
  const out = copyDocument(doc);
  const rand = random(seed);
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    if (!unit.simple || unit.width < 2) continue;
    const order = derangement(unit.width, rand);
    const before = describeTable(unit.header);
    reorder(unit.header, cellsOf(unit.header), order);
    for (const tr of unit.rows) if (!isFullWidth(tr, unit.width)) reorder(tr, cellsOf(tr), order);
    for (const colgroup of unit.colgroups) reorder(colgroup, Array.from(colgroup.children), order);
    changes.push(`${before} → ${describeTable(unit.header)}`);
  }
  return changes.length > 0 ? { document: out, changes } : null;
};
