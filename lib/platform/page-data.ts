/**
 * What this page's own requests said, as the content script keeps it between readings: the invoice list's rows
 * (by the address they came from: paging replaces them) and state, and the sold list's orders. The copies are
 * read in the background (read-copy.ts), off the seller's page; this keeps the reply.
 */
import type { InvoiceDataRow } from './invoice-list';
import type { SoldDataOrder } from './sold-list';

/** The invoice list's state as the page's data says it: rows, an empty list, no permission, or a failed read. */
export type InvoiceAccess = 'rows' | 'empty' | 'no-permission' | 'failed';

/** How apply times of this session read, decided from the page's own dates (merge.ts applyTimeUnit). */
export type TimeUnit = 'ms' | 's' | 'text';

/** The background's answer to a copy (read-copy.ts): what the content script needs to match with rows. */
export interface PlatformReply {
  path: string;
  invoice?: { state: InvoiceAccess; rows: InvoiceDataRow[]; why?: string };
  sold?: SoldDataOrder[];
}

export class PageData {
  readonly invoices = new Map<string, InvoiceDataRow[]>();
  invoiceAccess: InvoiceAccess | null = null;
  invoiceWhy = '';
  readonly sold = new Map<string, SoldDataOrder[]>();
  /** Learned once from rows the page shows with a date; kept for the page's later lists (one SPA session). */
  unit: TimeUnit | null = null;

  /** Takes the background's reading of one copy; what it changed. */
  apply(reply: PlatformReply | undefined): 'invoice' | 'sold' | null {
    if (typeof reply?.path !== 'string') return null;
    if (reply.invoice) {
      this.invoiceAccess = reply.invoice.state;
      this.invoiceWhy = reply.invoice.why ?? '';
      // An answer that is not rows (no permission, failed) leaves no rows of this list standing.
      this.invoices.set(reply.path, reply.invoice.rows);
      return 'invoice';
    }
    if (!reply.sold) return null;
    this.sold.set(reply.path, reply.sold);
    return 'sold';
  }

  /** Every invoice row of the page's lists, by order number (the first list's row wins). */
  invoiceRows(): Map<string, InvoiceDataRow> {
    const all = new Map<string, InvoiceDataRow>();
    for (const rows of this.invoices.values()) for (const row of rows) if (!all.has(row.tid)) all.set(row.tid, row);
    return all;
  }

  soldOrders(): Map<string, SoldDataOrder> {
    return new Map([...this.sold.values()].flat().map((o) => [o.id, o]));
  }
}
