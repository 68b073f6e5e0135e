import { describe, expect, it } from 'vitest';
import { mergeRecords } from '@/lib/background/record-cache';

describe('mergeRecords', () => {
  it('merges observations of one item field by field, newest winning', () => {
    let cache = mergeRecords({}, [{ kind: 'invoice', id: 'A', status: 'open', requestedAt: 1 }]);
    cache = mergeRecords(cache, [{ kind: 'invoice', id: 'A', status: 'done', workOrderId: 'W' }]);
    expect(cache).toEqual({ 'invoice:A': { kind: 'invoice', id: 'A', status: 'done', requestedAt: 1, workOrderId: 'W' } });
  });

  it('keeps kinds apart and drops problems a newer reading no longer has', () => {
    let cache = mergeRecords({}, [{ kind: 'qa', id: 'A', status: 'open', problems: ['askedAt: x'] }]);
    cache = mergeRecords(cache, [{ kind: 'qa', id: 'A', status: 'open', askedAt: 5 }, { kind: 'invoice', id: 'A', status: 'open' }]);
    expect(cache['qa:A']).toEqual({ kind: 'qa', id: 'A', status: 'open', askedAt: 5 });
    expect(Object.keys(cache)).toEqual(['qa:A', 'invoice:A']);
  });

  it('forgets the least recently seen beyond the limit', () => {
    const cache = mergeRecords({}, Array.from({ length: 12 }, (_, i) => ({ kind: 'qa' as const, id: String(i), status: 'open' as const })), 10);
    expect(Object.keys(cache)).toEqual(Array.from({ length: 10 }, (_, i) => `qa:${i + 2}`));
  });
});
