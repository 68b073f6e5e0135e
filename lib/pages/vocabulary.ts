/**
 * The words seller pages use, per field: column headers / card labels, and status words. Simplified only:
 * every page text goes through normalizeText (Traditional → Simplified) before it is compared, and
 * test/unit/pages/table.test.ts checks that the Traditional forms normalize to these.
 *
 * Headers match exactly (after headerKey: spaces, a trailing colon and a bracketed suffix removed), in the
 * order listed: the first word a table has wins. Exact, because a loose match would take 发票类型 (invoice
 * type) for the task type 类型, or 子订单号 for the order number. Status words match as substrings.
 */
export const HEADERS = {
  orderId: ['订单号', '订单编号', '主订单号', '主订单编号', '淘宝订单号', '交易订单号'],
  workOrderId: ['工单号', '工单编号', '任务编号', '工单ID', '任务ID'],
  taskType: ['工单类型', '任务类型', '类型'],
  requestedAt: ['申请开票时间', '申请时间', '开票申请时间'],
  workOrderCreatedAt: ['工单创建时间', '创建时间', '发起时间'],
  workOrderStatus: ['工单状态', '处理状态', '任务状态', '状态'],
  invoiceStatus: ['开票状态', '发票状态', '处理状态', '状态'],
  orderStatus: ['交易状态', '订单状态', '当前订单状态', '状态'],
  countdown: ['剩余时间', '剩余处理时间', '处理时效', '倒计时', '剩余时效', '开票时效', '处理倒计时'],
  address: ['收货地址', '收货地区', '收货信息', '省份', '收货省份'],
  lastUpdate: ['物流最后更新时间', '最后更新时间', '最后更新', '物流更新时间'],
  tracking: ['物流信息', '物流详情', '物流动态', '物流'],
  question: ['问题', '问题内容', '提问内容', '买家问题'],
  askedAt: ['提问时间', '提问日期'],
  answers: ['回答数', '买家回答', '回答数量', '回答'],
  item: ['商品', '宝贝', '商品信息', '宝贝信息', '商品名称', '宝贝名称'],
  itemQaCount: ['问答数', '问大家数', '商品问答数'],
  questionStatus: ['问题状态', '状态'],
} as const satisfies Record<string, readonly string[]>;

export type HeaderField = keyof typeof HEADERS;

export const WORDS = {
  /** Task types of the 2022-12 notice. */
  invoiceTask: ['催开发票', '催发票', '催开票', '发票工单'],
  logisticsTask: ['物流停滞'],
  /** Naming a work-order list: in a header or in the rows. */
  workOrder: ['工单'],
  workOrderDone: ['已完结', '已关闭', '已处理', '已完成', '已撤销'],
  invoiceDone: ['已开票', '开票成功'],
  /** 卖家已发货 is what the sold-order list shows for shipped, not yet received orders. */
  inTransit: ['在途', '运输中', '已发货', '派送中', '配送中', '已揽收'],
  /** Checked first, on the whole row: a shipped order that is signed for or being refunded is not in transit. */
  notInTransit: [
    '待发货', '等待发货', '等待卖家发货', '买家已付款', '等待买家付款', '已签收', '交易成功', '交易关闭',
    '退款中', '退款成功',
  ],
  invalidQuestion: ['无效'],
  /** A clickable element with exactly this text (spaces removed) is a reply entry. */
  replyEntry: ['回答', '去回答', '立即回答', '我来回答', '回复', '去回复', '答复'],
  /** An empty table's placeholder row. */
  noData: ['暂无数据', '没有数据', '暂无记录', '没有符合条件', '无数据'],
} as const satisfies Record<string, readonly string[]>;

/** Cell texts that mean "nothing here": the field is absent, not unreadable. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '/', '暂无', '无', 'N/A', 'null']);

/** A header or label as a key: normalized text without spaces, trailing colon or bracketed suffix. */
export function headerKey(normalized: string): string {
  return normalized
    .replace(/\s+/g, '')
    .replace(/[([【][^)\]】]*[)\]】]$/, '')
    .replace(/[:*?]+$/, '');
}

export function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}
