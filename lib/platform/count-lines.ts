/**
 * The platform's counts beside the log's, in words, for the popup and the morning digest: "平台显示 临赔发票申请
 * 40 · 已记录 12", with when they were read (so a number visibly ages) and where the seller sees what they count.
 */
import { t } from '../i18n';
import { shanghaiIso } from '../rules/wall-clock';
import { INVOICE_LIST_URL, logisticsCount, PACKAGE_CENTER_URL, type PlatformState } from '../store/platform';

export interface CountLine {
  what: string;
  platform: number;
  log: number;
  href: string;
  open: string;
}

export function countLines(state: PlatformState, logged: { invoice: number; logistics: number }): CountLine[] {
  const counts = state.counts?.counts;
  if (!counts) return [];
  const lines: CountLine[] = [];
  if (counts.invoiceApply !== undefined) {
    lines.push({ what: t('count_invoiceApply'), platform: counts.invoiceApply, log: logged.invoice, href: INVOICE_LIST_URL, open: t('popup_platform_open_invoice') });
  }
  const parcels = logisticsCount(counts);
  if (parcels !== undefined) lines.push({ what: t('count_logistics'), platform: parcels, log: logged.logistics, href: PACKAGE_CENTER_URL, open: t('popup_platform_open_packages') });
  return lines;
}

/** `12-07 10:05(3 小时前)`. */
export function readWhen(at: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  const ago = minutes < 60 ? t('ago_minutes', minutes) : minutes < 48 * 60 ? t('ago_hours', Math.floor(minutes / 60)) : t('ago_days', Math.floor(minutes / 1440));
  return t('popup_platform_read', shanghaiIso(at).slice(5, 16).replace('T', ' '), ago);
}

/** The digest's lines: each count with the log's and when it was read. */
export function digestCountLines(state: PlatformState, logged: { invoice: number; logistics: number }, now: number): string[] {
  const when = state.counts ? readWhen(state.counts.readAt, now) : '';
  return countLines(state, logged).map((l) => t('digest_platform', l.what, l.platform, l.log, when));
}
