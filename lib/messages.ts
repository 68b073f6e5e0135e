/**
 * The typed message protocol between the content script and the background.
 * Every message is validated on receipt: the background trusts nothing it did not check.
 */
import type { PageKind } from './pages/detect';

export const PAGE_KINDS: readonly PageKind[] = [
  'invoice-requests',
  'sold-orders',
  'order-detail',
  'ask-all',
  'seller-other',
];

/** A content script reports what one seller page showed. Records arrive with the badges issue. */
export interface PageReport {
  type: 'page-report';
  url: string;
  pageKind: PageKind;
  seenAt: number;
}

export type ContentMessage = PageReport;

const MAX_URL = 2048;

export function parsePageReport(value: unknown): PageReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.type !== 'page-report') return null;
  if (typeof v.url !== 'string' || v.url.length > MAX_URL || !v.url.startsWith('https://')) return null;
  if (!PAGE_KINDS.includes(v.pageKind as PageKind)) return null;
  if (typeof v.seenAt !== 'number' || !Number.isFinite(v.seenAt)) return null;
  return { type: 'page-report', url: v.url, pageKind: v.pageKind as PageKind, seenAt: v.seenAt };
}
