import { t, type MessageKey } from '../i18n';
import { DAY_MS, HOUR_MS, MINUTE_MS, shanghaiIso } from '../rules/wall-clock';
import type { DeadlineKey } from '../rules/deadlines';
import type { RuleSettings } from '../rules/settings';
import type { Problem } from '../pages/records';


/** `12-25 23:59` in Asia/Shanghai, whatever the browser's zone. */
export function shanghaiClock(ms: number): string {
  const iso = shanghaiIso(ms);
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** A duration at the precision a seller needs: days and hours far off, minutes near the end. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  if (days > 0) return t('duration_days_hours', days, hours);
  if (hours > 0) return t('duration_hours_minutes', hours, minutes);
  return t('duration_minutes', minutes);
}

export function formatCountdown(at: number, now: number): string {
  return at >= now ? t('badge_left', formatDuration(at - now)) : t('badge_overdue', formatDuration(now - at));
}

const DEADLINE_LABELS: Record<DeadlineKey | 'page', (s: RuleSettings) => string> = {
  'invoice.first': (s) => t('deadline_invoice_first', s.invoiceFirstDays),
  'invoice.final': (s) => t('deadline_invoice_final', s.invoiceFinalDays),
  'invoice.respond': (s) => t('deadline_invoice_respond', s.respondHours),
  'logistics.exposure': () => t('deadline_logistics_exposure'),
  'logistics.reply': (s) => t('deadline_logistics_reply', s.respondHours),
  'qa.suggest': () => t('deadline_qa_suggest'),
  page: () => t('deadline_page'),
};

export function deadlineLabel(key: DeadlineKey | 'page', s: RuleSettings): string {
  return DEADLINE_LABELS[key](s);
}

/** A record field's name for the seller (提问时间), or the field itself when no message names it. */
export function fieldName(field: string): string {
  const key = `field_${field}` as MessageKey;
  const name = t(key);
  return name === key ? field : name;
}

/** The fields problems are about, once each: 提问时间、物流更新时间. */
export function problemFields(problems: readonly Problem[]): string {
  return [...new Set(problems.map((p) => p.field))].map(fieldName).join('、');
}

/** 已不在待回传列表 · 12-07 10:00 完整读取 5 条: the evidence of an item closed by its absence from a list read whole. */
export function leftListText(item: { closedAt?: number; closedWhy?: { list: string; rows: number } }): string {
  return t('left_list', item.closedWhy?.list ?? '', shanghaiClock(item.closedAt ?? 0), item.closedWhy?.rows ?? 0);
}
