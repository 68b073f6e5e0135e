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
      url: 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate',
      title: '发票管理 · 待开票',
      html: shell('发票管理 · 待开票', fusionTable(
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
      name: 'sold-orders',
      url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
      title: '已卖出的宝贝',
      html: shell('已卖出的宝贝', fusionTable(
        ['订单号', '交易状态', '物流最后更新时间', '收货地址'],
        [
          ['3289100000000000301', '卖家已发货', t(-70 * H), '浙江省杭州市***'],
          ['3289100000000000302', '卖家已发货', t(-30 * H), '西藏自治区拉萨市***'],
          ['3289100000000000303', '等待卖家发货', '-', '上海市***'],
          ['3289100000000000304', '交易成功', t(-5 * D), '河南省郑州市***'],
        ],
      )),
    },
    {
      name: 'ask-all',
      url: 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=689100000301',
      title: '问大家',
      html: shell('问大家', fusionTable(
        ['问题', '商品', '提问时间', '回答数', '问答数', '操作'],
        [
          ['这款保温杯能装开水吗?', '不锈钢保温杯 500ml', t(-30 * H), '0', '2', '<button>回答</button>'],
          ['冬天穿会不会冷?', '加厚羽绒服', t(-10 * H), '0', '15', '<button>回答</button>'],
          ['质量怎么样?', '加厚羽绒服', t(-3 * D), '3', '15', '<button>回答</button>'],
          ['(该问题已被系统判定为无效)', '加厚羽绒服', t(-2 * D), '0', '15', '无效'],
        ],
      )),
    },
  ];
}
