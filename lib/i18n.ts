import { browser } from 'wxt/browser';
import type zhCN from '../public/_locales/zh_CN/messages.json';

/** Every UI string comes from `public/_locales/<locale>/messages.json` (zh_CN default, en second). */
export type MessageKey = keyof typeof zhCN;

/**
 * Every message in the UI language, its substitutions left as markers (U+E001 for $1 … U+E009 for $9): made by
 * the worker (background/catalogue.ts), which sends it with the page knowledge. A content script's first
 * getMessage waits while the browser loads its messages into the page (2–4 ms of the seller's main thread,
 * issue 24); with the catalogue it asks the browser nothing.
 */
export type Catalogue = Readonly<Record<string, string>>;

/** The marker for substitution $n (1…9): a private-use character no message holds. */
export const marker = (n: number): string => String.fromCharCode(0xe000 + n);
const MARKED = /[\ue001-\ue009]/g;

let used: Catalogue | null = null;
/** The worker's catalogue, for t to use instead of asking the browser (content script); null: ask it again. */
export function useCatalogue(from: Catalogue | null): void {
  used = from;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const template = used && Object.hasOwn(used, key) ? used[key] : undefined;
  // An unknown key yields '' from the browser: show the key rather than nothing.
  if (typeof template === 'string') return template.replace(MARKED, (m) => String(substitutions[m.charCodeAt(0) - 0xe001] ?? '')) || key;
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
