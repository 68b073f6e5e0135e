/**
 * Sold orders (`trade-platform/tp/sold`) and an order's detail page (`…/tp/detail?bizOrderId=…`): orders
 * in transit become logistics records (id = order number). In transit is read from the status cell (卖家已发货)
 * and the 履约/售后 cell (no refund); the last tracking update from a column or label, else the detail page's
 * trace timeline. The list shows no tracking time: its records say so (the badge: open the tracking).
 */
import { readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import { newestTrace, statedCell } from './fields/readers';
import type { PageRecord } from './records';
import { readOrderId, readProvince, readTime } from './text';
import { hasAny } from './vocabulary';
import { words } from './knowledge';
import { isWorkOrderTable } from './work-orders';

/** Where a status cell's own words end: a popover of trace lines (a 【城市】 or a clock time) may follow them. */
const STATUS_END = /【|\d:\d\d/;

function inTransit(r: RowReader): boolean {
  const status = (statedCell(r, 'status') ?? '').split(STATUS_END)[0]!;
  // A refund (售后 cell) or a signed-for tracking column overrides 卖家已发货; the trace lines decide below.
  const states = [status, r.cell('afterSale') ?? '', r.cell('lastUpdateAt') ?? ''];
  if (states.some((text) => hasAny(text, words('notInTransit')))) return false;
  return hasAny(status, words('inTransit'));
}

function readRow(r: RowReader): PageRecord | string | null {
  if (!inTransit(r)) return null;
  r.sources.status = r.columns.source.status!;
  const orderId = r.field('orderId', readOrderId, { page: r.row.page === true });
  if (orderId === undefined) {
    const why = r.problems.map((p) => `${p.field}: ${p.detail ?? p.reason}`).join('; ');
    return `order in transit without an order number${why ? ` (${why})` : ''}`;
  }
  // A detail page's timeline may sit outside the block of its labels: look in the whole page there.
  const trace = newestTrace(r.row.page ? `${r.row.text} ${r.page.text}` : r.row.text, r.now);
  // The newest line says signed for, in a locker, returned: the status's 已发货 is behind the evidence.
  if (trace?.ended) r.sources.status = TRACE;
  let lastUpdateAt = r.field('lastUpdateAt', (t) => readTime(t, r.now));
  if (lastUpdateAt === undefined && trace) {
    lastUpdateAt = trace.at;
    r.sources.lastUpdateAt = TRACE;
  }
  r.need('lastUpdateAt', lastUpdateAt);
  return r.finish({
    kind: 'logistics',
    id: orderId,
    orderId,
    status: trace?.ended ? 'done' : 'open',
    lastUpdateAt,
    province: r.field('province', readProvince),
  });
}

const TRACE = { via: 'cell', name: '物流轨迹' } as const;

const reading: TableReading = {
  name: 'sold-orders',
  fields: ['orderId', 'status', 'afterSale', 'province', 'lastUpdateAt'],
  idFields: ['orderId'],
  accepts: (table, { header }) => !isWorkOrderTable(table) && header.orderId !== undefined && header.status !== undefined,
  row: readRow,
  textOnly: true,
};

export const soldOrders: PageAdapter = {
  name: reading.name,
  // By content on any seller route: an order list with a status column whose rows say shipped.
  appliesTo: (kind) => kind === 'sold-orders' || kind === 'order-detail' || kind === 'seller-other',
  read: (root, now, context) => readWith(root, now, context, reading),
};
