/**
 * Extra wrappers around cells' content: the children of every table cell, card value (`<dd>`, the element
 * after a `label：`) are moved into a seeded chain of one to three `<div>`/`<span>` wrappers, as another
 * build of the same component would render them. Text and order are unchanged.
 */
import { cardLabels, copyDocument, hash, moveChildren, random, type Transform } from './dom';

function wrap(el: Element, rand: () => number): void {
  if (el.firstChild === null) return;
  const doc = el.ownerDocument;
  const outer = doc.createElement(rand() < 0.5 ? 'div' : 'span');
  outer.className = `cellInner--${hash(rand, 5)}`;
  let inner = outer;
  for (let depth = 1 + Math.floor(rand() * 3); depth > 1; depth--) {
    const next = doc.createElement(inner.localName === 'span' || rand() < 0.5 ? 'span' : 'div');
    inner.appendChild(next);
    inner = next;
  }
  moveChildren(el, inner);
  el.appendChild(outer);
}

export const wrapCells: Transform = (doc, seed) => {
  const out = copyDocument(doc);
  const rand = random(seed);
  const targets = new Set<Element>([
    ...Array.from(out.querySelectorAll('td, th')),
    ...cardLabels(out).map((pair) => pair.value),
  ]);
  let count = 0;
  for (const el of targets) {
    if (el.firstChild === null) continue;
    wrap(el, rand);
    count += 1;
  }
  return count > 0 ? { document: out, changes: [`${count} cells and values wrapped`] } : null;
};
