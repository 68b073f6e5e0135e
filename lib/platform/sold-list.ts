/**
 * The sold list's own request: `trade.taobao.com/trade/itemlist/asyncSold.htm` (POST; the tap decodes it by the
 * charset its answer names, GBK included). Sources (test/pages/SOURCES.md "Page data"): sycamorestr/qianniu-invoice-issuance
 * references/page-integration.md (mainOrders[].id, subOrders[], page.totalNumber). Read here: mainOrders[].id and
 * mainOrders[].statusInfo.text (the status text as the list shows it: no public source, see docs/PAGES.md).
 */
import { isObject, parseJson } from './json';

export const SOLD_LIST = {
  name: 'sold-list',
  pattern: /^https:\/\/trade\.taobao\.com\/trade\/itemlist\/asyncSold\.htm([?#]|$)/,
} as const;

export interface SoldDataOrder {
  id: string;
  /** The order's status as the answer words it (卖家已发货, 交易成功…). */
  status?: string;
}

export type SoldListRead = { state: 'orders'; orders: SoldDataOrder[] } | { state: 'failed'; why: string };

export function readSoldList(status: number, body: string): SoldListRead {
  if (status !== 200) return { state: 'failed', why: `HTTP ${status}` };
  const json = parseJson(body);
  if (!isObject(json)) return { state: 'failed', why: 'not JSON' };
  if (!Array.isArray(json.mainOrders)) return { state: 'failed', why: 'no mainOrders' };
  const orders: SoldDataOrder[] = [];
  for (const o of json.mainOrders.slice(0, 500)) {
    if (!isObject(o) || typeof o.id !== 'string' || !/^\d{6,30}$/.test(o.id)) continue;
    const text = isObject(o.statusInfo) ? o.statusInfo.text : undefined;
    orders.push(typeof text === 'string' && text.length <= 40 ? { id: o.id, status: text.trim() } : { id: o.id });
  }
  return { state: 'orders', orders };
}
