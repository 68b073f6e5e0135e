/**
 * The user's RuleSettings overrides, one row per key. Stored values are checked on every load: a row
 * with an unknown key or a wrong type (an old version, a hand edit) is ignored, never trusted.
 */
import { DEFAULT_SETTINGS, withSettings, type QuietHours, type RuleSettings } from '../rules/settings';
import { isInstant } from '../rules/shanghai';
import type { SentinelDb } from './db';
import { withDeadlines } from './derive';
import type { LogItem } from './types';

type Check = (v: unknown) => boolean;

const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const amount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const listOf = (item: Check): Check => (v) => Array.isArray(v) && v.length <= 100 && v.every(item);
const minuteOfDay: Check = (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 24 * 60;
const shortText: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= 50;

const CHECKS: { readonly [K in keyof RuleSettings]: Check } = {
  invoiceFirstDays: count,
  invoiceFinalDays: count,
  respondHours: amount,
  invoicePenaltyFrom: isInstant,
  pointsPerComplaint: count,
  pointsCap: count,
  pointsWindowDays: count,
  specialPeriodStart: isInstant,
  specialPeriodEnd: (v) => v === null || isInstant(v),
  stallHoursDaily: amount,
  stallHoursDailyRemote: amount,
  stallHoursSpecial: amount,
  stallHoursSpecialRemote: amount,
  remoteProvinces: listOf(shortText),
  qaSuggestHours: amount,
  fewQaThreshold: count,
  reminderLeadMinutes: listOf(amount),
  dueSoonHours: amount,
  urgentHours: amount,
  badgeKinds: listOf((v) => v === 'invoice' || v === 'logistics' || v === 'qa'),
  digestMinutes: (v) => v === null || minuteOfDay(v),
  quietHours: (v) => v === null || (typeof v === 'object' && minuteOfDay((v as QuietHours).start) && minuteOfDay((v as QuietHours).end) && (v as QuietHours).start !== (v as QuietHours).end),
};

const isSettingKey = (key: string): key is keyof RuleSettings => Object.hasOwn(CHECKS, key);

/** The valid overrides among stored rows. */
export function settingsOverrides(rows: Iterable<{ key: string; value: unknown }>): Partial<RuleSettings> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of rows) if (isSettingKey(key) && CHECKS[key](value)) out[key] = value;
  return out as Partial<RuleSettings>;
}

export async function loadSettings(db: SentinelDb): Promise<RuleSettings> {
  return withSettings(settingsOverrides(await db.settings.toArray()));
}

/** Re-derives dueTimes/finalDueAt of the open items, whose indexes depend on the settings. */
async function rederiveOpenItems(db: SentinelDb, settings: RuleSettings): Promise<void> {
  const rederive = <T extends LogItem>(items: T[]) => items.map((i) => withDeadlines(i, settings));
  await db.tickets.bulkPut(rederive(await db.tickets.where('status').equals('open').toArray()));
  await db.questions.bulkPut(rederive(await db.questions.where('status').equals('open').toArray()));
}

/**
 * Stores the given overrides (a value equal to the default removes the override, so the default applies
 * again) and returns the settings now in force. Throws RangeError, writing nothing, if any value is invalid.
 */
export async function saveSettings(db: SentinelDb, partial: Partial<RuleSettings>): Promise<RuleSettings> {
  const entries = Object.entries(partial).filter(([, value]) => value !== undefined);
  const invalid = entries.filter(([key, value]) => !isSettingKey(key) || !CHECKS[key](value)).map(([key]) => key);
  if (invalid.length > 0) throw new RangeError(`invalid settings: ${invalid.join(', ')}`);
  return db.transaction('rw', [db.settings, db.tickets, db.questions], async () => {
    for (const [key, value] of entries) {
      const isDefault = JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key as keyof RuleSettings]);
      await (isDefault ? db.settings.delete(key) : db.settings.put({ key, value: structuredClone(value) }));
    }
    const settings = await loadSettings(db);
    await rederiveOpenItems(db, settings);
    return settings;
  });
}
