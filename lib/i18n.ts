import { browser } from 'wxt/browser';
import type zhCN from '../public/_locales/zh_CN/messages.json';

/** Every UI string comes from `public/_locales/<locale>/messages.json` (zh_CN default, en second). */
export type MessageKey = keyof typeof zhCN;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // An unknown key yields '' from the browser: show the key rather than nothing.
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
