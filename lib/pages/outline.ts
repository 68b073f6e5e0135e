/**
 * When a page kind the extension knows shows rows but yields no records, its markup probably changed.
 * The outline lets the seller attach the page's shape to a bug report without any buyer data: tags,
 * stable class names and header words only — never cell text, ids, names or addresses.
 */
import { normalizeText } from './text';
import { hasAny } from './vocabulary';
import { words } from './knowledge';

const MAX_LINES = 400;
const MAX_DEPTH = 30;
/** Build-hashed classes (navItem--uDJGIOeJ) and anything with digits say nothing durable about a page. */
const STABLE_CLASS = /^[a-z][a-z-]*[a-z]$/i;
const HASHED = /--|__|[A-Z]{2}|\d/;
/** Header words are short labels; longer text could be data. */
const HEADER_WORD = /^[\p{Script=Han}A-Za-z()()/:: ]{1,12}$/u;

/** Table rows that look like data (several cells with text, not a "no data" placeholder). */
export function unreadRowCount(root: ParentNode): number {
  let n = 0;
  for (const row of root.querySelectorAll('tbody tr')) {
    const cells = row.querySelectorAll('td');
    const text = normalizeText(row.textContent ?? '');
    if (cells.length >= 3 && text.length > 0 && !hasAny(text, words('noData'))) n++;
  }
  return n;
}

function describe(el: Element): string {
  const classes = Array.from(el.classList).filter((c) => STABLE_CLASS.test(c) && !HASHED.test(c)).slice(0, 4);
  return [el.tagName.toLowerCase(), ...classes].join('.');
}

/** An indented outline of the page's elements, collapsing runs of same-shaped siblings, with header words. */
export function pageOutline(root: Element): string {
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    if (lines.length >= MAX_LINES || depth > MAX_DEPTH) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'deadline-sentinel-badge') return;
    const header = tag === 'th' ? normalizeText(el.textContent ?? '') : '';
    lines.push(`${'  '.repeat(depth)}${describe(el)}${HEADER_WORD.test(header) ? ` "${header}"` : ''}`);
    let previous = '';
    let repeats = 0;
    for (const child of Array.from(el.children)) {
      const shape = describe(child);
      // The third and later same-shaped siblings (rows, cells) say nothing new; headers all do.
      if (child.tagName !== 'TH' && shape === previous && ++repeats >= 2) continue;
      if (shape !== previous) repeats = 0;
      previous = shape;
      walk(child, depth + 1);
    }
    if (repeats >= 2) lines.push(`${'  '.repeat(depth + 1)}… ×${repeats - 1} more ${previous}`);
  };
  walk(root, 0);
  return lines.join('\n');
}
