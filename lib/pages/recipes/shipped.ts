/**
 * The recipes the extension ships: what public sources show of the seller pages (docs/PAGES.md), as data.
 * Fields both kinds of work order read share one list of findings. Words are Simplified only: every page text
 * goes through normalizeText first. Findings no fixture shows are marked unverified (shipped-recipes.test.ts).
 */
import type { FieldName } from '../fields/specs';
import type { Finding, Recipe } from './format';

const QIANNIU_2026 = '2026-12, public Qianniu automation scripts (test/pages/SOURCES.md)';
const GUESS = 'guess, 2022-12 (no public source)';
/** Export columns of 包裹中心's tabs; the on-page headers are taken to be the same (test/pages/SOURCES.md). */
const PACKAGE_CENTER = '2026-12, 包裹中心 export columns (rpa-conn-qianniu-all docs)';

type Findings = Partial<Record<FieldName, readonly Finding[]>>;

/** Fields of both work-order kinds and the invoice and sold lists. */
const ORDERS: Findings = {
  orderId: [
    { header: ['订单号', '订单编号'], seen: QIANNIU_2026 },
    { header: ['主订单编号', '淘宝订单号', '交易订单号'], seen: GUESS, unverified: true },
    { urlParam: ['bizOrderId'], seen: QIANNIU_2026 },
  ],
  workOrderId: [{ header: ['工单号', '工单编号', '任务编号', '工单ID', '任务ID'], seen: GUESS }],
  taskType: [{ header: ['工单类型', '任务类型', '类型'], seen: GUESS }],
  workOrderCreatedAt: [{ header: ['工单创建时间', '创建时间', '发起时间'], seen: GUESS }],
  pageDeadline: [
    { header: ['开票倒计时', '赔付倒计时'], seen: QIANNIU_2026 },
    { header: ['剩余时间', '剩余处理时间', '处理时效', '倒计时', '剩余时效', '开票时效', '处理倒计时'], seen: GUESS },
    // An absolute deadline the page states: read as the page's deadline (readDeadline, future-facing).
    { header: ['处理截止', '处理截止时间', '截止时间'], seen: GUESS },
  ],
};

const STATUS: readonly Finding[] = [
  { header: ['开票状态', '订单状态', '交易状态'], seen: QIANNIU_2026 },
  { header: ['发票状态', '工单状态', '任务状态', '问题状态', '当前订单状态', '处理状态', '状态'], seen: GUESS },
];

const ANY_SELLER_PAGE = {};

export const SHIPPED_RECIPES: readonly Recipe[] = [
  {
    id: 'shipped:invoice',
    kind: 'invoice',
    where: ANY_SELLER_PAGE,
    fields: {
      ...ORDERS,
      requestedAt: [
        { header: ['申请时间', '申请日期'], seen: QIANNIU_2026 },
        { header: ['申请开票时间', '开票申请时间'], seen: GUESS },
      ],
      status: STATUS,
    },
  },
  {
    id: 'shipped:logistics',
    kind: 'logistics',
    where: ANY_SELLER_PAGE,
    fields: {
      ...ORDERS,
      // A card's 物流状态：运输中 states transit as 订单状态 does (words take no rule: the status rule leaves 物流 out).
      status: [...STATUS, { header: ['物流状态'], seen: GUESS, unverified: true }],
      // The sold list's 履约/售后 column: a refund there takes an order out of transit.
      afterSale: [{ header: ['履约/售后', '售后', '售后状态', '退款状态'], seen: QIANNIU_2026 }],
      province: [
        { header: ['收货地址'], seen: QIANNIU_2026 },
        { header: ['收货地区', '收货信息', '省份', '收货省份'], seen: GUESS },
      ],
      lastUpdateAt: [
        { header: ['物流最后更新时间', '最后更新时间', '最后更新', '物流更新时间', '物流信息', '物流详情', '物流动态', '物流'], seen: GUESS },
        { label: ['最近更新', '最后更新', '最后更新时间', '物流更新时间', '更新时间'], seen: GUESS, unverified: true },
      ],
    },
  },
  {
    // 包裹中心 (package-center.ts reads it): a stalled parcel's row names its order as the sold list does (主订单号).
    id: 'shipped:package-center',
    kind: 'logistics',
    where: { route: '/home.htm/package-center' },
    fields: {
      orderId: [{ header: ['主订单号', '交易单号'], seen: PACKAGE_CENTER }],
      // Not 超时类型: on 揽收异常 it says 即将超时 / 已超时, no stage.
      listedStalled: [{ header: ['异常类型'], seen: PACKAGE_CENTER }],
      expectedCompensation: [{ header: ['预计赔付金额'], seen: PACKAGE_CENTER }],
      // Masked (山东省临沂市兰山区柳青街道 ****): only its province is read.
      province: [{ header: ['买家地址'], seen: PACKAGE_CENTER }],
    },
  },
  {
    id: 'shipped:qa',
    kind: 'qa',
    where: ANY_SELLER_PAGE,
    fields: {
      question: [{ header: ['问题', '问题内容', '提问内容', '买家问题'], seen: QIANNIU_2026 }],
      askedAt: [{ header: ['提问时间', '提问日期'], seen: QIANNIU_2026 }],
      buyerAnswerCount: [{ header: ['回答数', '买家回答', '回答数量', '回答', '回答情况'], seen: QIANNIU_2026 }],
      itemId: [
        { header: ['商品', '宝贝', '商品信息', '宝贝信息', '商品名称', '宝贝名称'], seen: QIANNIU_2026 },
        // An item column holds a title; `商品ID:` the id.
        { label: ['商品ID', '宝贝ID', 'ID'], seen: QIANNIU_2026 },
        { urlParam: ['itemParams', 'searchParams', 'itemId'], seen: QIANNIU_2026 },
      ],
      itemQaCount: [{ header: ['问答数', '问大家数', '商品问答数'], seen: GUESS }],
      status: STATUS,
    },
  },
];
