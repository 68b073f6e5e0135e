/**
 * Which pages (route, and tab where the page has tabs) are to-do lists: a row leaves them when its work is done,
 * it does not turn into a done row, so absence from a complete reading is evidence (issue 27). Page knowledge as
 * data beside the recipes; the shipped recipes are per record kind, so this is a property of the page, not of a
 * recipe. A list is a record list unless evidence says otherwise. A taught recipe says it for its own route
 * (Recipe.todoList). Each entry names its evidence; a tab is named as the page shows it (Fusion's
 * `[role=tab][aria-selected=true]`, its count beside it).
 */
import { appliesAt } from './compile';
import type { Recipe, RecipeWhere } from './format';

export interface TodoList {
  /** One id per list, however many addresses show it: an item's membership is kept by id. */
  id: string;
  /** How the evidence names it: 已不在{name}. */
  name: string;
}

export interface TodoListPage extends TodoList {
  where: RecipeWhere;
  /** A selected tab's text that makes the page this list; none: the route alone does. */
  tab?: string;
  /** What a row yields (package-center.ts decides by the row's 异常类型, not by the tab). */
  yields: 'invoice' | 'logistics-stalled' | 'nothing';
  /** Where and when it was seen, and what shows it is a to-do list (test/pages/SOURCES.md). */
  seen: string;
}

const QIANNIU_2026 = '2026-12, public Qianniu automation scripts (test/pages/SOURCES.md)';
const PENDING = { id: 'invoice-pending', name: '待回传列表', yields: 'invoice' } as const;
const MONITOR = { route: '/home.htm/package-center/packageMonitor' };
/** rpa-conn-qianniu-all's 店铺-工作台-首页待办总览: the workbench's 待办 module 物流监控 counts these lists. */
const COUNTED = '2026-12, counted as 待办 by the workbench home (物流监控, rpa-conn-qianniu-all 店铺-工作台-首页待办总览)';
/** The stage tabs: complete only within the 发货时间 range shown (≤ 30 days back): an older row leaves unhandled. */
const STAGE = `${COUNTED}: updateException 运输异常包裹, deliveryException 派送异常包裹; rows carry 异常处理情况 (rpa-conn-qianniu-all 物流-包裹中心-阶段更新异常)`;

export const SHIPPED_TODO_LISTS: readonly TodoListPage[] = [
  // The compensate route, and the 待回传 tab of invoice management: uploading the invoice takes the row away.
  { ...PENDING, where: { route: '/home.htm/merchant-invoice/invoice/compensate' }, seen: QIANNIU_2026 },
  { ...PENDING, where: { route: '/home.htm/merchant-invoice' }, tab: '待回传', seen: QIANNIU_2026 },
  // 包裹中心's 阶段更新异常: each stage is a list of its own (a complete reading of one says nothing of another).
  { id: 'package-pickup-update', name: '包裹中心揽收更新异常列表', where: MONITOR, tab: '揽收更新异常', yields: 'logistics-stalled', seen: STAGE },
  { id: 'package-transport-update', name: '包裹中心运输更新异常列表', where: MONITOR, tab: '运输更新异常', yields: 'logistics-stalled', seen: STAGE },
  { id: 'package-delivery-update', name: '包裹中心派送更新异常列表', where: MONITOR, tab: '派送更新异常', yields: 'logistics-stalled', seen: STAGE },
  {
    id: 'package-pickup-exception', name: '包裹中心揽收异常列表', where: MONITOR, tab: '揽收异常', yields: 'nothing',
    seen: `${COUNTED}: payGotException 揽收异常包裹 (支付-揽收(48h), rpa-conn-qianniu-all 物流-包裹中心-揽收异常)`,
  },
  {
    id: 'package-shipping-warning', name: '包裹中心发货预警列表', where: MONITOR, tab: '发货预警', yields: 'nothing',
    seen: `${COUNTED}: timeOutDelivery 发货超时包裹, willTimeOutDelivery 发货即将超时 (支付-发货, rpa-conn-qianniu-all 物流-包裹中心-发货预警)`,
  },
];

/** A selected tab as the page shows it (`运输更新异常 3`) is `tab`: its label, perhaps with its count after it. */
const showsTab = (shown: string, tab: string) => shown === tab || (shown.startsWith(tab) && /^[\s\d(（]/.test(shown.slice(tab.length)));

/** The shipped entry of a page at `href` with these selected tabs, if one names it. */
export function shippedListAt(href: string, tabs: readonly string[]): TodoListPage | undefined {
  return SHIPPED_TODO_LISTS.find((p) => appliesAt(p.where, href) && (p.tab === undefined || tabs.some((t) => showsTab(t, p.tab!))));
}

/** The to-do list a page at `href` with these selected tabs shows, if any: shipped first, then taught recipes. */
export function todoListAt(href: string, tabs: readonly string[], taught: readonly Recipe[] = []): TodoList | null {
  const page = shippedListAt(href, tabs);
  if (page) return { id: page.id, name: page.name };
  const recipe = taught.find((r) => r.todoList !== undefined && r.where.route !== undefined && appliesAt(r.where, href));
  return recipe ? { id: `taught:${recipe.where.host ?? ''}${recipe.where.route}`, name: recipe.todoList! } : null;
}
