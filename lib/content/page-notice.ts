/**
 * One line of the extension's own in the page's badges area, above the list: what the page's data says that
 * the rows cannot (this account may not see invoice requests). Text only (textContent), in a shadow root
 * (open, as the badges'); null removes it. Never more than one.
 */
import { markOwn } from './badge-hosts';

export const NOTICE_TAG = 'deadline-sentinel-notice';

const STYLE = ':host{display:block;margin:6px 0;padding:6px 10px;background:#fff4e5;color:#7a3e00;font:13px/1.5 sans-serif;border:1px solid #f0b86e}';

export function showNotice(doc: Document, text: string | null): void {
  let host = doc.querySelector(NOTICE_TAG);
  if (text === null) return host?.remove();
  if (!host) {
    host = doc.createElement(NOTICE_TAG);
    markOwn(host);
    const style = doc.createElement('style');
    style.textContent = STYLE;
    host.attachShadow({ mode: 'open' }).append(style, doc.createElement('span'));
  }
  // Above the first table the page shows, else at the top of its body.
  const table = doc.querySelector('table');
  const parent = table?.parentElement ?? doc.body;
  const before = table ?? doc.body?.firstChild ?? null;
  if (parent && (host.parentElement !== parent || host.nextSibling !== before)) parent.insertBefore(host, before);
  host.shadowRoot!.lastChild!.textContent = text;
}
