export const UNKNOWN_URL: string;
export const OTHER_ROUTE_URL: string;
export const UNKNOWN_NOW: number;
export const UNKNOWN_HEADERS: string[];
export const UNKNOWN_ROWS: string[][];
export const UNKNOWN_MAPPING: {
  readonly workOrderId: '单据号';
  readonly taskType: '事项';
  readonly orderId: '关联订单';
  readonly workOrderCreatedAt: '受理时间';
  readonly pageDeadline: '时限';
  readonly status: '进度';
};
export const UNKNOWN_HTML: string;
