/**
 * Page knowledge, per record field: the header and label words seller pages use for it (each group with
 * where and when it was seen), the header rule that covers words no list has, and what its cells hold.
 * One place per field: the name here is the record's field name and the name its problems carry.
 *
 * Words are Simplified only: every page text goes through normalizeText (Traditional → Simplified) first.
 * They match a header or label exactly (after headerKey), in order; then, for a header no field's words
 * took, the rules; then a column nobody named is judged by what its cells hold (columns.ts).
 */
export interface WordGroup {
  words: readonly string[];
  /** Where and when these words were seen, or `guess` for words no public source shows. */
  seen: string;
}

export interface HeaderRule {
  /** Every inner list must have a word in the header. */
  all: readonly (readonly string[])[];
  /** No word of this list may be in it. */
  not?: readonly string[];
}

/** What a column's cells hold, sampled once per table: a remaining time, an absolute time, a long number. */
export type CellContent = 'remaining' | 'time' | 'longId';

export interface FieldSpec {
  words: readonly WordGroup[];
  rule?: HeaderRule;
  holds?: CellContent;
  /** The words of its `label：value` pairs, where they differ from its header words (an item column holds a title, `商品ID:` the id). */
  labels?: readonly string[];
  /** URL parameters that name it for the whole page (`itemParams=…`). */
  urlParams?: readonly string[];
  /** A line of the page outside its tables that states it for every row (`共 12 条问答`), as a regex source: group 1 is the value. */
  summary?: string;
}

const QIANNIU_2026 = '2026-12, public Qianniu automation scripts (test/pages/SOURCES.md)';
const GUESS = 'guess, 2022-12 (no public source)';

export const FIELD_SPECS = {
  orderId: {
    words: [
      { words: ['订单号', '订单编号'], seen: QIANNIU_2026 },
      { words: ['主订单号', '主订单编号', '淘宝订单号', '交易订单号'], seen: GUESS },
    ],
    rule: { all: [['订单'], ['号', '编号', 'ID']], not: ['子', '流水', '售后', '退款', '运单', '工单', '物流'] },
    holds: 'longId',
    urlParams: ['bizOrderId'],
  },
  workOrderId: {
    words: [{ words: ['工单号', '工单编号', '任务编号', '工单ID', '任务ID'], seen: GUESS }],
    rule: { all: [['工单', '任务'], ['号', '编号', 'ID']] },
  },
  taskType: {
    words: [{ words: ['工单类型', '任务类型', '类型'], seen: GUESS }],
    rule: { all: [['类型']], not: ['发票', '开票', '商品', '问题', '售后', '退款'] },
  },
  requestedAt: {
    words: [
      { words: ['申请时间', '申请日期'], seen: QIANNIU_2026 },
      { words: ['申请开票时间', '开票申请时间'], seen: GUESS },
    ],
    rule: { all: [['申请'], ['时间', '日期']], not: ['处理', '截止', '退款'] },
    holds: 'time',
  },
  workOrderCreatedAt: {
    words: [{ words: ['工单创建时间', '创建时间', '发起时间'], seen: GUESS }],
    rule: { all: [['创建', '发起', '生成'], ['时间', '日期']] },
  },
  status: {
    words: [
      { words: ['开票状态', '订单状态', '交易状态'], seen: QIANNIU_2026 },
      { words: ['发票状态', '工单状态', '任务状态', '问题状态', '当前订单状态', '处理状态', '状态'], seen: GUESS },
    ],
    rule: { all: [['状态']], not: ['退款', '售后', '物流'] },
  },
  /** The sold list's 履约/售后 column: a refund there takes an order out of transit. */
  afterSale: {
    words: [{ words: ['履约/售后', '售后', '售后状态', '退款状态'], seen: QIANNIU_2026 }],
    rule: { all: [['售后', '退款', '履约']], not: ['类型', '时间', '单号', '金额', '原因'] },
  },
  pageDeadline: {
    words: [
      { words: ['开票倒计时', '赔付倒计时'], seen: QIANNIU_2026 },
      { words: ['剩余时间', '剩余处理时间', '处理时效', '倒计时', '剩余时效', '开票时效', '处理倒计时'], seen: GUESS },
    ],
    rule: { all: [['倒计时', '剩余', '时效']], not: ['金额', '类型'] },
    holds: 'remaining',
  },
  province: {
    words: [
      { words: ['收货地址'], seen: QIANNIU_2026 },
      { words: ['收货地区', '收货信息', '省份', '收货省份'], seen: GUESS },
    ],
    rule: { all: [['地址', '地区', '省']], not: ['时间', '电话', '手机', '发货', '退货', '邮编'] },
  },
  lastUpdateAt: {
    words: [{ words: ['物流最后更新时间', '最后更新时间', '最后更新', '物流更新时间', '物流信息', '物流详情', '物流动态', '物流'], seen: GUESS }],
    rule: { all: [['物流', '轨迹', '更新']], not: ['公司', '单号', '状态', '服务'] },
    labels: ['最近更新', '最后更新', '最后更新时间', '物流更新时间', '更新时间'],
  },
  question: {
    words: [{ words: ['问题', '问题内容', '提问内容', '买家问题'], seen: QIANNIU_2026 }],
    rule: { all: [['问题', '提问']], not: ['时间', '日期', '状态', '人', '数', '类型'] },
  },
  askedAt: {
    words: [{ words: ['提问时间', '提问日期'], seen: QIANNIU_2026 }],
    rule: { all: [['提问', '问'], ['时间', '日期']] },
  },
  buyerAnswerCount: {
    words: [{ words: ['回答数', '买家回答', '回答数量', '回答', '回答情况'], seen: QIANNIU_2026 }],
    rule: { all: [['回答']], not: ['时间', '操作', '内容', '人'] },
  },
  itemId: {
    words: [{ words: ['商品', '宝贝', '商品信息', '宝贝信息', '商品名称', '宝贝名称'], seen: QIANNIU_2026 }],
    rule: { all: [['商品', '宝贝']], not: ['数', '价', '金额', '状态', '问答', '类型'] },
    labels: ['商品ID', '宝贝ID', 'ID'],
    urlParams: ['itemParams', 'searchParams', 'itemId'],
  },
  itemQaCount: {
    words: [{ words: ['问答数', '问大家数', '商品问答数'], seen: GUESS }],
    rule: { all: [['问答'], ['数']] },
    summary: '共 ?(\\d{1,7}) ?条问答',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELD_SPECS;
