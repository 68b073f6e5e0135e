/**
 * Header words for the synonym variants: this generator's own tables, independent of the extension's
 * vocabulary. Each word maps to words a real page may show in its place (a header, or a card label).
 *
 * LISTED: the common variants of a header, which a vocabulary of header words is expected to know.
 * UNLISTED: rarer wordings that only header *rules* cover (a header naming 倒计时/剩余/时效 and not 金额/类型
 * is a countdown; 订单 + 号/编号 is the order number; 申请 + 时间/日期 the request time; …).
 * A word never gains 工单 unless it had it: 工单 in a header makes a table a work-order list.
 */
type Words = Readonly<Record<string, readonly string[]>>;

/** Every word of a group stands for every other. */
function groups(...lists: readonly (readonly string[])[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const list of lists) for (const word of list) out[word] = list.filter((w) => w !== word);
  return out;
}

export const LISTED: Words = {
  ...groups(
    ['订单号', '订单编号', '交易订单号'],
    ['工单号', '工单编号'],
    ['申请时间', '申请开票时间', '开票申请时间'],
    ['剩余时间', '剩余处理时间', '处理倒计时', '开票剩余时效', '处理时效'],
    ['提问时间', '提问日期'],
    ['状态', '处理状态'],
    ['收货地址', '收货信息', '收货地区'],
    ['物流最后更新时间', '最后更新时间', '物流更新时间'],
    ['开票状态', '发票状态'],
    ['交易状态', '订单状态'],
    ['问题', '问题内容', '买家问题'],
    ['回答数', '回答数量'],
    ['问答数', '商品问答数'],
    ['商品', '宝贝'],
    ['商品信息', '宝贝信息'],
    ['主订单号', '交易单号'],
  ),
  工单类型: ['任务类型'],
  任务类型: ['类型'],
  工单状态: ['处理状态', '状态'],
  工单创建时间: ['创建时间'],
  问题状态: ['状态'],
  当前订单状态: ['订单状态'],
  买家回答: ['回答数'],
};

/**
 * The rule each unlisted word relies on: a countdown names 倒计时/剩余/时效 (not 金额/类型); the order number
 * 订单 + 号/编号; the work-order number 工单 + 号/编号; the request time 申请 + 时间/日期; the ask time
 * 提问 + 时间/日期; a status ends in 状态; the work order's creation 创建/生成 + 时间; the address 收货 + 地址/地区.
 */
export const UNLISTED: Words = {
  订单号: ['订单号码', '交易订单编号'],
  订单编号: ['订单号码', '交易订单编号'],
  工单号: ['工单号码'],
  工单编号: ['工单号码', '平台工单编号'],
  申请时间: ['买家申请日期', '申请开票日期'],
  申请开票时间: ['买家申请日期', '申请开票日期'],
  剩余时间: ['赔付倒计时', '剩余开票时效', '开票倒计时'],
  剩余处理时间: ['赔付倒计时', '剩余开票时效', '剩余处理时长'],
  处理时效: ['处理剩余时效', '剩余处理时长'],
  剩余时效: ['赔付倒计时'],
  提问时间: ['买家提问时间', '提问日期时间'],
  工单状态: ['工单处理状态', '当前状态'],
  开票状态: ['当前开票状态'],
  处理状态: ['当前处理状态'],
  状态: ['当前状态'],
  工单创建时间: ['工单生成时间'],
  收货地址: ['收货人地址'],
  收货地区: ['收货人地区'],
  // 包裹中心: the order by 订单 + 编号 (not 子), the stall by 异常/超时 + 类型, the amount by 赔付 + 金额, the address by 地址.
  主订单号: ['主订单编号'],
  交易单号: ['交易订单编号'],
  异常类型: ['包裹异常类型'],
  预计赔付金额: ['赔付金额'],
  买家地址: ['买家收货地址'],
};
