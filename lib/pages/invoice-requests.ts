/**
 * Invoice requests (发票管理, `merchant-invoice/`): the apply list (申请流水号, 订单号, 申请时间, 开票状态) and the
 * 待回传 list (订单号, apply date, the page's countdown with its 免自动赔 tag). One record per order: id = order
 * number; done only when the status cell says 已开票; the page's countdown → pageDeadline, the deadline that
 * costs the seller an automatic compensation since 2022. Work-order tables are left to work-orders.ts.
 */
import { readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import { readCompensation, readPageDeadline, statusSays } from './fields/readers';
import type { PageRecord } from './records';
import { readOrderId, readTime } from './text';
import { words } from './knowledge';
import { hasAny } from './vocabulary';
import { isWorkOrderTable } from './work-orders';

function readRow(r: RowReader): PageRecord | string | null {
  const orderId = r.field('orderId', readOrderId);
  if (orderId === undefined) return r.problems.length > 0 ? r.problems.map((p) => `${p.field}: ${p.detail ?? p.reason}`).join('; ') : null;
  const requestedAt = r.field('requestedAt', (t) => readTime(t, r.now));
  const page = readPageDeadline(r);
  if (page.pageDeadline === undefined) r.need('requestedAt', requestedAt);
  return r.finish({
    kind: 'invoice',
    id: orderId,
    orderId,
    status: statusSays(r, words('invoiceDone')) ? 'done' : 'open',
    requestedAt,
    ...page,
    compensation: readCompensation(r),
  });
}

const reading: TableReading = {
  name: 'invoice-requests',
  fields: ['orderId', 'requestedAt', 'status', 'pageDeadline'],
  idFields: ['orderId'],
  // An order number alone is any order list; a request time, the invoice's state or a countdown make it this one;
  // off the invoice route, another header must also name the invoice (开票状态, 发票抬头): a refund list has 申请时间 too.
  accepts: (table, { header }, kind) =>
    !isWorkOrderTable(table) &&
    header.orderId !== undefined &&
    (header.requestedAt ?? header.status ?? header.pageDeadline) !== undefined &&
    (kind === 'invoice-requests' || table.headers.some((h) => h !== header.requestedAt && hasAny(h, words('invoiceList')))),
  row: readRow,
  textOnly: true,
};

export const invoiceRequests: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'invoice-requests' || kind === 'seller-other',
  read: (root, now, context) => readWith(root, now, context, reading),
};
