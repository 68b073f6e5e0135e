/**
 * 包裹中心 (`package-center/packageMonitor`): the platform's own lists of late parcels. A row whose 异常类型 says
 * the platform judged the parcel stalled after shipping (the 阶段更新异常 tabs: 揽收后停滞, 运输停滞, 派送停滞) is a
 * logistics record marked listedStalled, id = 主订单号 (the sold list's order number, so both are one item), with
 * 预计赔付金额 where shown. Rows of 揽收异常 and 发货预警 (paid, not yet in transit) yield nothing: no stall rule
 * applies before a parcel moves (docs/PAGES.md). Masked buyer names and phones are read by no field.
 */
import { readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import type { PageRecord } from './records';
import { fail, normalizeText, ok, readOrderId, readProvince, type Read } from './text';
import { hasAny } from './vocabulary';
import { words } from './knowledge';

type Listing = 'stalled' | 'not-shipped';

/** What a row's 异常类型 says; a type no list knows is a problem (the row is still badged, never silently dropped). */
export function readListing(text: string): Read<Listing> {
  const norm = normalizeText(text);
  if (hasAny(norm, words('stalledListing'))) return ok('stalled');
  if (hasAny(norm, words('notShippedListing'))) return ok('not-shipped');
  return fail('unknown exception type', text);
}

/** Yuan: `100.00`, `¥100`, `100.0元`; one number only. */
export function readAmount(text: string): Read<number> {
  const numbers = normalizeText(text).replace(/,/g, '').match(/\d+(?:\.\d+)?/g) ?? [];
  return numbers.length === 1 ? ok(Number(numbers[0])) : fail('no amount in', text);
}

/** The address is masked and may sit beside a masked name or phone: a miss quotes none of it. */
function quietProvince(text: string): Read<string> {
  const read = readProvince(text);
  return read.ok ? read : { ok: false, problem: 'no province in the address' };
}

function readRow(r: RowReader): PageRecord | string | null {
  const listing = r.field('listedStalled', readListing);
  if (listing === 'not-shipped') return null;
  r.need('listedStalled', listing);
  const orderId = r.field('orderId', readOrderId);
  if (orderId === undefined) return 'package-center row without an order number';
  return r.finish({
    kind: 'logistics',
    id: orderId,
    orderId,
    status: 'open',
    listedStalled: listing === 'stalled' ? true : undefined,
    expectedCompensation: r.field('expectedCompensation', readAmount),
    province: r.field('province', quietProvince),
  });
}

const reading: TableReading = {
  name: 'package-center',
  fields: ['orderId', 'listedStalled', 'expectedCompensation', 'province'],
  idFields: ['orderId'],
  accepts: (_table, { header }) => header.orderId !== undefined && header.listedStalled !== undefined,
  row: readRow,
  textOnly: true,
};

export const packageCenter: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'package-center' || kind === 'seller-other',
  read: (root, now, context) => readWith(root, now, context, reading),
};
