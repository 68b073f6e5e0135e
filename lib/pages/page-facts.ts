/**
 * What a page states for all its rows, read once per reading: its URL's parameters and its text outside
 * the data tables (a summary line `商品ID:… · 共 N 条问答`, a notice `超时将按规则自动赔付消费者`).
 */
import { isHidden, NOT_TEXT } from './dom';
import { normalizeText } from './text';

export interface PageFacts {
  /** URL parameters, from the query and from a query inside the hash (`#/list?itemParams=…`). */
  params: URLSearchParams;
  /** Normalized text of the page outside its data tables, cut at MAX_PAGE_TEXT. */
  text: string;
  /** What adapter.ts found here per field and reader: the same for every row of the reading, so searched once. */
  found: Map<string, { reader: unknown; value: unknown }>;
  /** The list's state outside the tables, for list-reading.ts: `aria-selected=待回传`, `input=…`, `loading`. */
  signs: string[];
}

const MAX_PAGE_TEXT = 20_000;

export const NO_PAGE_FACTS: PageFacts = { params: new URLSearchParams(), text: '', found: new Map(), signs: [] };
const SIGNS = ['aria-selected', 'aria-checked', 'aria-current'];

function paramsOf(href: string): URLSearchParams {
  try {
    const url = new URL(href);
    const params = new URLSearchParams(url.search);
    const inHash = url.hash.indexOf('?');
    if (inHash >= 0) for (const [k, v] of new URLSearchParams(url.hash.slice(inHash + 1))) if (!params.has(k)) params.set(k, v);
    return params;
  } catch {
    return new URLSearchParams();
  }
}

/** The page's text outside `skip` (its data tables), element by element with a space between. */
function textOutside(root: ParentNode, skip: ReadonlySet<Element>, signs: string[]): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [];
  for (let n = root.lastChild; n; n = n.previousSibling) stack.push(n);
  while (stack.length > 0 && length < MAX_PAGE_TEXT) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim() !== '') {
        parts.push(value);
        length += value.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (skip.has(el) || NOT_TEXT.has(el.localName) || isHidden(el)) continue;
    // The selected tab, the chosen filter option, the current page, a search text, a spinner: kept apart from the text.
    const input = /^(text|search)$/.test((el as HTMLInputElement).type);
    const sign = input ? 'input' : SIGNS.find((a) => /^(true|page)$/.test(el.getAttribute(a)!)) ?? (/loading-(tip|indicator)/.test(el.className) && 'loading');
    if (sign) signs.push(`${sign}=${(input ? (el as HTMLInputElement).value : el.textContent!).trim()}`);
    for (let n = el.lastChild; n; n = n.previousSibling) stack.push(n);
  }
  return normalizeText(parts.join(' ').slice(0, MAX_PAGE_TEXT));
}

export function readPageFacts(root: ParentNode, url: string, tables: readonly Element[]): PageFacts {
  const signs: string[] = [];
  return { params: paramsOf(url), text: textOutside(root, new Set(tables), signs), found: new Map(), signs };
}
