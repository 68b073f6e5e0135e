/**
 * The 待回传 list (invoice management's compensate route) as Fusion renders it, in the shape public sources show
 * (test/pages/invoice-pending-compensate.html): for the to-do list tests, which need the same list read whole,
 * paged, filtered, searched, still loading or with an unreadable row.
 */
export const PENDING_URL = 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate';

export interface PendingRow {
  order: string;
  /** The apply date as the list shows it. */
  applied: string;
  /** The countdown cell: `3天18小时`, 已超时, or anything else. */
  countdown: string;
}

export interface PendingPage {
  rows: readonly PendingRow[];
  /** `共 N 条` under the table; none: the pager shows no total. */
  total?: number;
  /** The pager's current page and its page count (1 of 1 by default). */
  page?: number;
  pages?: number;
  /** The 开票倒计时 option chosen (全部 by default). */
  filter?: '全部' | '已开始' | '已超时' | '未开始';
  /** The order-number search field's text. */
  search?: string;
  /** The apply-date range the page shows, `2026-10-07` to `2026-12-07`. */
  range?: readonly [string, string];
  /** Fusion's loading tip over the table. */
  loading?: boolean;
}

const radio = (label: string, chosen: string) =>
  `<label role="radio" aria-checked="${label === chosen}" class="next-radio-wrapper${label === chosen ? ' checked' : ''}"><input type="radio" class="next-radio-input" value="${label}"${label === chosen ? ' checked' : ''}><span class="next-radio-label">${label}</span></label>`;

const cell = (text: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${text}</div></td>`;

const tableRow = (r: PendingRow) =>
  `<tr class="next-table-row" role="row">${cell(`<span class="orderNo--Tq8wE">${r.order}</span>`)}${cell(r.applied)}${cell(`<span class="countdownText--Mb6nV">${r.countdown}</span>`)}` +
  `${cell('杭州北岸贸易有限公司')}${cell('增值税电子普通发票')}${cell('89.90')}${cell('<button type="button" class="next-btn"><span class="next-btn-helper">录入发票</span></button>')}</tr>`;

function pager(page: number, pages: number, total: number | undefined): string {
  const items = Array.from({ length: pages }, (_, i) => i + 1)
    .map((n) => `<button type="button" class="next-btn next-pagination-item${n === page ? ' next-current" aria-current="page' : ''}"><span class="next-btn-helper">${n}</span></button>`)
    .join('');
  const shown = total === undefined ? '' : `<span class="next-pagination-total">共 ${total} 条</span>`;
  return `<div class="next-pagination next-medium"><div class="next-pagination-pages"><button type="button" class="next-btn next-pagination-item next-prev"><span class="next-btn-helper">上一页</span></button><div class="next-pagination-list">${items}</div><button type="button" class="next-btn next-pagination-item next-next"><span class="next-btn-helper">下一页</span></button></div>${shown}</div>`;
}

export function pendingListHtml(p: PendingPage): string {
  const filter = p.filter ?? '全部';
  const range = p.range
    ? `<div class="next-form-item"><label>申请时间</label><span class="next-range-picker"><input value="${p.range[0]}" readonly><input value="${p.range[1]}" readonly></span></div>`
    : '';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>发票管理 - 千牛卖家工作台</title></head><body>
<div class="merchantInvoice--Jk8sL"><h2>发票管理</h2>
<div class="next-tabs"><ul class="next-tabs-nav" role="tablist"><li role="tab" aria-selected="false" class="next-tabs-tab">开票申请</li><li role="tab" aria-selected="true" class="next-tabs-tab active">待回传</li><li role="tab" aria-selected="false" class="next-tabs-tab">已开票</li></ul></div>
<div class="next-message-content">请在开票倒计时结束前完成开票并回传发票，超时将按规则自动赔付消费者。</div>
<form class="next-form next-inline">
<div class="next-form-item"><label>开票倒计时</label><div role="radiogroup" class="next-radio-group">${['全部', '已开始', '已超时', '未开始'].map((o) => radio(o, filter)).join('')}</div></div>
<div class="next-form-item"><label for="tid">订单号</label><span class="next-input"><input id="tid" placeholder="请输入订单号" autocomplete="off" value="${p.search ?? ''}"></span></div>${range}
</form>
<div class="next-table" role="grid"><div class="next-table-header"><table><thead><tr><th>订单号</th><th>申请时间</th><th>赔付倒计时</th><th>发票抬头</th><th>发票类型</th><th>开票金额(元)</th><th>操作</th></tr></thead></table></div>
<div class="next-table-body"><table><tbody>${p.rows.map(tableRow).join('')}</tbody></table></div></div>
${p.loading ? '<div class="next-loading-tip"><div class="next-loading-indicator"></div></div>' : ''}
${pager(p.page ?? 1, p.pages ?? 1, p.total)}
</div></body></html>`;
}

/** Six rows of the list, applied in the last days before `2026-12-07`, each with a readable countdown. */
export const PENDING_ROWS: readonly PendingRow[] = Array.from({ length: 6 }, (_, i) => ({
  order: `27018323060200041${String(i + 1).padStart(2, '0')}`,
  applied: `2026-12-0${i + 1}`,
  countdown: `${3 + i}天18小时`,
}));

const DAY_MS = 86_400_000;
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const hms = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};

/** The seller's visits in the end-to-end tests: the list whole, then read in ways that close nothing, then whole without A. */
export type Visit = 'whole' | 'filtered' | 'searched' | 'partial' | 'problem' | 'uploaded';

/**
 * Six rows applied two days before `start`; A (uploaded on the platform between the visits) and B share a page
 * countdown to `deadline`, which each visit shows as what is left then (`还剩 01:00:40`), the others days away.
 */
export function pendingVisits(start: number, deadline: number) {
  const applied = shanghaiDate(start - 2 * DAY_MS);
  const [a, b, ...rest] = PENDING_ROWS.map((r) => ({ ...r, applied }));
  const imminent = (r: PendingRow, now: number): PendingRow => ({ ...r, countdown: `还剩 ${hms(deadline - now)}` });
  const html = (visit: Visit, now: number): string => {
    const A = imminent(a!, now);
    const B = imminent(b!, now);
    const left = [B, ...rest];
    switch (visit) {
      case 'whole':
        return pendingListHtml({ rows: [A, ...left], total: 6 });
      case 'filtered':
        return pendingListHtml({ rows: [B], total: 1, filter: '已开始' });
      case 'searched':
        return pendingListHtml({ rows: [B], total: 1, search: B.order });
      case 'partial':
        return pendingListHtml({ rows: left, total: 6 });
      case 'problem':
        return pendingListHtml({ rows: [...left.slice(0, 4), { ...left[4]!, applied: '2026-13-45' }], total: 5 });
      case 'uploaded':
        return pendingListHtml({ rows: left, total: 5 });
    }
  };
  return { a: a!.order, b: b!.order, html };
}
