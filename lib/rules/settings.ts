/**
 * Every rule parameter of RULES.md, with its default. The options page edits a copy of this object;
 * rule functions take it as a parameter and never read defaults elsewhere.
 * Instants are epoch milliseconds; `null` means "not announced / open".
 */
export interface RuleSettings {
  /** 开票时效: days after the request date whose end is the first deadline (RULES §1). */
  invoiceFirstDays: number;
  /** 二次超时: days after the request date whose end is the final deadline (RULES §1). */
  invoiceFinalDays: number;
  /** Hours to respond to a work order (invoice after the final deadline, and logistics stall) (RULES §1, §2). */
  respondHours: number;
  /** When the invoice norm took effect; penalty moments before it carry no points (RULES §1, interpretation). */
  invoicePenaltyFrom: number;
  /** Points per lost complaint, and the cap within the rolling window (RULES §1, §4). */
  pointsPerComplaint: number;
  pointsCap: number;
  pointsWindowDays: number;
  /** Logistics special (peak) period start and its user-set end (RULES §2). */
  specialPeriodStart: number;
  specialPeriodEnd: number | null;
  /** Stall thresholds in hours: daily and special versions, normal and remote areas (RULES §2). */
  stallHoursDaily: number;
  stallHoursDailyRemote: number;
  stallHoursSpecial: number;
  stallHoursSpecialRemote: number;
  /** Remote provinces, matched by name prefix in Simplified or Traditional (RULES §2, interpretation). */
  remoteProvinces: string[];
  /** Hours without a buyer answer before the seller should answer (RULES §3). */
  qaSuggestHours: number;
  /** Fewer Q&A entries than this on the item: high priority (RULES §3). */
  fewQaThreshold: number;
  /** Reminder lead times in minutes before each deadline; 0 is the moment itself (RULES §5). */
  reminderLeadMinutes: number[];
  /** Badge urgency: due soon within this many hours, urgent within that many. */
  dueSoonHours: number;
  urgentHours: number;
  /** Which kinds of item get in-page badges (the log and reminders keep all of them). */
  badgeKinds: ('invoice' | 'logistics' | 'qa')[];
  /** The morning digest: minutes after Shanghai midnight (540 = 09:00), or null when switched off. */
  digestMinutes: number | null;
  /** Quiet hours (issue 25): no notification inside them; null = off (lib/reminders/quiet-hours.ts). */
  quietHours: QuietHours | null;
}

/** Minutes after Shanghai midnight; start > end wraps the day (23:00–08:00). start === end is no window. */
export interface QuietHours {
  start: number;
  end: number;
}

export const DEFAULT_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  invoiceFirstDays: 10,
  invoiceFinalDays: 20,
  respondHours: 24,
  invoicePenaltyFrom: Date.UTC(2022, 11, 15, 16), // 2022-12-16 00:00 Asia/Shanghai
  pointsPerComplaint: 1,
  pointsCap: 6,
  pointsWindowDays: 30,
  specialPeriodStart: Date.UTC(2022, 11, 14, 16), // 2022-12-15 00:00 Asia/Shanghai
  specialPeriodEnd: null,
  stallHoursDaily: 48,
  stallHoursDailyRemote: 72,
  stallHoursSpecial: 72,
  stallHoursSpecialRemote: 96,
  remoteProvinces: ['新疆', '西藏', '青海', '甘肃', '宁夏', '内蒙古', '海南'],
  qaSuggestHours: 24,
  fewQaThreshold: 3,
  reminderLeadMinutes: [24 * 60, 4 * 60, 60, 0],
  dueSoonHours: 24,
  urgentHours: 4,
  badgeKinds: ['invoice', 'logistics', 'qa'] as RuleSettings['badgeKinds'],
  digestMinutes: 9 * 60,
  quietHours: null,
});

/** Defaults overlaid with the user's (or a test vector's) overrides. */
export function withSettings(overrides: Partial<RuleSettings> = {}): RuleSettings {
  return {
    ...DEFAULT_SETTINGS,
    remoteProvinces: [...DEFAULT_SETTINGS.remoteProvinces],
    reminderLeadMinutes: [...DEFAULT_SETTINGS.reminderLeadMinutes],
    badgeKinds: [...DEFAULT_SETTINGS.badgeKinds],
    ...overrides,
  };
}
