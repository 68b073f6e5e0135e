import { describe, expect, it } from 'vitest';
import { invoiceDeadlines } from '../../../lib/rules/invoice';
import { withSettings } from '../../../lib/rules/settings';
import { sh } from './time';

describe('invoiceDeadlines', () => {
  it('a request at 00:00 and at 23:59:59.999 Shanghai gets the same deadlines', () => {
    for (const requestedAt of [sh('2022-12-05T00:00:00'), sh('2022-12-05T23:59:59.999')]) {
      const d = invoiceDeadlines({ requestedAt, workOrderCreatedAt: null });
      expect(d.firstDeadline).toBe(sh('2022-12-15T23:59:59.999'));
      expect(d.finalDeadline).toBe(sh('2022-12-25T23:59:59.999'));
    }
  });

  it('a request one millisecond into the next day moves both deadlines a day', () => {
    const d = invoiceDeadlines({ requestedAt: sh('2022-12-06T00:00:00'), workOrderCreatedAt: null });
    expect(d.firstDeadline).toBe(sh('2022-12-16T23:59:59.999'));
    expect(d.finalDeadline).toBe(sh('2022-12-26T23:59:59.999'));
  });

  it('a work order exactly at the final deadline is "before or at": risk at the final deadline, no respond-by', () => {
    const d = invoiceDeadlines({ requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: sh('2022-12-25T23:59:59.999') });
    expect(d.respondBy).toBeNull();
    expect(d.penaltyRiskAt).toBe(sh('2022-12-25T23:59:59.999'));
    expect(d.pointsAtRisk).toBe(1);
  });

  it('a work order 1 ms after the final deadline gets 24 h to respond', () => {
    const d = invoiceDeadlines({ requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: sh('2022-12-26T00:00:00') });
    expect(d.respondBy).toBe(sh('2022-12-27T00:00:00'));
    expect(d.penaltyRiskAt).toBe(d.respondBy);
  });

  it('no work order: no penalty risk, whatever the dates', () => {
    const d = invoiceDeadlines({ requestedAt: sh('2023-03-01T10:00:00'), workOrderCreatedAt: null });
    expect(d).toEqual({
      firstDeadline: sh('2023-03-11T23:59:59.999'),
      finalDeadline: sh('2023-03-21T23:59:59.999'),
      respondBy: null,
      penaltyRiskAt: null,
      pointsAtRisk: 0,
    });
  });

  it('points only from the norm start (2022-12-16 00:00), inclusive', () => {
    // Final deadline 12-15 23:59:59.999 is before the norm: no points.
    const before = invoiceDeadlines({ requestedAt: sh('2022-11-25T10:00:00'), workOrderCreatedAt: sh('2022-12-01T00:00:00') });
    expect(before.penaltyRiskAt).toBe(sh('2022-12-15T23:59:59.999'));
    expect(before.pointsAtRisk).toBe(0);
    // Respond-by exactly at 12-16 00:00: on the start, so points apply.
    const at = invoiceDeadlines({ requestedAt: sh('2022-11-20T10:00:00'), workOrderCreatedAt: sh('2022-12-15T00:00:00') });
    expect(at.penaltyRiskAt).toBe(sh('2022-12-16T00:00:00'));
    expect(at.pointsAtRisk).toBe(1);
  });

  it('follows the user settings', () => {
    const s = withSettings({ invoiceFirstDays: 7, invoiceFinalDays: 15, respondHours: 48, pointsPerComplaint: 2 });
    const d = invoiceDeadlines({ requestedAt: sh('2023-01-10T09:00:00'), workOrderCreatedAt: sh('2023-01-26T08:00:00') }, s);
    expect(d.firstDeadline).toBe(sh('2023-01-17T23:59:59.999'));
    expect(d.finalDeadline).toBe(sh('2023-01-25T23:59:59.999'));
    expect(d.respondBy).toBe(sh('2023-01-28T08:00:00'));
    expect(d.pointsAtRisk).toBe(2);
  });

  it('rejects a non-instant instead of returning NaN deadlines', () => {
    expect(() => invoiceDeadlines({ requestedAt: Number.NaN, workOrderCreatedAt: null })).toThrow(RangeError);
    expect(() => invoiceDeadlines({ requestedAt: 0, workOrderCreatedAt: Number.NaN })).toThrow(RangeError);
  });
});
