/**
 * Work orders (工单 / 平台任务): 催开发票 and 物流停滞 tasks. Their web address is not known, so they are
 * recognised by content on every seller page: a table or card list that names a work order (工单 in a
 * header or a row) and whose rows carry one of those task types. id = work-order number, else order number.
 */
import { columnsOf, readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import type { PageRecord } from './records';
import type { Table } from './table';
import { readDeadline, readLongId, readOrderId, readProvince, readTime } from './text';
import { hasAny, WORDS } from './vocabulary';

const FIELDS = [
  'workOrderId', 'orderId', 'taskType', 'requestedAt', 'workOrderCreatedAt', 'workOrderStatus', 'countdown',
  'address', 'lastUpdate', 'tracking',
] as const;

/** The task kind a text names, if any. */
export function taskKind(text: string): 'invoice' | 'logistics' | null {
  if (hasAny(text, WORDS.invoiceTask)) return 'invoice';
  if (hasAny(text, WORDS.logisticsTask)) return 'logistics';
  return null;
}

/** A work-order list: 工单 in a header or a row, and a task type in some row. Shared with other adapters. */
export function isWorkOrderTable(table: Table): boolean {
  const named =
    table.headers.some((h) => hasAny(h, WORDS.workOrder) || h === '任务编号') ||
    table.rows.some((r) => hasAny(r.text, WORDS.workOrder));
  if (!named) return false;
  const columns = columnsOf(table, ['taskType']);
  return table.rows.some((r) => taskKind((columns.taskType && r.cells.get(columns.taskType)) ?? r.text) !== null);
}

function readRow(r: RowReader): PageRecord | string | null {
  // With a type column, only that column says the type: another column may mention 物流停滞 in passing.
  const kind = taskKind(r.has('taskType') ? (r.cell('taskType') ?? '') : r.row.text);
  if (!kind) return null;
  const workOrderId = r.read('workOrderId', r.cell('workOrderId'), readLongId);
  const orderId = r.read('orderId', r.cell('orderId'), readOrderId);
  const id = workOrderId ?? orderId;
  if (id === undefined) return `${kind} work order without a work-order or order number`;
  const statusText = r.cell('workOrderStatus') ?? r.row.text;
  const done = hasAny(statusText, WORDS.workOrderDone) || (kind === 'invoice' && hasAny(statusText, WORDS.invoiceDone));
  const tracking = r.cell('lastUpdate') ?? r.cell('tracking');
  return r.finish({
    kind,
    id,
    status: done ? 'done' : 'open',
    workOrderId,
    orderId,
    requestedAt: kind === 'invoice' ? r.read('requestedAt', r.cell('requestedAt'), (t) => readTime(t, r.now)) : undefined,
    workOrderCreatedAt: r.read('workOrderCreatedAt', r.cell('workOrderCreatedAt'), (t) => readTime(t, r.now)),
    lastUpdateAt: kind === 'logistics' ? r.read('lastUpdateAt', tracking, (t) => readTime(t, r.now)) : undefined,
    province: kind === 'logistics' ? r.read('province', r.cell('address'), readProvince) : undefined,
    pageDeadline: r.read('pageDeadline', r.cell('countdown'), (t) => readDeadline(t, r.now)),
  });
}

const reading: TableReading = {
  name: 'work-orders',
  idFields: ['workOrderId', 'orderId'],
  columns: (table) => (isWorkOrderTable(table) ? columnsOf(table, FIELDS) : null),
  row: readRow,
  textOnly: true,
};

export const workOrders: PageAdapter = {
  name: reading.name,
  appliesTo: () => true,
  read: (root, now, context) => readWith(root, now, context, reading),
};
