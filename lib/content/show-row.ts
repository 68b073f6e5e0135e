/**
 * The side panel's click (issue 25), asked of the seller content script by the worker: scrolls to the laid-out row
 * (a table's hidden copy has no box) whose badge host carries one of `keys`, again as the badges drawn near the
 * screen grow the rows above it. Whether one did.
 */
import { MARKER } from './badge-hosts';

export function showRow(doc: Document, keys: readonly string[]): boolean {
  for (const host of doc.querySelectorAll(`[${MARKER}]`)) {
    const row = host.closest('tr') ?? host.parentElement;
    if (!keys.includes(host.getAttribute(MARKER) ?? '') || !row?.getClientRects().length) continue;
    for (const ms of [0, 300, 900]) setTimeout(() => row.scrollIntoView({ block: 'center' }), ms);
    return true;
  }
  return false;
}
