import { t, type MessageKey } from '../i18n';
import { DAY_MS, HOUR_MS, MINUTE_MS, shanghaiIso } from '../rules/wall-clock';
import type { DeadlineKey } from '../rules/deadlines';
import type { RuleSettings } from '../rules/settings';
import type { FieldSource, PageRecord, Problem, ProblemReason } from '../pages/records';


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

const REASON_KEYS: Record<ProblemReason, MessageKey> = {
  'not-shown': 'problem_not_shown',
  unreadable: 'problem_unreadable',
  disagree: 'problem_disagree',
  limit: 'problem_limit',
  rules: 'problem_rules',
  'no-reply': 'problem_no_reply',
};

/** One problem in words, with how to get the field where the page can show it (点开"查看物流"). */
export function problemLine(p: Problem): string {
  const line = t(REASON_KEYS[p.reason] ?? 'problem_unreadable', fieldName(p.field), p.detail ?? '');
  const hintKey = `hint_${p.field}` as MessageKey;
  const hint = p.reason === 'not-shown' ? t(hintKey) : '';
  return hint && hint !== hintKey ? `${line} · ${hint}` : line;
}

const VIA_KEYS: Record<FieldSource['via'], MessageKey> = { column: 'via_column', label: 'via_label', page: 'via_page', url: 'via_url', cell: 'via_cell' };

/** Where each field was read: 订单号←列「订单号」 · 提问时间←标签「提问时间」. */
export function sourcesLine(sources: PageRecord['sources']): string {
  return Object.entries(sources ?? {})
    .map(([field, source]) => t('source_of', fieldName(field), t(VIA_KEYS[source!.via], source!.name)))
    .join(' · ');
}
