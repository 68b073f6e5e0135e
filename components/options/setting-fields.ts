/**
 * The options form's fields: every RuleSettings parameter with its input kind, how its value is written in
 * the form and read back, and its bounds. Pure (apart from t()), so the page and the tests share one truth.
 */
import { t, type MessageKey } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import { SHANGHAI_OFFSET_MS, shanghaiIso } from '@/lib/rules/shanghai';
import { formatQuietHours, parseQuietHours } from '@/lib/reminders/quiet-hours';

export type TextKey = Exclude<keyof RuleSettings, 'badgeKinds'>;
export type Parsed = { value: RuleSettings[TextKey] } | { error: string };

export interface FieldSpec {
  key: TextKey;
  label: MessageKey;
  hint?: MessageKey;
  unit?: MessageKey;
  /** RULES.md marks this default as an interpretation of the notice. */
  interpretation?: boolean;
  input: 'number' | 'datetime' | 'textarea' | 'text' | 'time';
  integer?: boolean;
  min?: number;
  format(value: RuleSettings[TextKey]): string;
  parse(text: string): Parsed;
}

const MAX_HOURS = 720;
export const MAX_LIST = 100;
export const MAX_PROVINCE_CHARS = 50;
const MAX_LEAD_TIMES = 20;

/** The instant as a datetime-local value in Shanghai wall time: `2022-12-15T00:00`. */
export function shanghaiInputValue(ms: number | null): string {
  return ms === null ? '' : shanghaiIso(ms).slice(0, 16);
}

/** A datetime-local value read as Shanghai wall time, or null if it is not one. */
export function parseShanghaiInput(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS;
  return shanghaiInputValue(ms).slice(0, 16) === text.trim().slice(0, 16) ? ms : null; // rejects 02-30, 25:00…
}

function numberField(key: TextKey, label: MessageKey, unit: MessageKey, integer: boolean, min: number, max: number, extra: Partial<FieldSpec> = {}): FieldSpec {
  return {
    key, label, unit, input: 'number', integer, min, ...extra,
    format: (v) => String(v),
    parse(text) {
      const trimmed = text.trim();
      if (trimmed === '') return { error: t('opt_error_required') };
      const n = Number(trimmed);
      if (!Number.isFinite(n)) return { error: t('opt_error_number') };
      if (integer && !Number.isInteger(n)) return { error: t('opt_error_integer') };
      if (n < min || n > max) return { error: t('opt_error_range', min, max) };
      return { value: n };
    },
  };
}

function instantField(key: 'invoicePenaltyFrom' | 'specialPeriodStart' | 'specialPeriodEnd', label: MessageKey, optional: boolean, extra: Partial<FieldSpec> = {}): FieldSpec {
  return {
    key, label, unit: 'opt_unit_beijing', input: 'datetime', ...extra,
    format: (v) => shanghaiInputValue(v as number | null),
    parse(text) {
      if (text.trim() === '') return optional ? { value: null } : { error: t('opt_error_required') };
      const ms = parseShanghaiInput(text);
      return ms === null ? { error: t('opt_error_datetime') } : { value: ms };
    },
  };
}

const provincesField: FieldSpec = {
  key: 'remoteProvinces', label: 'opt_remoteProvinces', hint: 'opt_remoteProvinces_hint', interpretation: true, input: 'textarea',
  format: (v) => (v as string[]).join('\n'),
  parse(text) {
    const names = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
    const long = names.find((n) => n.length > MAX_PROVINCE_CHARS);
    if (long !== undefined) return { error: t('opt_error_province_long', MAX_PROVINCE_CHARS, long.slice(0, 20)) };
    return names.length > MAX_LIST ? { error: t('opt_error_too_many', MAX_LIST) } : { value: names };
  },
};

/** Minutes as the form writes them: whole hours as a bare number, the rest with the minutes suffix. */
export function formatLeadTimes(minutes: readonly number[]): string {
  return minutes.map((m) => (m % 60 === 0 ? String(m / 60) : `${m}${t('opt_minutes_suffix')}`)).join(', ');
}

/** `24, 4, 1, 0` (hours) or `30分钟` / `30min` → minutes, latest first, each once. */
export function parseLeadTimes(text: string): Parsed {
  // `30 分钟` is one time: join a number to its unit before splitting on commas (any width) and spaces.
  const joined = text.replace(/(\d)\s+(?=[a-z\u4E00-\u9FFF])/gi, '$1');
  const tokens = joined.split(/[,\uFF0C\u3001;\uFF1B\s]+/).filter(Boolean);
  const minutes: number[] = [];
  for (const token of tokens) {
    const m = /^(\d+(?:\.\d+)?)(h|hr|hours?|小时|时|m|min|minutes?|分钟|分)?$/i.exec(token);
    if (!m) return { error: t('opt_error_lead_time', token.slice(0, 20)) };
    const n = Number(m[1]);
    const inMinutes = m[2] !== undefined && /^(m|min|minutes?|分钟|分)$/i.test(m[2]);
    minutes.push(Math.round((inMinutes ? n : n * 60) * 1000) / 1000);
  }
  if (minutes.some((m) => m > MAX_HOURS * 60)) return { error: t('opt_error_lead_range', MAX_HOURS) };
  const unique = [...new Set(minutes)].sort((a, b) => b - a);
  return unique.length > MAX_LEAD_TIMES ? { error: t('opt_error_too_many', MAX_LEAD_TIMES) } : { value: unique };
}

/** Minutes after midnight as a time input writes them, `09:00`; empty when switched off. */
export function formatDigestTime(minutes: number | null): string {
  return minutes === null ? '' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The morning digest's time of day: `HH:MM` (Shanghai), or empty to switch it off. */
const digestField: FieldSpec = {
  key: 'digestMinutes', label: 'opt_digestMinutes', hint: 'opt_digestMinutes_hint', unit: 'opt_unit_beijing', input: 'time',
  format: (v) => formatDigestTime(v as number | null),
  parse(text) {
    if (text.trim() === '') return { value: null };
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
    return m ? { value: Number(m[1]) * 60 + Number(m[2]) } : { error: t('opt_error_time') };
  },
};

/** Quiet hours (issue 25): `23:00-08:00` Beijing time, or empty to switch them off. */
const quietField: FieldSpec = {
  key: 'quietHours', label: 'opt_quietHours', hint: 'opt_quietHours_hint', unit: 'opt_unit_beijing', input: 'text',
  format: (v) => formatQuietHours(v as RuleSettings['quietHours']),
  parse(text) {
    if (text.trim() === '') return { value: null };
    const q = parseQuietHours(text);
    return q ? { value: q } : { error: t('opt_error_quiet') };
  },
};

const leadTimesField: FieldSpec = {
  key: 'reminderLeadMinutes', label: 'opt_reminderLeadMinutes', hint: 'opt_reminderLeadMinutes_hint', input: 'text',
  format: (v) => formatLeadTimes(v as number[]),
  parse: parseLeadTimes,
};

const days = (key: TextKey, label: MessageKey, min = 0) => numberField(key, label, 'opt_unit_days', true, min, 365);
const hours = (key: TextKey, label: MessageKey) => numberField(key, label, 'opt_unit_hours', false, 0, MAX_HOURS);

export type GroupId = 'invoice' | 'logistics' | 'qa' | 'points' | 'reminders' | 'badges';

export interface FieldGroup {
  id: GroupId;
  title: MessageKey;
  source: MessageKey;
  fields: FieldSpec[];
}

export const FIELD_GROUPS: readonly FieldGroup[] = [
  { id: 'invoice', title: 'opt_group_invoice', source: 'opt_source_invoice', fields: [
    days('invoiceFirstDays', 'opt_invoiceFirstDays'),
    days('invoiceFinalDays', 'opt_invoiceFinalDays'),
    hours('respondHours', 'opt_respondHours'),
    instantField('invoicePenaltyFrom', 'opt_invoicePenaltyFrom', false, { interpretation: true }),
  ] },
  { id: 'logistics', title: 'opt_group_logistics', source: 'opt_source_logistics', fields: [
    instantField('specialPeriodStart', 'opt_specialPeriodStart', false),
    instantField('specialPeriodEnd', 'opt_specialPeriodEnd', true, { hint: 'opt_specialPeriodEnd_hint' }),
    hours('stallHoursDaily', 'opt_stallHoursDaily'),
    hours('stallHoursDailyRemote', 'opt_stallHoursDailyRemote'),
    hours('stallHoursSpecial', 'opt_stallHoursSpecial'),
    hours('stallHoursSpecialRemote', 'opt_stallHoursSpecialRemote'),
    provincesField,
  ] },
  { id: 'qa', title: 'opt_group_qa', source: 'opt_source_qa', fields: [
    hours('qaSuggestHours', 'opt_qaSuggestHours'),
    numberField('fewQaThreshold', 'opt_fewQaThreshold', 'opt_unit_entries', true, 0, 1000),
  ] },
  { id: 'points', title: 'opt_group_points', source: 'opt_source_points', fields: [
    numberField('pointsPerComplaint', 'opt_pointsPerComplaint', 'opt_unit_points', true, 0, 12),
    numberField('pointsCap', 'opt_pointsCap', 'opt_unit_points', true, 0, 100),
    days('pointsWindowDays', 'opt_pointsWindowDays', 1),
  ] },
  { id: 'reminders', title: 'opt_group_reminders', source: 'opt_source_reminders', fields: [leadTimesField, digestField, quietField] },
  { id: 'badges', title: 'opt_group_badges', source: 'opt_source_badges', fields: [
    hours('dueSoonHours', 'opt_dueSoonHours'),
    hours('urgentHours', 'opt_urgentHours'),
  ] },
];

export const ALL_FIELDS: readonly FieldSpec[] = FIELD_GROUPS.flatMap((g) => g.fields);
