/**
 * Reading the DOM as text, without layout: `textContent`-like, read-only, bounded.
 */
import { normalizeText } from './text';

/** Longest text read from one element: a 3,000-character question fits, a runaway cell does not. */
export const MAX_TEXT = 5000;

/** Elements whose text is not page text (a `<script>` in a cell must not become part of the cell); an option's is its select's. */
export const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'textarea', 'select', 'option']);
/** Inline formatting inside a word or number (search highlights): no separator around these. */
const IN_WORD = new Set(['em', 'b', 'strong', 'mark', 'font', 'u']);

/**
 * The text of an element, with a space at element boundaries (`<div>2022-12-05</div><div>10:00</div>` →
 * `2022-12-05 10:00`, where textContent would glue the two), skipping script/style/svg. A walk along
 * siblings and parents, so a hostile 10,000-deep tree cannot overflow the stack; stops after MAX_TEXT characters.
 */
export function rawText(el: Element): string {
  let out = '';
  let node: Node | null = el.firstChild;
  while (node && out.length < MAX_TEXT) {
    let down = false;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName)) {
      if (!IN_WORD.has((node as Element).localName)) out += ' ';
      down = node.firstChild !== null;
    }
    if (down) {
      node = node.firstChild;
      continue;
    }
    // Up until a next sibling, closing each element left on the way with its space.
    while (node && node !== el) {
      if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName) && !IN_WORD.has((node as Element).localName)) out += ' ';
      if (node.nextSibling) break;
      node = node.parentNode;
    }
    node = node && node !== el ? node.nextSibling : null;
  }
  return out.length > MAX_TEXT ? out.slice(0, MAX_TEXT) : out;
}

/** An element's normalized text: textOf, or a ReadCache's memo of it. */
export type TextOf = (el: Element) => string;

/** The normalized text of an element (full-width → ASCII, spaces collapsed, Traditional → Simplified). */
export function textOf(el: Element): string {
  // Most cells are a chain of single wrappers around one text (`<td><div>2022-12-05</div></td>`): there the
  // element boundaries add only spaces at the ends, which normalizing trims, and textContent is the text.
  let at = el;
  while (!NOT_TEXT.has(at.localName) && at.childElementCount === 1 && at.firstChild === at.lastChild) at = at.firstElementChild!;
  if (!NOT_TEXT.has(at.localName) && at.childElementCount === 0) return normalizeText((at.textContent ?? '').slice(0, MAX_TEXT));
  return normalizeText(rawText(el));
}

/**
 * Whether the page hides this element, by markup alone: `hidden`, `aria-hidden="true"` (Fusion's inactive
 * tab panes) or an inline `display:none`/`visibility:hidden` (stale rows a list keeps while paging).
 * Class-based hiding is not seen: computed styles would need layout and cost too much on 1,000 rows.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A table cell that spans rows or columns: where it and the cells after it fall depends on the rows around it. */
export const spans = (cell: Element): boolean => cell.hasAttribute('rowspan') || cell.hasAttribute('colspan');

/** Whether `el` or an ancestor below `stop` (exclusive) is hidden. */
export function isHiddenWithin(el: Element, stop: Node | null): boolean {
  for (let at: Element | null = el; at && at !== stop; at = at.parentElement) {
    if (isHidden(at)) return true;
  }
  return false;
}

/** The element itself when root is one, else the document element. */
export function rootElement(root: ParentNode): Element | null {
  if ((root as Node).nodeType === 1) return root as Element;
  return (root as Document).documentElement ?? root.firstElementChild;
}
