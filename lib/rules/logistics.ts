import { toSimplified } from '../chinese';
import { addHoursMs, assertInstant } from './shanghai';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings';

export interface LogisticsInput {
  /** U: last tracking update (物流最后更新时间). */
  lastUpdateAt: number;
  /** Receiving province as the page shows it (Simplified or Traditional); null if unknown. */
  province: string | null;
  /** W: when the logistics-stall work order was created, or null if none exists. */
  workOrderCreatedAt: number | null;
}

export interface LogisticsDeadlines {
  /** E: when the buyer's stall entry opens. Null only if no rule version would ever expose (cannot happen with the default versions). */
  exposureAt: number | null;
  remote: boolean;
  /** W + respondHours once a work order exists. */
  replyBy: number | null;
}

/** One stall-threshold version, in force on [start, end); ±Infinity for open ends. */
export interface StallRuleVersion {
  name: 'daily' | 'special';
  start: number;
  end: number;
  hours: number;
}

/**
 * The versions of RULES §2 as a partition of time: daily until specialPeriodStart, special until
 * specialPeriodEnd (null = open), daily again after. An end set before the start empties the special period.
 */
export function stallRuleVersions(remote: boolean, settings: RuleSettings = DEFAULT_SETTINGS): StallRuleVersion[] {
  const daily = remote ? settings.stallHoursDailyRemote : settings.stallHoursDaily;
  const special = remote ? settings.stallHoursSpecialRemote : settings.stallHoursSpecial;
  const start = settings.specialPeriodStart;
  const end = settings.specialPeriodEnd === null ? Infinity : Math.max(start, settings.specialPeriodEnd);
  const versions: StallRuleVersion[] = [
    { name: 'daily', start: -Infinity, end: start, hours: daily },
    { name: 'special', start, end, hours: special },
  ];
  if (end !== Infinity) versions.push({ name: 'daily', start: end, end: Infinity, hours: daily });
  return versions.filter((v) => v.start < v.end);
}

/** Prefix match, Traditional and Simplified alike (寧夏回族自治區 matches 宁夏). Unknown province: not remote. */
export function isRemoteProvince(province: string | null, settings: RuleSettings = DEFAULT_SETTINGS): boolean {
  if (province === null) return false;
  const name = toSimplified(province.trim());
  return settings.remoteProvinces.some((entry) => {
    const prefix = toSimplified(entry.trim());
    // An empty entry would match every province; ignore it.
    return prefix !== '' && name.startsWith(prefix);
  });
}

/**
 * RULES §2. E = earliest t ≥ U with (t − U) ≥ T of the version in force at t: per version,
 * candidate = max(U + T, start), valid if candidate < end; E = the earliest valid candidate.
 */
export function logisticsDeadlines(input: LogisticsInput, settings: RuleSettings = DEFAULT_SETTINGS): LogisticsDeadlines {
  const u = assertInstant(input.lastUpdateAt, 'lastUpdateAt');
  const remote = isRemoteProvince(input.province, settings);
  let exposureAt: number | null = null;
  for (const v of stallRuleVersions(remote, settings)) {
    const candidate = Math.max(addHoursMs(u, v.hours), v.start);
    if (candidate < v.end && (exposureAt === null || candidate < exposureAt)) exposureAt = candidate;
  }
  const w = input.workOrderCreatedAt;
  const replyBy = w === null ? null : addHoursMs(assertInstant(w, 'workOrderCreatedAt'), settings.respondHours);
  return { exposureAt, remote, replyBy };
}
