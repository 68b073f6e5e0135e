/**
 * Card lists: repeated blocks of `label：value` pairs instead of table columns, and detail pages (one block).
 *
 * A pair is `<span>订单号：</span><span>3012…</span>`, `<div>订单号：3012…</div>`, `<dt>…</dt><dd>…</dd>`,
 * `<th>…</th><td>…</td>` outside a data table, or a `<label>` followed by its value. The card of a pair is
 * the highest ancestor holding only one pair of that label: where labels repeat, the cards are the blocks
 * between them, whatever their (hashed) classes. Labels seen once on the page join the card around them;
 * with no card around, they form one page-wide card (a detail page), whose row is their common ancestor.
 */
import { isHidden, NOT_TEXT, rootElement, textOf, type TextOf } from './dom';
import type { Table, TableRow } from './table';
import { headerKey } from './vocabulary';

export interface Pair {
  key: string;
  value: string;
  labelEl: Element;
  valueEl: Element;
}

/** A label: up to 12 characters, no digits (a time's `10:00` is not a label). */
export const LABEL = /^([^\d:]{1,12}):/;

/** Text nodes before the first child element: a label written straight into its block. */
function leadingText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n && n.nodeType !== 1; n = n.nextSibling) text += n.nodeType === 3 ? n.nodeValue : '';
  return text;
}

/** The value next to a label element, climbing out of wrappers that hold only the label. */
function valueAfter(label: Element, labelText: string, readText: TextOf): Element | null {
  let at = label;
  for (let depth = 0; depth < 3; depth++) {
    if (at.nextElementSibling) return at.nextElementSibling;
    const parent = at.parentElement;
    if (!parent || readText(parent) !== labelText) return null;
    at = parent;
  }
  return null;
}

function pairAt(el: Element, readText: TextOf): Pair | null {
  const name = el.localName;
  let valueEl: Element | null = null;
  let keyText = '';
  let value = '';
  if (name === 'dt' || name === 'th') {
    valueEl = el.nextElementSibling;
    if (!valueEl || valueEl.localName !== (name === 'dt' ? 'dd' : 'td')) return null;
    keyText = readText(el);
  } else if (/[:：]/.test(leadingText(el))) {
    const text = readText(el);
    const m = LABEL.exec(text);
    if (!m) return null;
    keyText = m[1]!;
    value = text.slice(m[0].length).trim();
    if (value === '') valueEl = valueAfter(el, text, readText);
    else valueEl = el;
  } else if (name === 'label' && el.children.length === 0) {
    keyText = readText(el);
    if (/\d/.test(keyText) || keyText.length > 12) return null;
    valueEl = valueAfter(el, keyText, readText);
  }
  if (!valueEl) return null;
  const key = headerKey(keyText);
  if (value === '' && valueEl !== el) value = readText(valueEl);
  return key !== '' && !/\d/.test(key) && value !== '' ? { key, value, labelEl: el, valueEl } : null;
}

/** The visible pairs under root, in document order, leaving out the subtrees in `skip` (data tables). */
export function readPairs(root: ParentNode, skip: ReadonlySet<Element> = new Set(), readText: TextOf = textOf): Pair[] {
  const pairs: Pair[] = [];
  const stack: Element[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (skip.has(el) || NOT_TEXT.has(el.localName) || isHidden(el)) continue;
    const pair = pairAt(el, readText);
    if (pair) pairs.push(pair);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return pairs;
}

/** Ancestors of el from itself up to, not including, stop. */
function chainOf(el: Element, stop: Element | null): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = el; at && at !== stop; at = at.parentElement) chain.push(at);
  return chain;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toRow(card: Element, pairs: readonly Pair[], readText: TextOf): TableRow {
  const cells = new Map<string, string>();
  const cellElements = new Map<string, Element>();
  for (const p of pairs) {
    if (cells.has(p.key)) continue;
    cells.set(p.key, p.value);
    cellElements.set(p.key, p.valueEl);
  }
  return { row: card, cells, cellElements, text: readText(card) };
}

/** The card lists under root (one Table per list parent), then the page-wide card if any. */
export function readCardLists(root: ParentNode, skip: ReadonlySet<Element>, readText: TextOf = textOf): Table[] {
  const top = rootElement(root);
  const stop = (root as Node).nodeType === 1 ? top : null;
  const pairs = readPairs(root, skip, readText);
  const chains = pairs.map((p) => chainOf(p.labelEl, stop));
  const counts = new Map<Element, Map<string, number>>();
  pairs.forEach((p, i) => {
    for (const at of chains[i]!) {
      const byKey = counts.get(at) ?? new Map<string, number>();
      byKey.set(p.key, (byKey.get(p.key) ?? 0) + 1);
      counts.set(at, byKey);
    }
  });
  const cardOf: (Element | null)[] = pairs.map((p, i) => {
    let card: Element | null = null;
    for (const at of chains[i]!) {
      if (counts.get(at)?.get(p.key) !== 1) return card;
      card = at;
    }
    return null; // unique on the page: placed below
  });
  const candidates = new Set(cardOf.filter((c): c is Element => c !== null));
  const outermost = (el: Element): Element => {
    let best = el;
    for (let at = el.parentElement; at && at !== stop; at = at.parentElement) if (candidates.has(at)) best = at;
    return best;
  };
  const cards = new Map<Element, Pair[]>();
  const pagePairs: Pair[] = [];
  pairs.forEach((p, i) => {
    const inner = cardOf[i] ?? chains[i]!.find((at) => candidates.has(at));
    if (!inner) return pagePairs.push(p);
    pushTo(cards, outermost(inner), p);
  });
  const lists = new Map<Element | null, TableRow[]>();
  for (const [card, cardPairs] of cards) pushTo(lists, card.parentElement, toRow(card, cardPairs, readText));
  const tables: Table[] = [];
  for (const [parent, rows] of lists) {
    const headers = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))];
    tables.push({ element: parent ?? rows[0]!.row, headers, rows });
  }
  if (pagePairs.length > 0) {
    const first = chainOf(pagePairs[0]!.labelEl, stop);
    const others = pagePairs.slice(1, 200);
    const common = first.find((at) => others.every((p) => at.contains(p.labelEl))) ?? top;
    if (common) {
      const row = { ...toRow(common, pagePairs, readText), page: true };
      tables.push({ element: common, headers: [...new Set(pagePairs.map((p) => p.key))], rows: [row] });
    }
  }
  return tables;
}
