/**
 * 发票管理's own list request: `einvoice.taobao.com/api/qianniu/invoice/list/apply` (and `…/apply/agreed`).
 * Sources (test/pages/SOURCES.md "Page data"): sycamorestr/qianniu-invoice-issuance references/page-integration.md
 * and scripts/read_qianniu.js. `{code, total, data:[{serialNo, tid, amount, applyStatus, applyTime, tradeLink,
 * remainTime}]}`; `{code:200,total:0}` without data is an empty list; `code:1004` an account without permission.
 * Read here: code, total, data[].serialNo, tid, applyStatus, applyTime (else applyGmtCreate, else startTime).
 * remainTime is not read: it is 0 on rows whose countdown has started, so it says nothing alone.
 */
import { isObject, parseJson } from './json';

export const INVOICE_LIST = {
  name: 'invoice-list',
  pattern: /^https:\/\/einvoice\.taobao\.com\/api\/qianniu\/invoice\/list\/apply(\/agreed)?([?#]|$)/,
} as const;

/** An apply time as the answer gives it: its unit (or format) is not documented, so it is kept raw here. */
export type RawTime = number | string;

export interface InvoiceDataRow {
  serialNo: string;
  /** The order number, as a string (19-digit numbers lose precision as JSON numbers: those are refused). */
  tid: string;
  applyStatus?: number;
  applyTime?: RawTime;
}

export type InvoiceListRead =
  | { state: 'rows'; rows: InvoiceDataRow[]; refusedRows: number }
  | { state: 'empty' }
  | { state: 'no-permission' }
  | { state: 'failed'; why: string };

const MAX_ROWS = 500;
const ID = /^\d{6,30}$/;

function rawTime(v: unknown): RawTime | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  if (typeof v === 'string' && v.length <= 40 && v.trim() !== '') return v.trim();
  return undefined;
}

/** An id given as a string, or as a number small enough to be exact. */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'string' && ID.test(v)) return v;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return undefined;
}

function row(v: unknown): InvoiceDataRow | null {
  if (!isObject(v)) return null;
  const tid = idOf(v.tid);
  const serialNo = idOf(v.serialNo) ?? (typeof v.serialNo === 'string' && v.serialNo.length <= 64 ? v.serialNo : undefined);
  if (!tid || !serialNo) return null;
  const out: InvoiceDataRow = { serialNo, tid };
  if (typeof v.applyStatus === 'number' && Number.isInteger(v.applyStatus)) out.applyStatus = v.applyStatus;
  const time = rawTime(v.applyTime) ?? rawTime(v.applyGmtCreate) ?? rawTime(v.startTime);
  if (time !== undefined) out.applyTime = time;
  return out;
}

/** What one answer says. A row that does not check is left out alone and counted. */
export function readInvoiceList(status: number, body: string): InvoiceListRead {
  if (status !== 200) return { state: 'failed', why: `HTTP ${status}` };
  const json = parseJson(body);
  if (!isObject(json)) return { state: 'failed', why: 'not JSON' };
  if (json.code === 1004) return { state: 'no-permission' };
  if (json.code !== 200) return { state: 'failed', why: `code ${String(json.code).slice(0, 9)}` };
  if (json.total === 0 && json.data == null) return { state: 'empty' };
  if (!Array.isArray(json.data)) return { state: 'failed', why: 'no data' };
  const rows: InvoiceDataRow[] = [];
  let refusedRows = 0;
  for (const v of json.data.slice(0, MAX_ROWS)) {
    const r = row(v);
    if (r) rows.push(r);
    else refusedRows++;
  }
  refusedRows += Math.max(0, json.data.length - MAX_ROWS);
  return json.data.length === 0 ? { state: 'empty' } : { state: 'rows', rows, refusedRows };
}
