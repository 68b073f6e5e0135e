/**
 * One copy read in the background: split, routed to its endpoint's module, checked. What the content script
 * needs back (rows to match, the list's state) is the reply; counts are kept; anything refused is counted in
 * the page's health with why.
 */
import { parseCopy } from './copy';
import { readInvoiceList } from './invoice-list';
import type { PlatformReply } from './page-data';
import { readSoldList } from './sold-list';
import { readTodoList, type PlatformCounts } from './todo-list';

export interface CopyReading {
  reply?: PlatformReply;
  counts?: PlatformCounts;
  refused?: string;
}

export function readCopy(raw: unknown): CopyReading {
  const copy = parseCopy(raw);
  if ('refused' in copy) return { refused: copy.refused };
  const path = copy.url.split('?')[0]!;
  const name = copy.endpoint.name;
  if (name === 'invoice-list') {
    const read = readInvoiceList(copy.status, copy.body);
    const invoice: NonNullable<PlatformReply['invoice']> = { state: read.state, rows: read.state === 'rows' ? read.rows : [] };
    if (read.state === 'failed') invoice.why = read.why;
    const refused = read.state === 'failed' ? `${name}: ${read.why}` : read.state === 'rows' && read.refusedRows > 0 ? `${name}: ${read.refusedRows} rows refused` : undefined;
    return { reply: { path, invoice }, ...(refused ? { refused } : {}) };
  }
  if (name === 'sold-list') {
    const read = readSoldList(copy.status, copy.body);
    return read.state === 'failed' ? { refused: `${name}: ${read.why}` } : { reply: { path, sold: read.orders } };
  }
  const read = readTodoList(copy.status, copy.body);
  return read.state === 'failed' ? { refused: `${name}: ${read.why}` } : { counts: read.counts };
}
