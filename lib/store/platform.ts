/**
 * What the platform itself says, kept (schema v8): the workbench home's counts with when they were read, and
 * whether this account may see invoice requests. No buyer data. Counts age visibly (the popup says when they
 * were read, and calls them out of date after COUNTS_FRESH_MS); they are never taken for the log's own.
 */
import type { PlatformReport } from '../messages';
import type { InvoiceAccess, PlatformReply } from '../platform/page-data';
import { readCopy } from '../platform/read-copy';
import type { PlatformCounts } from '../platform/todo-list';
import type { SentinelDb } from './db';
import { routeOf } from './page-health';
import type { PageHealth } from './types';

export type PlatformRow =
  | { key: 'counts'; counts: PlatformCounts; readAt: number; url: string }
  | { key: 'invoice-access'; state: InvoiceAccess; at: number; url: string };

/** After this the popup says the counts are out of date. */
export const COUNTS_FRESH_MS = 12 * 3_600_000;

/** Which page kind's health a refused copy counts against: the page it came to. */
function healthKind(url: string): string {
  const route = routeOf(url);
  if (route.includes('merchant-invoice')) return 'invoice-requests';
  if (route.includes('trade-platform/tp/sold')) return 'sold-orders';
  return 'workbench';
}

/**
 * Reads a report's copy (read-copy.ts), keeps what it says (counts; whether this account may see invoice
 * requests) and counts what was refused; returns what the content script needs back.
 */
export async function notePlatformReport(db: SentinelDb, report: PlatformReport, now: number): Promise<PlatformReply | undefined> {
  // A page's clock is not trusted further than the background's.
  const at = Math.min(report.seenAt, now);
  const reading = report.copy === undefined ? {} : readCopy(report.copy);
  const state = reading.reply?.invoice?.state;
  const refused = (report.refused ?? 0) + (reading.refused ? 1 : 0);
  await db.transaction('rw', db.platform, db.pages, async () => {
    if (reading.counts) await db.platform.put({ key: 'counts', counts: reading.counts, readAt: at, url: report.url });
    // A failed read says nothing about access: the last known state stays.
    if (state && state !== 'failed') await db.platform.put({ key: 'invoice-access', state, at, url: report.url });
    if (refused > 0) {
      const kind = healthKind(report.url);
      const previous: PageHealth = (await db.pages.get(kind)) ?? { kind };
      const dataReasons = reading.refused ? [reading.refused] : ['over the bound'];
      await db.pages.put({ ...previous, dataRefused: (previous.dataRefused ?? 0) + refused, dataRefusedAt: at, dataReasons });
    }
  });
  return reading.reply;
}

export interface PlatformState {
  counts?: Extract<PlatformRow, { key: 'counts' }>;
  access?: Extract<PlatformRow, { key: 'invoice-access' }>;
}

export async function loadPlatformState(db: SentinelDb): Promise<PlatformState> {
  const [counts, access] = await Promise.all([db.platform.get('counts'), db.platform.get('invoice-access')]);
  return {
    ...(counts?.key === 'counts' ? { counts } : {}),
    ...(access?.key === 'invoice-access' ? { access } : {}),
  };
}

/** The log's open items per kind the platform counts: what "已记录" says beside the platform's number. */
export async function openLogged(db: SentinelDb): Promise<{ invoice: number; logistics: number }> {
  const open = await db.tickets.where('status').equals('open').toArray();
  return { invoice: open.filter((t) => t.kind === 'invoice').length, logistics: open.filter((t) => t.kind === 'logistics').length };
}

/** The platform's count of stalled parcels: 揽收, 运输 and 派送 exceptions together (undefined when it gave none). */
export function logisticsCount(counts: PlatformCounts): number | undefined {
  const parts = [counts.payGotException, counts.updateException, counts.deliveryException].filter((n): n is number => n !== undefined);
  return parts.length > 0 ? parts.reduce((a, b) => a + b, 0) : undefined;
}

/** 发票管理 and 包裹中心, where the seller sees what the counts count. */
export const INVOICE_LIST_URL = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
export const PACKAGE_CENTER_URL = 'https://myseller.taobao.com/home.htm/package-center/packageMonitor';
