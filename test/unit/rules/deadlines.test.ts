import { describe, expect, it } from 'vitest';
import { deadlinesOf } from '../../../lib/rules/deadlines';
import { sh } from './time';

describe('deadlinesOf', () => {
  it('lists an invoice ticket\'s deadlines earliest first, with respond-by after a late work order', () => {
    expect(deadlinesOf({ kind: 'invoice', requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: sh('2022-12-27T15:30:00') })).toEqual([
      { at: sh('2022-12-15T23:59:59.999'), key: 'invoice.first' },
      { at: sh('2022-12-25T23:59:59.999'), key: 'invoice.final' },
      { at: sh('2022-12-28T15:30:00'), key: 'invoice.respond' },
    ]);
    expect(deadlinesOf({ kind: 'invoice', requestedAt: sh('2022-12-05T10:00:00'), workOrderCreatedAt: null }).map((d) => d.key)).toEqual([
      'invoice.first',
      'invoice.final',
    ]);
  });

  it('lists logistics exposure and reply-by', () => {
    const input = { lastUpdateAt: sh('2022-12-20T08:00:00'), province: '江苏省', workOrderCreatedAt: sh('2022-12-24T10:00:00') };
    expect(deadlinesOf({ kind: 'logistics', ...input })).toEqual([
      { at: sh('2022-12-23T08:00:00'), key: 'logistics.exposure' },
      { at: sh('2022-12-25T10:00:00'), key: 'logistics.reply' },
    ]);
  });

  it('lists a Q&A suggestion only when there is one', () => {
    const q = { kind: 'qa' as const, askedAt: sh('2022-12-20T10:00:00'), buyerAnswerCount: 0, itemQaCount: null, answerable: true };
    expect(deadlinesOf(q)).toEqual([{ at: sh('2022-12-21T10:00:00'), key: 'qa.suggest' }]);
    expect(deadlinesOf({ ...q, answerable: false })).toEqual([]);
    expect(deadlinesOf({ ...q, buyerAnswerCount: 1 })).toEqual([]);
  });
});
