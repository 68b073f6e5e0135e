import { describe, expect, it } from 'vitest';
import type { PageRecord } from '@/lib/pages/records';
import { diffRecords } from './fixture-io';

describe('the fixture diff, records without an id', () => {
  const actual: PageRecord[] = [
    { kind: 'qa', id: 'q-1', status: 'open', question: '能 机洗吗？', buyerAnswerCount: 0 },
    { kind: 'qa', id: 'q-2', status: 'unanswerable', question: '尺码标准吗？' },
  ];

  it('matches by kind and question, whitespace ignored', () => {
    expect(diffRecords([{ kind: 'qa', question: '能机洗 吗？', buyerAnswerCount: 0 }, { kind: 'qa', id: 'q-2' }], actual)).toEqual([]);
  });

  it('names the question and the field on a mismatch, and the records left over', () => {
    expect(diffRecords([{ kind: 'qa', question: '能机洗吗？', status: 'done' }, { kind: 'qa', question: '有赠品吗？' }], actual)).toEqual([
      'qa:(no id) "能机洗吗？": status: expected "done", got "open"',
      'qa:(no id) "有赠品吗？": expected, but not yielded',
      'qa:q-2: yielded, but not expected: {"kind":"qa","id":"q-2","status":"unanswerable","question":"尺码标准吗？"}',
    ]);
  });

  it('does not take a record of another kind', () => {
    expect(diffRecords([{ kind: 'invoice', question: '能机洗吗？' }], actual.slice(0, 1))).toEqual([
      'invoice:(no id) "能机洗吗？": expected, but not yielded',
      'qa:q-1: yielded, but not expected: {"kind":"qa","id":"q-1","status":"open","question":"能 机洗吗？","buyerAnswerCount":0}',
    ]);
  });

  it('says when two records ask the same question', () => {
    const twice: PageRecord[] = [actual[0]!, { ...actual[0]!, id: 'q-3' }];
    expect(diffRecords([{ kind: 'qa', question: '能机洗吗？' }], twice)).toEqual(['qa:(no id) "能机洗吗？": yielded 2 times, as qa:q-1, qa:q-3']);
  });
});
