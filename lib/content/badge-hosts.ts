/**
 * Badge host elements: one per badged row (DESIGN contract 3), UI in a shadow root so neither the page's
 * CSS nor ours leaks. Hosts we made are tracked here, so a page element that merely copies the marker
 * attribute is never touched. A host stays `hidden` (no box, so no layout work for the page) and without
 * its shadow root until its row comes near the screen and the badge is first shown.
 */
import { render } from 'preact';

export const HOST_TAG = 'deadline-sentinel-badge';
export const MARKER = 'data-deadline-sentinel';

export interface BadgeHost {
  key: string;
  host: HTMLElement;
  /** Null until the badge is first shown (shown()). */
  mount: ShadowRoot | null;
}

const ours = new Map<HTMLElement, BadgeHost>();
/** Each row's hosts, so that finding a row's badge does not search the row's subtree. */
const inRow = new WeakMap<Element, BadgeHost[]>();

/** Where in a row the badge goes: a table row's first cell with text (not a checkbox column), else the row. */
function slotIn(row: Element): Element {
  if (row.tagName !== 'TR') return row;
  let first: Element | null = null;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    if ((c.textContent ?? '').trim() !== '') return c;
    first ??= c;
  }
  return first ?? row;
}

function create(key: string, doc: Document): BadgeHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(MARKER, key);
  host.hidden = true;
  const entry: BadgeHost = { key, host, mount: null };
  ours.set(host, entry);
  return entry;
}

/** One stylesheet for every badge, adopted by each shadow root (content scripts may, in Chrome and in Firefox 101+), not a copy per badge. */
let sheet: CSSStyleSheet | undefined;

// Clicks on the badge open it; they must not reach the row, whose handlers may navigate.
const stop = (e: Event) => e.stopPropagation();

/** The host's shadow root, made visible: created on the badge's first showing, styled by `css` (components/badge-style.ts). */
export function shown(badge: BadgeHost, css: string): ShadowRoot {
  if (badge.mount) return badge.mount;
  const { host } = badge;
  const mount = host.attachShadow({ mode: 'open' });
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css);
  mount.adoptedStyleSheets = [sheet];
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) host.addEventListener(type, stop);
  // Only the seller's own clicks act (issue 23): a page script's click() neither opens the badge nor presses 撤销.
  mount.addEventListener('click', (e) => e.isTrusted || (e.preventDefault(), e.stopImmediatePropagation()), true);
  host.hidden = false;
  badge.mount = mount;
  return mount;
}

/** The row's badge host for `key`; a new one when the row has none (or the page's re-render dropped it). */
export function hostFor(row: Element, key: string): BadgeHost {
  const list = inRow.get(row) ?? [];
  for (const b of list) if (b.key === key && ours.has(b.host) && row.contains(b.host)) return b;
  const entry = create(key, row.ownerDocument);
  slotIn(row).append(entry.host);
  inRow.set(row, [...list.filter((b) => ours.has(b.host)), entry]);
  return entry;
}

/** Removes our hosts that are not in `keep` (their row left, or no longer has a deadline). */
export function removeHostsExcept(keep: ReadonlySet<HTMLElement>): void {
  for (const [host, { mount }] of ours) {
    if (keep.has(host) && host.isConnected) continue;
    if (mount) render(null, mount); // the badge's listeners and state go with it
    host.remove();
    ours.delete(host);
  }
}

/** Other elements of ours in the page (the page notice): their mutations are not the page's either. */
const alsoOurs = new WeakSet<Node>();
export function markOwn(node: Node): void {
  alsoOurs.add(node);
}

/** One of our badge hosts we have not removed ourselves (we forget a host as we remove it). */
export function isLiveHost(node: Node): boolean {
  return ours.has(node as HTMLElement);
}

export function isOwnHost(node: Node): boolean {
  return ours.has(node as HTMLElement) || alsoOurs.has(node);
}
