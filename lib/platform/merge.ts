/**
 * Data and DOM as two witnesses (DESIGN "The platform's own data"): records read from the page's rows are
 * matched with the page's own data by order number. A field the data adds is sourced 页面数据; a field both
 * give that disagrees is a problem on the badge, never a silent pick (the row's value stays). An invoice the
 * data lists whose row the DOM reader could not read (unknown headers) gets its record from the data alone,
 * badged in the row that shows its order number.
 */
import type { PageKind } from '../pages/detect';
import type { FieldSource, PageRecord, Problem, RowRecord } from '../pages/records';
import { readTime } from '../pages/text';
import { DAY_MS, MINUTE_MS, shanghaiIso } from '../rules/wall-clock';
import type { InvoiceDataRow, RawTime } from './invoice-list';
import type { PageData, TimeUnit } from './page-data';

const DATA = (name: string): FieldSource => ({ via: 'data', name });
const YEAR = 365 * DAY_MS;

export interface MergeWords {
  /** `$1 (页面) ≠ $2 (页面数据)` */
  disagree(page: string, data: string): string;
  /** Why an apply time given as a number was not used: its unit is not known yet. */
  unitUnknown(): string;
}


/** An apply time in a unit, or undefined when it does not read as one (or lands far from now). */
export function instantOf(raw: RawTime, unit: TimeUnit, now: number): number | undefined {
  let at: number | undefined;
  if (unit === 'text') {
    if (typeof raw !== 'string') return undefined;
    const read = readTime(raw, now);
    at = read.ok ? read.value : undefined;
  } else {
    const n = typeof raw === 'number' ? raw : /^\d{9,14}$/.test(raw) ? Number(raw) : NaN;
    at = Number.isFinite(n) ? (unit === 's' ? n * 1000 : n) : undefined;
  }
  // A time years away is no apply time of a list the seller is working on.
  return at !== undefined && Math.abs(at - now) < 5 * YEAR ? at : undefined;
}

/** Whether a page time (minute precision, or a date alone shown as its midnight) shows the instant `at`. */
export function samePageTime(page: number, at: number): boolean {
  const dateOnly = shanghaiIso(page).endsWith('T00:00:00.000Z');
  return dateOnly ? at >= page && at < page + DAY_MS : Math.abs(at - page) < MINUTE_MS;
}

/**
 * The unit of the data's apply times, decided from evidence: the one under which every row the page also
 * shows with a date agrees with that date, and no other does. Null without such rows, or when they do not decide.
 */
export function applyTimeUnit(pairs: readonly { raw: RawTime; page: number }[], now: number): TimeUnit | null {
  if (pairs.length === 0) return null;
  const fits = (['ms', 's', 'text'] as const).filter((unit) =>
    pairs.every(({ raw, page }) => {
      const at = instantOf(raw, unit, now);
      return at !== undefined && samePageTime(page, at);
    }),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** The innermost row-like element whose text holds the order number, the badge's place. */
function rowShowing(id: string, rows: Element[]): Element | undefined {
  let best: Element | undefined;
  for (const el of rows) if (el.textContent!.includes(id) && (!best || best.contains(el))) best = el;
  return best;
}

function withProblem(r: PageRecord, p: Problem): PageRecord {
  const problems = (r.problems ?? []).filter((q) => !(q.field === p.field && q.reason === 'not-shown'));
  return { ...r, problems: [...problems, p] };
}

function withoutProblemsOf(r: PageRecord, field: string): PageRecord {
  const { problems: all, ...rest } = r;
  const problems = (all ?? []).filter((q) => q.field !== field);
  return problems.length > 0 ? { ...rest, problems } : rest;
}

function mergeInvoices(rows: RowRecord[], data: PageData, root: ParentNode, now: number, words: MergeWords): RowRecord[] {
  const fromData = data.invoiceRows();
  if (fromData.size === 0) return rows;
  const byId = new Map(rows.filter((r) => r.record.kind === 'invoice').map((r) => [r.record.id, r] as const));
  // Evidence for the apply time's unit: rows both witnesses show with a date.
  const pairs = [...fromData.values()].flatMap((d) => {
    const page = byId.get(d.tid)?.record.requestedAt;
    return d.applyTime !== undefined && page !== undefined ? [{ raw: d.applyTime, page }] : [];
  });
  data.unit = applyTimeUnit(pairs, now) ?? data.unit;
  // Text (`2026-12-01 10:00:00`) says its own unit; a number waits for evidence.
  const isText = (d: InvoiceDataRow) => typeof d.applyTime === 'string' && !/^\d+$/.test(d.applyTime);
  const unitKnown = (d: InvoiceDataRow) => d.applyTime === undefined || isText(d) || data.unit !== null;
  const timeOf = (d: InvoiceDataRow) => (d.applyTime === undefined || !unitKnown(d) ? undefined : instantOf(d.applyTime, isText(d) ? 'text' : data.unit!, now));
  const out = rows.slice();
  const index = new Map(out.map((r, i) => [r, i]));
  let candidates: Element[] | null = null;
  for (const d of fromData.values()) {
    const known = byId.get(d.tid);
    const at = timeOf(d);
    if (known) {
      let r: PageRecord = { ...known.record, serialNo: d.serialNo, sources: { ...known.record.sources, serialNo: DATA('serialNo') } };
      if (at !== undefined && r.requestedAt === undefined) {
        r = withoutProblemsOf({ ...r, requestedAt: at, sources: { ...r.sources, requestedAt: DATA('applyTime') } }, 'requestedAt');
      } else if (at !== undefined && r.requestedAt !== undefined && !samePageTime(r.requestedAt, at)) {
        r = withProblem(r, { field: 'requestedAt', reason: 'disagree', detail: words.disagree(isoMinute(r.requestedAt), isoMinute(at)) });
      }
      out[index.get(known)!] = { record: r, row: known.row };
      continue;
    }
    candidates ??= [...root.querySelectorAll('tr, [role="row"]')];
    const row = rowShowing(d.tid, candidates);
    if (!row) continue; // listed by the data, not shown on the page: no place for a badge
    const sources: PageRecord['sources'] = { orderId: DATA('tid'), serialNo: DATA('serialNo') };
    let record: PageRecord = { kind: 'invoice', id: d.tid, orderId: d.tid, serialNo: d.serialNo, status: 'open', sources };
    if (at !== undefined) record = { ...record, requestedAt: at, sources: { ...sources, requestedAt: DATA('applyTime') } };
    else if (d.applyTime !== undefined && !unitKnown(d)) record = withProblem(record, { field: 'requestedAt', reason: 'unreadable', detail: words.unitUnknown() });
    else record = withProblem(record, { field: 'requestedAt', reason: 'not-shown' });
    out.push({ record, row });
  }
  return out;
}

/** The sold list: an order the page shows in transit whose data status says otherwise is a disagreement. */
function mergeSold(rows: RowRecord[], data: PageData, words: MergeWords): RowRecord[] {
  const orders = data.soldOrders();
  if (orders.size === 0) return rows;
  return rows.map((r) => {
    const o = r.record.kind === 'logistics' ? orders.get(r.record.id) : undefined;
    if (!o?.status || o.status.includes('已发货')) return r;
    return { row: r.row, record: withProblem(r.record, { field: 'status', reason: 'disagree', detail: words.disagree('卖家已发货', o.status) }) };
  });
}

/** `2026-12-05 10:00`, Shanghai time. */
const isoMinute = (ms: number) => shanghaiIso(ms).slice(0, 16).replace('T', ' ');

/** The page's records with what its own data says (nothing changes where there is no data for this page kind). */
export function withPageData(rows: RowRecord[], data: PageData, root: ParentNode, kind: PageKind | null, now: number, words: MergeWords): RowRecord[] {
  if (kind === 'invoice-requests') return mergeInvoices(rows, data, root, now, words);
  if (kind === 'sold-orders') return mergeSold(rows, data, words);
  return rows;
}
