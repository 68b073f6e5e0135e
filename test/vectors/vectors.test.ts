/** Rule vectors runner (DESIGN contract 1): one test per vector, named "<id> (<file>)". */
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { invoiceDeadlines, type InvoiceInput } from '../../lib/rules/invoice';
import { forecastPoints, otherPointsAt, pointsAt, type PointEvent } from '../../lib/rules/ledger';
import { logisticsDeadlines, type LogisticsInput } from '../../lib/rules/logistics';
import { qaSuggestion, type QaInput } from '../../lib/rules/qa';
import { withSettings } from '../../lib/rules/settings';
import { loadVectorSources, type Vector } from './load-vectors';

it('runs in the time zone TZ claims', () => {
  const claimed = process.env.TZ;
  // Node reports no zone at all (undefined) when TZ names a zone it does not know.
  const actual: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(typeof actual, `resolved time zone for TZ=${String(claimed)}`).toBe('string');
  if (claimed === undefined || claimed === '') return;
  // Canonicalise the claim the same way (UTC vs Etc/UTC); an invalid zone name throws and fails.
  expect(actual).toBe(Intl.DateTimeFormat(undefined, { timeZone: claimed }).resolvedOptions().timeZone);
  for (const ms of [Date.UTC(2022, 0, 15), Date.UTC(2022, 6, 15)]) {
    // getTimezoneOffset is minutes behind UTC, tzOffset minutes ahead: they must cancel out.
    const date = new Date(ms);
    expect(date.getTimezoneOffset() + tzOffset(claimed, date), `offset at ${date.toISOString()}`).toBe(0);
  }
});

/** Runs the rule a vector's kind names; returns every field the rule produces. The loader checked the input's shape. */
function actualFor(v: Vector): Record<string, unknown> {
  const settings = withSettings(v.settings);
  const input: unknown = v.input;
  switch (v.kind) {
    case 'invoice':
      return { ...invoiceDeadlines(input as InvoiceInput, settings) };
    case 'logistics':
      return { ...logisticsDeadlines(input as LogisticsInput, settings) };
    case 'qa':
      return { ...qaSuggestion(input as QaInput, settings) };
    case 'ledger': {
      const { events, at, forecast } = input as { events: PointEvent[]; at: number; forecast?: { at: number }[] };
      return {
        points: pointsAt(events, at, settings),
        otherPoints: otherPointsAt(events, at, settings),
        forecastPoints: forecastPoints(events, forecast ?? [], at, settings).points,
      };
    }
  }
}

/** Instants print as Shanghai ISO plus raw ms, so equal strings mean equal instants and diffs are readable. */
function show(value: unknown, instant: boolean): unknown {
  if (!instant || typeof value !== 'number') return value;
  return `${format(new TZDate(value, 'Asia/Shanghai'), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx")} (${value})`;
}

// Plain loops, not .each: .each quotes '$name', and the id must lead the test name.
for (const source of loadVectorSources()) {
  describe(`${source.label}`, () => {
    for (const c of source.cases) {
      it(`${c.name}`, () => {
        if (c.error !== undefined || c.vector === undefined) throw new Error(c.error ?? 'no vector');
        const actual = actualFor(c.vector);
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        for (const [field, { type, value }] of Object.entries(c.vector.expect)) {
          const instant = type.startsWith('instant');
          got[field] = show(actual[field], instant);
          want[field] = show(value, instant);
        }
        expect(got).toStrictEqual(want);
      });
    }
  });
}
