// Sample seller pages for the demo and the docs screenshots, with deadlines relative to `now`, in the
// markup the real back office renders (Alibaba Fusion Next tables, hashed class names included).
const H = 3_600_000;
const D = 24 * H;

/** `2026-11-27 14:05:00`, Asia/Shanghai wall time. */
export function shanghai(ms) {
  return new Date(ms + 8 * H).toISOString().slice(0, 19).replace('T', ' ');
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Fusion Next table (header and body in separate `<table>`s, as Qianniu renders them); cells are markup. */
export function fusionTable(headers, rows) {
  const th = headers.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${esc(h)}</div></th>`).join('');
  const tr = rows
    .map((cells) => `<tr class="next-table-row">${cells.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="next-table only-bottom-border"><div class="next-table-inner">
<div class="next-table-header"><table><thead><tr>${th}</tr></thead></table></div>
<div class="next-table-body"><table><tbody>${tr}</tbody></table></div></div></div>`;
}

/** A Qianniu-like page around `body` (side navigation, card), with the page's own styles. */
export function shell(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} - 千牛卖家中心</title>
<style>body{font:13px/1.6 "Noto Sans CJK SC",sans-serif;margin:0;background:#f4f5f7;color:#333}
.layout--hT3cQ{display:flex}.side--aZ9x{width:160px;background:#1c2438;color:#cfd3dc;min-height:100vh;padding:12px}
.main--Qd1{flex:1;padding:16px}.card--k2{background:#fff;border-radius:6px;padding:12px 16px}
h2{font-size:16px;margin:0 0 12px}table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-bottom:1px solid #eee;padding:8px;text-align:left;vertical-align:top;font-weight:normal}
th{background:#fafafa;color:#666}td:first-child,th:first-child{width:34%}td{word-break:break-all}button{border:1px solid #ccc;background:#fff;border-radius:3px;padding:2px 8px}</style></head>
<body><div id="root"><div class="layout--hT3cQ"><div class="side--aZ9x">千牛卖家中心<br>交易<br>售后<br>客服</div>
<div class="main--Qd1"><div class="card--k2"><h2>${esc(title)}</h2>${body}</div></div></div></div></body></html>`;
}

export function samplePages(now) {
  const t = (offset) => shanghai(now + offset);
  const day = (offset) => t(offset).slice(0, 10);
  const tagged = (text) => `<span class="next-tag next-tag-small"><span class="next-tag-body">${text}</span></span>`;
  const asked = (question, who, at) => `<div class="question">${question}</div><div>提问人:${who}</div><div>提问时间:${at}</div>`;
  return [
    {
      name: 'work-orders',
      url: 'https://myseller.taobao.com/home.htm/service-center/work-order/list',
      title: '平台工单',
      html: shell('平台工单', fusionTable(
        ['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'],
        [
          ['8023100000000000101', '催开发票', '3289100000000000101', t(-21 * D), t(-2 * H), '待处理', '浙江省杭州市西湖区***'],
          ['8023100000000000102', '催开发票', '3289100000000000102', t(-12 * D - 5 * H), t(-1 * D), '待处理', '江苏省南京市***'],
          ['8023100000000000103', '物流停滞', '3289100000000000103', '-', t(-21 * H), '待处理', '新疆维吾尔自治区乌鲁木齐市***'],
          ['8023100000000000104', '物流停滞', '3289100000000000104', '-', t(-25 * H - 20 * 60_000), '待处理', '广东省深圳市***'],
          ['8023100000000000105', '催开发票', '3289100000000000105', t(-15 * D), t(-3 * D), '已完结', '北京市朝阳区***'],
        ],
      )),
    },
    {
      name: 'invoice-requests',
      url: 'https://myseller.taobao.com/home.htm/merchant-invoice/',
      title: '发票管理 · 开票申请',
      html: shell('发票管理 · 开票申请', fusionTable(
        ['订单号', '申请开票时间', '开票状态', '开票时效'],
        [
          ['3289100000000000201', t(-9 * D - 20 * H), '待开票', '剩余1天3小时'],
          ['3289100000000000202', t(-3 * D), '待开票', '7天18小时'],
          ['3289100000000000203', t(-19 * D), '待开票', '剩余20小时'],
          ['3289100000000000204', t(-6 * D), '已开票', '-'],
        ],
      )),
    },
    {
      // The 待回传 list as public scripts show it: apply date only, the page's countdown (赔付倒计时) with its 免自动赔 tag.
      name: 'invoice-pending',
      url: 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate',
      title: '发票管理 · 待回传',
      html: shell('发票管理 · 待回传', `<div class="notice--p3Q">开票倒计时结束前请上传发票,超时将按规则自动赔付消费者</div>${fusionTable(
        ['订单号', '申请时间', '赔付倒计时', '发票抬头', '发票类型', '金额', '操作'],
        [
          ['3289100000000000601', day(-8 * D), '1天18小时', '个人', '普通发票', '89.90', '详情 已准 录入发票'],
          ['3289100000000000602', day(-3 * D), `6天2小时 ${tagged('免自动赔')}`, '杭州某某科技有限公司', '增值税专用发票', '1,280.00', '详情 同意'],
          ['3289100000000000603', day(-12 * D), '已超时', '个人', '普通发票', '45.00', '详情 已准 录入发票'],
        ],
      )}`),
    },
    {
      // The sold list shows no tracking time: its in-transit orders' badges say so and how to get it.
      name: 'sold-orders',
      url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
      title: '已卖出的宝贝',
      html: shell('已卖出的宝贝', fusionTable(
        ['订单号', '宝贝', '履约/售后', '交易状态', '实收款'],
        [
          ['3289100000000000301', '加厚羽绒服 黑色 L', '发货未超时', '卖家已发货 详情 查看物流', '￥399.00'],
          ['3289100000000000302', '不锈钢保温杯 500ml', '', '卖家已发货 详情 查看物流', '￥59.00'],
          ['3289100000000000303', '加厚羽绒服 白色 M', '', '买家已付款', '￥399.00'],
          ['3289100000000000304', '羊绒围巾', '退款成功', '交易关闭', '￥0.00'],
        ],
      )),
    },
    {
      name: 'order-detail',
      url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3289100000000000301',
      title: '订单详情',
      html: shell('订单详情', `<div class="info--d8K"><div>订单状态:卖家已发货,等待买家确认</div><div>订单编号:3289100000000000301 复制</div>
<div>收货地址:张**,138****0000,浙江省 杭州市 西湖区 ***,310000</div><div>物流公司名称:中通快递</div><div>运单号:78000000000001</div></div>
<ul class="trace--Xc2">${[-70 * H, -80 * H, -96 * H].map((at, i) => `<li>【${['杭州市', '金华市', '义乌市'][i]}】${['快件已到达杭州转运中心', '快件已发往杭州', '已揽收'][i]} <span>${t(at)}</span></li>`).join('')}</ul>`),
    },
    {
      // 包裹中心's 运输更新异常 tab: parcels the platform already lists as stalled (columns of rpa-conn-qianniu-all's export).
      // …0302 is the sold list's order in transit: one item, now known to be stalled.
      name: 'package-center',
      url: 'https://myseller.taobao.com/home.htm/package-center/packageMonitor',
      title: '包裹中心 · 运输更新异常',
      html: shell('包裹中心 · 运输更新异常', `<div class="tabs--p2">阶段更新异常 · 揽收异常 · 发货预警</div>${fusionTable(
        ['运单号', '主订单号', '快递公司', '异常类型', '发货时间', '买家地址', '预计赔付金额', '异常处理情况'],
        [
          ['ZT7801234560302', '3289100000000000302', '中通快递', '运输停滞', t(-5 * D), '四川省成都市武侯区 ***', '50.00', '—'],
          ['YT7300112200401', '3289100000000000401', '圆通速递', '派送停滞', t(-4 * D), '新疆维吾尔自治区乌鲁木齐市 ***', '—', '—'],
        ],
      )}`),
    },
    {
      name: 'ask-all',
      url: 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=689100000301',
      title: '问大家',
      // As public scripts show the list: asker and ask time in the question's cell, no question id, 查看回答 only where there are answers.
      html: shell('问大家', `<div class="summary--q1">商品ID:689100000301 · 共 2 条问答</div>${fusionTable(
        ['问题', '商品', '回答', '操作'],
        [
          [asked('这款保温杯能装开水吗?', 'n**y', t(-30 * H)), '不锈钢保温杯 500ml<br>ID:689100000301', '暂无回答可展示<br>还有179天可回答', ''],
          [asked('冬天用会不会很快就凉了?', 'l**8', t(-10 * H)), '不锈钢保温杯 500ml<br>ID:689100000301', '暂无回答可展示<br>还有179天可回答', ''],
          [asked('质量怎么样?', 'w**2', t(-3 * D)), '不锈钢保温杯 500ml<br>ID:689100000301', '3条回答<br>还有177天可回答', '<button>查看回答</button>'],
        ],
      )}`),
    },
  ];
}
