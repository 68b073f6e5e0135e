import type { LogItem } from '@/lib/store/types';

/** How the popup names an item: the question's start, else its order or work-order number. */
export const itemTitle = (item: LogItem): string =>
  item.kind === 'qa' ? (item.question ?? item.id).slice(0, 30) : (item.orderId ?? item.workOrderId ?? item.key);
