/**
 * Lines of the extension's own in the page's badges area, above the list, text only (textContent) in a shadow
 * root: 'page', what the page's data says that the rows cannot (this account may not see invoice requests);
 * 'silent' (grey, issue 23), the worker has not answered, so there are no badges yet. null removes one. Never
 * more than one of each; the hosts are kept here, so a page element of the same name is never taken for ours.
 */
import { markOwn } from './badge-hosts';

export const NOTICE_TAG = 'deadline-sentinel-notice';

const STYLES = {
  page: 'background:#fff4e5;color:#7a3e00;border:1px solid #f0b86e',
  silent: 'background:#f2f2f2;color:#444;border:1px solid #bbb',
};
const hosts = new Map<keyof typeof STYLES, HTMLElement>();

export function showNotice(doc: Document, text: string | null, kind: keyof typeof STYLES = 'page'): void {
  let host = hosts.get(kind);
  if (text === null) return void (host?.remove(), hosts.delete(kind));
  if (!host) {
    host = doc.createElement(NOTICE_TAG);
    host.dataset.kind = kind;
    markOwn(host);
    const style = doc.createElement('style');
    style.textContent = `:host{display:block;margin:6px 0;padding:6px 10px;font:13px/1.5 sans-serif;${STYLES[kind]}}`;
    host.attachShadow({ mode: 'open' }).append(style, doc.createElement('span'));
    hosts.set(kind, host);
  }
  // Above the first table the page shows, else at the top of its body.
  const table = doc.querySelector('table');
  const parent = table?.parentElement ?? doc.body;
  const before = table ?? doc.body?.firstChild ?? null;
  if (parent && (host.parentElement !== parent || host.nextSibling !== before)) parent.insertBefore(host, before);
  host.shadowRoot!.lastChild!.textContent = text;
}
