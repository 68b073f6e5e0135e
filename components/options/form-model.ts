/** The options form's state (texts as typed, ticked badge kinds) and its reading into settings, all or nothing. */
import { t } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import { ALL_FIELDS, type TextKey } from './setting-fields';

export type BadgeKind = RuleSettings['badgeKinds'][number];
export const BADGE_KINDS: readonly BadgeKind[] = ['invoice', 'logistics', 'qa'];

export interface Draft {
  texts: Record<TextKey, string>;
  badgeKinds: BadgeKind[];
}

export type FieldErrors = Partial<Record<keyof RuleSettings, string>>;

export function draftOf(settings: RuleSettings): Draft {
  const texts = {} as Record<TextKey, string>;
  for (const field of ALL_FIELDS) texts[field.key] = field.format(settings[field.key]);
  return { texts, badgeKinds: BADGE_KINDS.filter((k) => settings.badgeKinds.includes(k)) };
}

/** Rules between fields: each names the field whose message it shows. */
function crossErrors(s: RuleSettings): FieldErrors {
  const errors: FieldErrors = {};
  if (s.invoiceFinalDays < s.invoiceFirstDays) errors.invoiceFinalDays = t('opt_error_final_before_first');
  if (s.specialPeriodEnd !== null && s.specialPeriodEnd <= s.specialPeriodStart) errors.specialPeriodEnd = t('opt_error_end_before_start');
  if (s.urgentHours > s.dueSoonHours) errors.urgentHours = t('opt_error_urgent_after_soon');
  return errors;
}

/**
 * Every field read back. A text still as it was shown keeps the stored value as it is (a datetime shown to the
 * minute, or hours rounded for display, must not change by merely saving). Any error: no values at all.
 */
export function readDraft(draft: Draft, current: RuleSettings): { ok: true; values: RuleSettings } | { ok: false; errors: FieldErrors } {
  const values: RuleSettings = { ...current, badgeKinds: BADGE_KINDS.filter((k) => draft.badgeKinds.includes(k)) };
  const errors: FieldErrors = {};
  for (const field of ALL_FIELDS) {
    const text = draft.texts[field.key];
    if (text === field.format(current[field.key])) continue;
    const parsed = field.parse(text);
    if ('error' in parsed) errors[field.key] = parsed.error;
    else (values as unknown as Record<TextKey, unknown>)[field.key] = parsed.value;
  }
  for (const [key, message] of Object.entries(crossErrors(values)) as [keyof RuleSettings, string][]) errors[key] ??= message;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}
