export const WORK_ORDER_URL: string;
export const FULL_LIST_URL: string;
export function workOrderCells(i: number, now: number): string[];
export function workOrderPage(n: number, now: number): string;
export function emptyWorkOrderPage(): string;
export function workOrderRowsHtml(from: number, count: number, now: number): string;
