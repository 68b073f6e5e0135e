/**
 * Page knowledge: the words seller pages use for states and tasks (the knowledge the extension ships,
 * knowledge.ts). Matched as substrings of normalized (Simplified) text. Header and label words are per
 * field, in fields/specs.ts. Status words are read only from a status cell or an explicit marker, never
 * from a free-text cell, a note or a button.
 */
/** The 34 province-level divisions, full names in Simplified. */
const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
];

/** Time gone by (已停滞3天17小时, 已等待2天): a state of the countdown cell, never a countdown (issue 22). */
const ELAPSED = ['已停滞', '停滞了', '已等待', '等待了', '已持续', '已过去'];

export const WORDS = {
  /** Task types of the 2022-12 notice. */
  invoiceTask: ['催开发票', '催发票', '催开票', '发票工单'],
  logisticsTask: ['物流停滞'],
  /** Columns and labels of free text (prose.ts): a task word there is someone's sentence, never the row's type. */
  freeText: ['备注', '留言', '评价', '评论', '追评', '说明', '描述', '回复', '内容'],
  /** Naming a work-order list: in a header or in the rows. */
  workOrder: ['工单'],
  workOrderDone: ['已完结', '已关闭', '已处理', '已完成', '已撤销'],
  invoiceDone: ['已开票', '开票成功'],
  /** A header naming an invoice list, off its route (开票状态, 发票抬头, 开票倒计时). */
  invoiceList: ['发票', '开票'],
  /** 卖家已发货 is what the sold-order list shows for shipped, not yet received orders. */
  inTransit: ['在途', '运输中', '已发货', '派送中', '配送中', '已揽收'],
  /**
   * A trace line stating the parcel left transit: signed for, put in a locker or parcel station for collection,
   * returned to the sender (快递鸟's 3xx, 211, 406 states and public carrier traces: test/pages/SOURCES.md).
   */
  transitEnded: [
    '已签收', '签收人', '已妥投', '快递柜', '丰巢', '驿站', '代收', '自提柜', '取件码', '及时取件', '已领取', '已退回', '退回寄件人', '退件签收', '退货签收',
  ],
  /** A trace line of transit's start (a courier's pickup, a drop-off at a station): never its end. */
  transitStarted: ['揽收', '揽件', '已收件'],
  /** What a carrier's trace line says right after its time when it carries no 【城市】 (`09/09 23:18:34 已签收…`). */
  traceStep: ['签收', '揽收', '揽件', '派送', '派件', '到达', '发往', '发出', '离开', '运输', '中转', '转运', '快件', '包裹', '已放入', '投递', '退回', '取件'],
  /** Checked first, on the whole row: a shipped order that is signed for or being refunded is not in transit. */
  notInTransit: [
    '待发货', '等待发货', '等待卖家发货', '买家已付款', '等待买家付款', '已签收', '交易成功', '交易关闭',
    '退款中', '退款成功',
  ],
  /** The page's own marker that a question cannot be answered (2026-12: 非有效问题 in public scripts; 无效 a guess). */
  invalidQuestion: ['非有效问题', '无效问题', '无效', '不可回答', '无法回答', '已过期'],
  /** What a 问大家 row shows instead of a question the platform removed after a complaint (node_admin, 2026-12). */
  questionRemoved: ['已被投诉成功', '该问答已被投诉'],
  /** A countdown cell's state instead of a time (待回传 list, 2026-12). */
  countdownState: ['已超时', '未开始', '已结束', ...ELAPSED],
  /** Of those, the ones saying the countdown already ran out. */
  countdownOver: ['已超时'],
  /** The 待回传 list's notice: when its countdown ends the buyer is compensated automatically (2026-12). */
  autoCompensation: ['自动赔付'],
  /** A row's tag exempting it from that (2026-12). */
  compensationExempt: ['免自动赔'],
  /** The 34 province-level divisions, full names in Simplified: a receiving address's province. */
  provinces: PROVINCES,
  /** Their short names, in the same order (as addresses may write them: 浙江, 内蒙古, 香港). */
  provinceShort: PROVINCES.map((full) => full.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$/, '')),
  /**
   * 包裹中心's 异常类型 of a parcel the platform judged stalled after shipping: its 阶段更新异常 tabs (揽收后停滞,
   * 运输停滞, 派送停滞, and the 即将超时 warnings of those stages). rpa-conn-qianniu-all docs; ShopeX OMS codes (2026-12).
   */
  stalledListing: ['停滞', '更新异常', '更新超时', '更新即将超时', '运输派送即将超时'],
  /** Its types of an order not yet in transit: 揽收异常 (支付-揽收(48h), 揽收即将超时), 发货预警 (支付-发货, 支付超24h). */
  notShippedListing: ['支付-', '支付超', '揽收即将超时', '揽收超时', '延迟发货', '虚假发货', '缺货'],
  /** An empty table's placeholder row. */
  noData: ['暂无数据', '没有数据', '暂无记录', '没有符合条件', '无数据'],
} as const satisfies Record<string, readonly string[]>;

export type WordList = keyof typeof WORDS;
