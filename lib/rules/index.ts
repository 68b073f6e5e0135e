export { DEFAULT_SETTINGS, withSettings, type RuleSettings } from './settings';
export {
  SHANGHAI,
  inShanghai,
  MINUTE_MS,
  HOUR_MS,
  DAY_MS,
  inShanghaiDate,
  shanghaiTime,
  endOfDayAfter,
  addHoursMs,
} from './shanghai';
export { invoiceDeadlines, type InvoiceInput, type InvoiceDeadlines } from './invoice';
export {
  logisticsDeadlines,
  isRemoteProvince,
  stallRuleVersions,
  type LogisticsInput,
  type LogisticsDeadlines,
  type StallRuleVersion,
} from './logistics';
export { qaSuggestion, type QaInput, type QaSuggestion, type QaPriority } from './qa';
export {
  pointsAt,
  forecastPoints,
  applyCap,
  windowMs,
  type PointEvent,
  type CappedEvent,
  type PointsForecast,
} from './ledger';
export { deadlinesOf, type Deadline, type DeadlineKey, type RuleItem } from './deadlines';
