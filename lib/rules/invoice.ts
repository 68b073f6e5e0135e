import { addHoursMs, assertInstant, endOfDayAfter } from './shanghai';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings';

export interface InvoiceInput {
  /** R: when the buyer applied for the invoice (申请开票时间). */
  requestedAt: number;
  /** W: when the invoice work order was created, or null if none exists. */
  workOrderCreatedAt: number | null;
}

export interface InvoiceDeadlines {
  /** 开票时效: end of day date(R) + invoiceFirstDays. */
  firstDeadline: number;
  /** 二次超时: end of day date(R) + invoiceFinalDays. */
  finalDeadline: number;
  /** W + respondHours, only for a work order created after the final deadline. */
  respondBy: number | null;
  /** When an unhandled ticket turns into a point; null without a work order. */
  penaltyRiskAt: number | null;
  /** Points at stake at penaltyRiskAt (0 before the norm took effect or without a work order). */
  pointsAtRisk: number;
}

/** RULES §1. */
export function invoiceDeadlines(input: InvoiceInput, settings: RuleSettings = DEFAULT_SETTINGS): InvoiceDeadlines {
  const requestedAt = assertInstant(input.requestedAt, 'requestedAt');
  const firstDeadline = endOfDayAfter(requestedAt, settings.invoiceFirstDays);
  const finalDeadline = endOfDayAfter(requestedAt, settings.invoiceFinalDays);
  const w = input.workOrderCreatedAt;
  // No work order, no penalty: the deadlines still show, so the seller can issue before one exists.
  if (w === null) return { firstDeadline, finalDeadline, respondBy: null, penaltyRiskAt: null, pointsAtRisk: 0 };

  assertInstant(w, 'workOrderCreatedAt');
  // "before or at the final deadline" → risk at the final deadline; after it → W + 24 h.
  const respondBy = w <= finalDeadline ? null : addHoursMs(w, settings.respondHours);
  const penaltyRiskAt = respondBy ?? finalDeadline;
  // Interpretation: points only for risk moments on or after the norm's start (2022-12-16 00:00).
  const pointsAtRisk = penaltyRiskAt >= settings.invoicePenaltyFrom ? settings.pointsPerComplaint : 0;
  return { firstDeadline, finalDeadline, respondBy, penaltyRiskAt, pointsAtRisk };
}
