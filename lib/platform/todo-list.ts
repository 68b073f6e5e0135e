/**
 * The workbench home's to-do counts: `mtop.tmall.tmallwork.todoList` (by fetch/XHR or JSONP, which is not public).
 * Sources (test/pages/SOURCES.md "Page data"): the connector docs of PyPI `rpa-conn-qianniu-all` (店铺-工作台-首页待办总览)
 * and a public Python reader of the same call. `{ret:['SUCCESS::…'], data:{result:[{todoId, todoCount,
 * todoListDetail:[{uiCode, count}]}]}}`. Read here: ret, data.result[].todoListDetail[].uiCode and count.
 * Counts carry no buyer data: they are kept (schema v8, lib/store/platform.ts).
 */
import { isObject, parseJson } from './json';

export const TODO_LIST = {
  name: 'todo-list',
  pattern: /^https:\/\/[\w-]+\.m\.(taobao|tmall)\.com\/h5\/mtop\.tmall\.tmallwork\.todolist\//i,
} as const;

/** The uiCodes kept: the platform's counts of what this extension watches. */
export const COUNTED = ['invoiceApply', 'updateException', 'payGotException', 'deliveryException', 'pendingOrder'] as const;
export type CountCode = (typeof COUNTED)[number];
export type PlatformCounts = Partial<Record<CountCode, number>>;

export type TodoListRead = { state: 'counts'; counts: PlatformCounts } | { state: 'failed'; why: string };

export function readTodoList(status: number, body: string): TodoListRead {
  if (status !== 200) return { state: 'failed', why: `HTTP ${status}` };
  const json = parseJson(body);
  if (!isObject(json)) return { state: 'failed', why: 'not JSON' };
  const ret = Array.isArray(json.ret) ? json.ret : [];
  if (!ret.some((r) => typeof r === 'string' && r.startsWith('SUCCESS'))) return { state: 'failed', why: `ret ${String(ret[0] ?? '').slice(0, 40)}` };
  const result = isObject(json.data) ? json.data.result : undefined;
  if (!Array.isArray(result)) return { state: 'failed', why: 'no data.result' };
  const counts: PlatformCounts = {};
  for (const group of result.slice(0, 50)) {
    const details = isObject(group) && Array.isArray(group.todoListDetail) ? group.todoListDetail : [];
    for (const d of details.slice(0, 100)) {
      if (!isObject(d) || !COUNTED.includes(d.uiCode as CountCode)) continue;
      const count = typeof d.count === 'string' && /^\d{1,9}$/.test(d.count) ? Number(d.count) : d.count;
      if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && count < 1e9) counts[d.uiCode as CountCode] = count;
    }
  }
  return Object.keys(counts).length > 0 ? { state: 'counts', counts } : { state: 'failed', why: 'no counts we watch' };
}
