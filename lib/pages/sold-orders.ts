/**
 * Sold orders (`trade-platform/tp/sold`) and an order's detail page (`…/tp/detail`): orders in transit
 * become logistics records (id = order number) with the last tracking update and the receiving province.
 * Orders not in transit (待发货, 已签收, 交易关闭, 退款中, …) yield nothing.
 */
import { columnsOf, readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import type { PageRecord } from './records';
import { readOrderId, readProvince, readTime } from './text';
import { hasAny, WORDS } from './vocabulary';
import { isWorkOrderTable } from './work-orders';

const FIELDS = ['orderId', 'orderStatus', 'address', 'lastUpdate', 'tracking'] as const;

function readRow(r: RowReader): PageRecord | string | null {
  // The whole row: a refund (售后 column) or a signed-for tracking line overrides 卖家已发货.
  if (hasAny(r.row.text, WORDS.notInTransit)) return null;
  if (!hasAny(r.cell('orderStatus') ?? r.row.text, WORDS.inTransit)) return null;
  const orderId = r.read('orderId', r.cell('orderId'), readOrderId);
  if (orderId === undefined) return `order in transit without an order number${r.problems.length ? ` (${r.problems.join('; ')})` : ''}`;
  // A dedicated column, else the tracking text, whose newest entry comes first and carries its time.
  const update = r.cell('lastUpdate') ?? r.cell('tracking');
  return r.finish({
    kind: 'logistics',
    id: orderId,
    orderId,
    status: 'open',
    lastUpdateAt: r.read('lastUpdateAt', update, (t) => readTime(t, r.now)),
    province: r.read('province', r.cell('address'), readProvince),
  });
}

const reading: TableReading = {
  name: 'sold-orders',
  idFields: ['orderId'],
  columns: (table) => {
    if (isWorkOrderTable(table)) return null;
    const columns = columnsOf(table, FIELDS);
    return columns.orderId && columns.orderStatus ? columns : null;
  },
  row: readRow,
  textOnly: true,
};

export const soldOrders: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'sold-orders' || kind === 'order-detail',
  read: (root, now, context) => readWith(root, now, context, reading),
};
