/**
 * Page and tab knowledge beside the recipes (which are per record kind): which lists are to-do lists, whose rows
 * leave when the platform no longer asks the seller anything of them, so that absence from a complete reading is
 * evidence (issue 27). A list not named here is a record list: absence from it says nothing. Each entry names its
 * evidence; a tab is named as the page shows it (Fusion's `[role=tab][aria-selected=true]` in the fixtures).
 */
export interface ListEntry {
  /** `shipped:<page>:<tab>`: unique. */
  id: string;
  /** Route prefix, path and hash path after the host (RecipeWhere.route). */
  route: string;
  /** The tab whose rows these are; `subTabs`: the tabs under it that share its rows' form. */
  tab: string;
  subTabs?: readonly string[];
  /** What a row yields (package-center.ts decides by the row's 异常类型, not by the tab). */
  yields: 'logistics-stalled' | 'nothing';
  todoList: true;
  /** The public sources and what they show (test/pages/SOURCES.md). */
  evidence: string;
}

const MONITOR = '/home.htm/package-center/packageMonitor';
/** rpa-conn-qianniu-all's 店铺-工作台-首页待办总览: the workbench's 待办 module 物流监控 counts these lists. */
const COUNTED = 'counted as 待办 by the workbench home (物流监控, rpa-conn-qianniu-all 店铺-工作台-首页待办总览)';

export const SHIPPED_LISTS: readonly ListEntry[] = [
  {
    id: 'shipped:package-center:stage-update',
    route: MONITOR,
    tab: '阶段更新异常',
    subTabs: ['揽收更新异常', '运输更新异常', '派送更新异常'],
    yields: 'logistics-stalled',
    todoList: true,
    evidence:
      `${COUNTED}: updateException 运输异常包裹, deliveryException 派送异常包裹; rows carry 异常处理情况. ` +
      'Complete only within the 发货时间 range shown (≤ 30 days back, rpa-conn-qianniu-all 物流-包裹中心-阶段更新异常): an older row leaves unhandled.',
  },
  {
    id: 'shipped:package-center:pickup-exception',
    route: MONITOR,
    tab: '揽收异常',
    yields: 'nothing',
    todoList: true,
    evidence: `${COUNTED}: payGotException 揽收异常包裹 (支付-揽收(48h), rpa-conn-qianniu-all 物流-包裹中心-揽收异常).`,
  },
  {
    id: 'shipped:package-center:shipping-warning',
    route: MONITOR,
    tab: '发货预警',
    yields: 'nothing',
    todoList: true,
    evidence: `${COUNTED}: timeOutDelivery 发货超时包裹, willTimeOutDelivery 发货即将超时 (支付-发货, rpa-conn-qianniu-all 物流-包裹中心-发货预警).`,
  },
];

/** The list entry of a route and the tabs the page shows selected (outermost first), if one names them. */
export function listAt(route: string, selectedTabs: readonly string[]): ListEntry | undefined {
  return SHIPPED_LISTS.find((l) => route.startsWith(l.route) && selectedTabs.includes(l.tab));
}
