/**
 * Page knowledge, per record field: the header rule that covers words no list has, and what its cells hold;
 * the words (header, label, URL parameter) come from recipes (../recipes), compiled into a FieldSpec per field.
 * One place per field: the name here is the record's field name and the name its problems carry.
 *
 * Words match a header or label exactly (after headerKey), in order; then, for a header no field's words
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

/** A field as the readers use it: its rules here, its words from the recipes in force. */
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

/** Per field, how a header or cells are judged when no recipe's words name the column. */
export type FieldRule = Pick<FieldSpec, 'rule' | 'holds' | 'summary'>;

export const FIELD_RULES = {
  orderId: { rule: { all: [['订单'], ['号', '编号', 'ID']], not: ['子', '流水', '售后', '退款', '运单', '工单', '物流'] }, holds: 'longId' },
  workOrderId: { rule: { all: [['工单', '任务'], ['号', '编号', 'ID']] } },
  taskType: { rule: { all: [['类型']], not: ['发票', '开票', '商品', '问题', '售后', '退款', '异常', '超时'] } },
  requestedAt: { rule: { all: [['申请'], ['时间', '日期']], not: ['处理', '截止', '退款'] }, holds: 'time' },
  workOrderCreatedAt: { rule: { all: [['创建', '发起', '生成'], ['时间', '日期']] } },
  status: { rule: { all: [['状态']], not: ['退款', '售后', '物流'] } },
  afterSale: { rule: { all: [['售后', '退款', '履约']], not: ['类型', '时间', '单号', '金额', '原因'] } },
  pageDeadline: { rule: { all: [['倒计时', '剩余', '时效', '截止']], not: ['金额', '类型'] }, holds: 'remaining' },
  province: { rule: { all: [['地址', '地区', '省']], not: ['时间', '电话', '手机', '发货', '退货', '邮编'] } },
  lastUpdateAt: { rule: { all: [['物流', '轨迹', '更新']], not: ['公司', '单号', '状态', '服务'] } },
  question: { rule: { all: [['问题', '提问']], not: ['时间', '日期', '状态', '人', '数', '类型'] } },
  askedAt: { rule: { all: [['提问', '问'], ['时间', '日期']] } },
  buyerAnswerCount: { rule: { all: [['回答']], not: ['时间', '操作', '内容', '人'] } },
  itemId: { rule: { all: [['商品', '宝贝']], not: ['数', '价', '金额', '状态', '问答', '类型'] } },
  itemQaCount: { rule: { all: [['问答'], ['数']] }, summary: '共 ?(\\d{1,7}) ?条问答' },
  /** 包裹中心: the row's 异常类型, which says whether the platform lists the parcel as stalled. */
  listedStalled: { rule: { all: [['异常'], ['类型']] } },
  /** 包裹中心: 预计赔付金额, what the platform expects the seller to pay the buyer. */
  expectedCompensation: { rule: { all: [['赔付'], ['金额']] } },
} as const satisfies Record<string, FieldRule>;

export type FieldName = keyof typeof FIELD_RULES;
