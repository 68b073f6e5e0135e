/**
 * Work orders (工单 / 平台任务): 催开发票 and 物流停滞 tasks. Their web address is not known, so they are
 * recognised by content on every seller page but 包裹中心: a table or card list that names a work order (工单 in a
 * header or a row) and whose rows carry one of those task types. id = work-order number, else order number.
 */
import { readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import { resolveColumns } from './fields/columns';
import { readPageDeadline, statusSays } from './fields/readers';
import type { PageRecord } from './records';
import { textOf } from './dom';
import { isFreeText, isProse } from './prose';
import type { Table, TableRow } from './table';
import { readLongId, readOrderId, readProvince, readTime } from './text';
import { hasAny } from './vocabulary';
import { words } from './knowledge';

type TaskKind = 'invoice' | 'logistics';

/** The task kind a text names, if any. */
export function taskKind(text: string): TaskKind | null {
  if (hasAny(text, words('invoiceTask'))) return 'invoice';
  if (hasAny(text, words('logisticsTask'))) return 'logistics';
  return null;
}

/** A work-order list: 工单 in a header or a row, and a task type stated in some row. Shared with other adapters. */
export function isWorkOrderTable(table: Table): boolean {
  const named =
    table.headers.some((h) => hasAny(h, words('workOrder')) || h === '任务编号') ||
    table.rows.some((r) => hasAny(r.text, words('workOrder')));
  if (!named) return false;
  const typeHeader = resolveColumns(table, ['taskType'], 0).header.taskType;
  return table.rows.some((r) => statedKind(r, typeHeader) !== null);
}

/**
 * The task a row states: its type column, else a short element of the row (a card's heading, a tag) that is
 * no prose, button or link and in none, nor in a free-text cell. A review that mentions 物流停滞 states nothing.
 */
export function statedKind(row: TableRow, typeHeader: string | undefined): TaskKind | null {
  if (typeHeader !== undefined) {
    const cell = row.cells.get(typeHeader) ?? '';
    return isProse(cell) ? null : taskKind(cell);
  }
  if (!taskKind(row.text)) return null; // most rows: no task word at all
  const free = [...row.cellElements].filter(([header]) => isFreeText(header)).map(([, el]) => el);
  // Bounded, elements and levels, so that a hostile deep tree costs no more than a real row.
  for (const el of Array.from(row.row.querySelectorAll('*')).slice(0, 400)) {
    const kind = (el.textContent ?? '').length <= 60 && !el.closest('a, button') ? taskKind(textOf(el)) : null;
    if (!kind) continue;
    let at: Element | null = el;
    for (let up = 0; at && at !== row.row && up < 12 && !free.includes(at) && !isProse(textOf(at)); up++) at = at.parentElement;
    if (at === row.row) return kind;
  }
  return null;
}

function readRow(r: RowReader): PageRecord | string | null {
  const kind = statedKind(r.row, r.columns.header.taskType);
  if (!kind) return null;
  const workOrderId = r.field('workOrderId', readLongId);
  const orderId = r.field('orderId', readOrderId);
  const id = workOrderId ?? orderId;
  if (id === undefined) return `${kind} work order without a work-order or order number`;
  const done = statusSays(r, kind === 'invoice' ? [...words('workOrderDone'), ...words('invoiceDone')] : words('workOrderDone'));
  const at = (t: string) => readTime(t, r.now);
  const requestedAt = kind === 'invoice' ? r.field('requestedAt', at) : undefined;
  const workOrderCreatedAt = r.field('workOrderCreatedAt', at);
  const lastUpdateAt = kind === 'logistics' ? r.field('lastUpdateAt', at) : undefined;
  const page = readPageDeadline(r);
  // The reply clock runs from the work order's creation; without it (or the page's countdown) no deadline.
  if (page.pageDeadline === undefined) r.need('workOrderCreatedAt', workOrderCreatedAt);
  return r.finish({
    kind,
    id,
    status: done ? 'done' : 'open',
    workOrderId,
    orderId,
    requestedAt,
    workOrderCreatedAt,
    lastUpdateAt,
    province: kind === 'logistics' ? r.field('province', readProvince) : undefined,
    ...page,
  });
}

const reading: TableReading = {
  name: 'work-orders',
  fields: [
    'workOrderId', 'orderId', 'taskType', 'requestedAt', 'workOrderCreatedAt', 'status', 'pageDeadline', 'province', 'lastUpdateAt',
  ],
  idFields: ['workOrderId', 'orderId'],
  accepts: (table) => isWorkOrderTable(table),
  row: readRow,
  textOnly: true,
};

export const workOrders: PageAdapter = {
  name: reading.name,
  // 包裹中心 lists parcels, whose 备注信息 may mention a 工单 in passing: its rows are read by package-center.ts alone.
  appliesTo: (kind) => kind !== 'package-center',
  read: (root, now, context) => readWith(root, now, context, reading),
};
