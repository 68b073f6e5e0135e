// The bench's seller page: a Qianniu work-order list (Fusion Next markup, as the demo and the fixtures render it)
// with `n` open 催开发票 / 物流停滞 work orders whose deadlines spread from overdue to days ahead.
import { fusionTable, shanghai, shell } from '../../../demo/sample-pages.mjs';

/** The list whose rows arrive after the page (badge pass), and the one served whole (page load, countdowns). */
export const WORK_ORDER_URL = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/list';
export const FULL_LIST_URL = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/all';
const H = 3_600_000;
const D = 24 * H;
const HEADERS = ['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '剩余时间', '工单状态', '收货地址'];
const PROVINCES = ['浙江省杭州市西湖区***', '江苏省南京市***', '新疆维吾尔自治区乌鲁木齐市***', '广东省深圳市***', '北京市朝阳区***', '西藏自治区拉萨市***'];

const tag = (text, color) =>
  `<span class="next-tag next-tag-normal next-tag-small tag--3nFfL" style="color:${color}"><span class="next-tag-body"><i class="qn_iconfont">&#xe6a1;</i>${text}</span></span>`;
const orderLink = (id) => `<a class="orderLink--2PqXz" href="//myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=${id}" target="_blank">${id}</a><i class="qn_iconfont copy--1b3Kp" title="复制">&#xe63c;</i>`;
const remaining = (ms) => (ms <= 0 ? '已超时' : `剩余${Math.floor(ms / H)}小时${Math.floor((ms % H) / 60_000)}分`);

/** Row i's cells: even rows invoice work orders, odd rows logistics stalls; every one open and badged. */
export function workOrderCells(i, now) {
  const seq = String(i).padStart(6, '0');
  const workOrderId = `8023100000000${seq}`;
  const orderId = `3289100000000${seq}`;
  if (i % 2 === 0) {
    // Requested 1–24 days ago, the work order 1–23 h ago: deadlines from overdue to ~9 days ahead.
    const requested = now - (1 + (i % 24)) * D - (i % 7) * H;
    const created = now - (1 + (i % 23)) * H;
    const countdown = i % 4 === 0 ? remaining(created + 24 * H - now) : '-';
    return [workOrderId, tag('催开发票', '#ff6a00'), orderLink(orderId), shanghai(requested), shanghai(created), countdown, '待处理', PROVINCES[i % PROVINCES.length]];
  }
  // Filed 0–29 h ago: 24 h to reply, so some are overdue.
  const created = now - (i % 30) * H - (i % 50) * 60_000;
  return [workOrderId, tag('物流停滞', '#1890ff'), orderLink(orderId), '-', shanghai(created), remaining(created + 24 * H - now), '待处理', PROVINCES[i % PROVINCES.length]];
}

/** The list with `n` rows from the start (a page load). */
export function workOrderPage(n, now) {
  return shell('平台工单', fusionTable(HEADERS, Array.from({ length: n }, (_, i) => workOrderCells(i, now))));
}

/** The list's header with an empty body: the rows arrive later, as the SPA fetches them. */
export function emptyWorkOrderPage() {
  return shell('平台工单', fusionTable(HEADERS, []));
}

/** `<tr>` markup of rows [from, from + count), as the page script inserts them. */
export function workOrderRowsHtml(from, count, now) {
  const table = fusionTable(HEADERS, Array.from({ length: count }, (_, k) => workOrderCells(from + k, now)));
  return /<tbody>([\s\S]*)<\/tbody>/.exec(table)[1];
}
