/**
 * One copy as the tap (entrypoints/page-tap.content.ts) hands it over: `address\nstatus\nbody`. Page data:
 * bounded, split without trusting anything in it, and routed to the one endpoint module whose pattern its
 * address matches. Anything else is refused with a reason, counted in the page's health. Read in the background
 * (read-copy.ts); the content script only forwards copies.
 */
import { INVOICE_LIST } from './invoice-list';
import { SOLD_LIST } from './sold-list';
import { MAX_COPY_CHARS } from './tap-channel';
import { TODO_LIST } from './todo-list';

export type Endpoint = typeof INVOICE_LIST | typeof TODO_LIST | typeof SOLD_LIST;
export const ENDPOINTS: readonly Endpoint[] = [INVOICE_LIST, TODO_LIST, SOLD_LIST];

export interface Copy {
  url: string;
  status: number;
  body: string;
  endpoint: Endpoint;
}

/** The copy, or why it was refused. */
export function parseCopy(raw: unknown): Copy | { refused: string } {
  if (typeof raw !== 'string') return { refused: 'not text' };
  if (raw.length > MAX_COPY_CHARS) return { refused: 'too big' };
  const first = raw.indexOf('\n');
  const second = first < 0 ? -1 : raw.indexOf('\n', first + 1);
  if (second < 0 || first > 2048) return { refused: 'not a copy' };
  const url = raw.slice(0, first);
  const status = Number(raw.slice(first + 1, second));
  const endpoint = ENDPOINTS.find((e) => e.pattern.test(url));
  if (!endpoint) return { refused: 'not a known endpoint' };
  if (!Number.isInteger(status) || status < 0 || status > 999) return { refused: 'no status' };
  const body = raw.slice(second + 1);
  // The tap sends an empty body for an answer over its bound.
  if (body === '') return { refused: 'empty or too big' };
  return { url, status, body, endpoint };
}
