import { t } from '../i18n';
import { invoiceDeadlines } from '../rules/invoice';
import { shanghaiClock } from './format';
import { forecastPoints, pointsAt, type PointEvent, type PointsForecast } from '../rules/ledger';
import type { RuleSettings } from '../rules/settings';
import type { PageRecord } from '../pages/records';

/** What every badge on a page shares: the rules in force and the 30-day ledger with its forecast. */
export interface BadgeContext {
  settings: RuleSettings;
  pointsInWindow: number;
  forecast: PointsForecast | null;
  /** The forecast in words when it adds points (预计…), for invoice badges: worded where it is worked out. */
  forecastNote?: string;
  /** The log could not be written: the badges still show, reminders are paused. */
  storageUnavailable?: boolean;
}

/** Penalty-risk moments of open invoice items with a work order, for the forecast (RULES §4). */
export function riskMoments(records: Iterable<PageRecord>, s: RuleSettings): { at: number }[] {
  const moments: { at: number }[] = [];
  for (const r of records) {
    if (r.kind !== 'invoice' || r.status !== 'open' || r.requestedAt === undefined || r.workOrderCreatedAt === undefined) continue;
    const d = invoiceDeadlines({ requestedAt: r.requestedAt, workOrderCreatedAt: r.workOrderCreatedAt }, s);
    if (d.penaltyRiskAt !== null && d.pointsAtRisk > 0) moments.push({ at: d.penaltyRiskAt });
  }
  return moments;
}

export function badgeContext(records: Iterable<PageRecord>, events: readonly PointEvent[], now: number, s: RuleSettings): BadgeContext {
  const moments = riskMoments(records, s).filter((m) => m.at >= now);
  return {
    settings: s,
    pointsInWindow: pointsAt(events, now, s),
    forecast: moments.length ? forecastPoints(events, moments, now, s) : null,
  };
}

/** The context as the content script gets it: its forecast worded when it adds points (the badge carries no wording it can be sent). */
export function withForecastNote(context: BadgeContext): BadgeContext {
  const { forecast, pointsInWindow, settings } = context;
  if (!forecast || forecast.points <= pointsInWindow) return context;
  return { ...context, forecastNote: t('forecast', shanghaiClock(forecast.at).slice(0, 5), forecast.points, settings.pointsCap) };
}
