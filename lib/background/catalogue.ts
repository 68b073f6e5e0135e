import { browser } from 'wxt/browser';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { marker, type Catalogue, type MessageKey } from '../i18n';

const MARKERS = Array.from({ length: 9 }, (_, i) => marker(i + 1));

/** The catalogue (i18n.ts): the browser itself puts the markers in, so its own rules ($$, missing ones) hold. */
export const makeCatalogue = (): Catalogue => Object.fromEntries(Object.keys(zhCN).map((key) => [key, browser.i18n.getMessage(key as MessageKey, MARKERS)]));

let made: Catalogue | null = null;
/** The catalogue, made once per worker start (the UI language does not change meanwhile). */
export function catalogue(): Catalogue {
  made ??= makeCatalogue();
  return made;
}
