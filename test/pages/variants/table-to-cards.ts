/**
 * A table turned into a card list: each body row becomes a block of `label：value` pairs,
 * `<div class="card--x9Ab"><div><span>订单号：</span><span>3012…</span></div>…</div>`, the header texts as
 * labels and the cells' content moved into the values. Cells under an empty header (selection boxes) keep
 * their content without a label. A row's attributes (hidden, data-*) go to its card, a cell's to its value.
 * Tables with spans (grouped order lists) are left alone.
 */
import { cellsOf, contentOf, copyDocument, describeTable, hash, headerWord, isFullWidth, moveChildren, random, tableUnits, type Transform } from './dom';

const ROW_ATTRIBUTES_DROPPED = new Set(['class', 'role', 'aria-rowindex']);
const CELL_ATTRIBUTES_DROPPED = new Set(['class', 'role', 'colspan', 'rowspan']);

function copyAttributes(from: Element, to: Element, dropped: ReadonlySet<string>): void {
  for (const attr of Array.from(from.attributes)) {
    if (!dropped.has(attr.name) && !attr.name.startsWith('data-next-table')) to.setAttribute(attr.name, attr.value);
  }
}

export const tableToCards: Transform = (doc, seed) => {
  const out = copyDocument(doc);
  const rand = random(seed);
  const listClass = `cardList--${hash(rand, 5)}`;
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    if (!unit.simple) continue;
    const labels = cellsOf(unit.header).map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim());
    const list = out.createElement('div');
    list.className = listClass;
    for (const tr of unit.rows) {
      if (isFullWidth(tr, unit.width)) {
        const empty = out.createElement('div');
        copyAttributes(tr, empty, ROW_ATTRIBUTES_DROPPED);
        moveChildren(contentOf(cellsOf(tr)[0]!), empty);
        list.appendChild(empty);
        continue;
      }
      const card = out.createElement('div');
      card.className = 'card--x9Ab';
      copyAttributes(tr, card, ROW_ATTRIBUTES_DROPPED);
      cellsOf(tr).forEach((td, i) => {
        const field = out.createElement('div');
        const value = out.createElement('span');
        copyAttributes(td, value, CELL_ATTRIBUTES_DROPPED);
        moveChildren(contentOf(td), value);
        if (labels[i] === '' || headerWord(labels[i]!) === '') {
          if ((value.textContent ?? '').trim() === '' && value.querySelector('a, button') === null) return;
          field.appendChild(value);
        } else {
          const label = out.createElement('span');
          label.textContent = `${labels[i]}：`;
          field.append(label, value);
        }
        card.appendChild(field);
      });
      list.appendChild(card);
    }
    unit.container.replaceWith(list);
    changes.push(`${describeTable(unit.header)} → ${list.children.length} cards`);
  }
  return changes.length > 0 ? { document: out, changes } : null;
};
