// A work-order list no shipped recipe reads: its headers are words no recipe lists or rule covers, and no cell
// names 工单. The teach tests (unit, e2e) and the teach screenshot (scripts/teach-screenshot.mjs) teach it.
export const UNKNOWN_URL = 'https://myseller.taobao.com/home.htm/aftersale/platform-tasks';
/** The same page on another route: a recipe taught on UNKNOWN_URL is not in force there. */
export const OTHER_ROUTE_URL = 'https://myseller.taobao.com/home.htm/aftersale/other-tasks';
export const UNKNOWN_NOW = Date.parse('2026-12-01T12:00:00+08:00');

export const UNKNOWN_HEADERS = ['单据号', '事项', '关联订单', '受理时间', '时限', '进度'];
export const UNKNOWN_ROWS = [
  ['7700100000000000001', '催开发票', '3300100000000000001', '2026-11-30 10:00:00', '1天2小时', '处理中'],
  ['7700100000000000002', '物流停滞', '3300100000000000002', '2026-11-30 18:30:00', '20小时', '处理中'],
  ['7700100000000000003', '催开发票', '3300100000000000003', '2026-11-29 09:00:00', '-', '已完结'],
];

/** How the seller teaches it: which header is which field. */
export const UNKNOWN_MAPPING = {
  workOrderId: '单据号',
  taskType: '事项',
  orderId: '关联订单',
  workOrderCreatedAt: '受理时间',
  pageDeadline: '时限',
  status: '进度',
};

const cells = (tag, texts) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
export const UNKNOWN_HTML =
  `<div class="task-list"><h2>平台任务</h2><table><thead><tr>${cells('th', UNKNOWN_HEADERS)}</tr></thead><tbody>` +
  UNKNOWN_ROWS.map((r) => `<tr>${cells('td', r)}</tr>`).join('') +
  `</tbody></table></div>`;
