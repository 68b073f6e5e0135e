/**
 * Invoice requests (发票管理, `merchant-invoice/`): one row per order whose buyer asked for an invoice.
 * id = order number; 待开票 is open, 已开票/开票成功 done; the page's own countdown (`3天18小时`) → pageDeadline.
 * Work-order tables on the same page are left to work-orders.ts, which keys them by work-order number.
 */
import { columnsOf, readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import type { PageRecord } from './records';
import { readDeadline, readOrderId, readTime } from './text';
import { hasAny, WORDS } from './vocabulary';
import { isWorkOrderTable } from './work-orders';

const FIELDS = ['orderId', 'requestedAt', 'invoiceStatus', 'countdown'] as const;

function readRow(r: RowReader): PageRecord | string | null {
  const orderId = r.read('orderId', r.cell('orderId'), readOrderId);
  if (orderId === undefined) return r.problems.length > 0 ? r.problems.join('; ') : null;
  const statusText = r.cell('invoiceStatus') ?? r.row.text;
  return r.finish({
    kind: 'invoice',
    id: orderId,
    orderId,
    status: hasAny(statusText, WORDS.invoiceDone) ? 'done' : 'open',
    requestedAt: r.read('requestedAt', r.cell('requestedAt'), (t) => readTime(t, r.now)),
    pageDeadline: r.read('pageDeadline', r.cell('countdown'), (t) => readDeadline(t, r.now)),
  });
}

const reading: TableReading = {
  name: 'invoice-requests',
  idFields: ['orderId'],
  columns: (table) => {
    if (isWorkOrderTable(table)) return null;
    const columns = columnsOf(table, FIELDS);
    // An order number alone is any order list; a request time or the invoice's state make it this one.
    return columns.orderId && (columns.requestedAt || columns.invoiceStatus || columns.countdown) ? columns : null;
  },
  row: readRow,
  textOnly: true,
};

export const invoiceRequests: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'invoice-requests',
  read: (root, now, context) => readWith(root, now, context, reading),
};
