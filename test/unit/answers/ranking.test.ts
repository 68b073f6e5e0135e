/**
 * The ranking set (ranking-set.ts) through the answer index: for a question asked again, the right earlier
 * answer first for most; for an unrelated question, none. The precision at 1 is printed for the README.
 */
import { describe, expect, it } from 'vitest';
import { AnswerIndex } from '@/lib/answers/suggest';
import { EARLIER, PROBES } from './ranking-set';

function index(): AnswerIndex {
  const idx = new AnswerIndex();
  idx.add(EARLIER.map((e) => ({ ...e, questionKey: `qa:${e.key}` })));
  return idx;
}

const textOf = (key: string) => EARLIER.find((e) => e.key === key)!.text;

describe('the ranking set', () => {
  const idx = index();
  const similar = PROBES.filter((p) => p.expected !== null);
  const unrelated = PROBES.filter((p) => p.expected === null);
  const first = similar.map((p) => ({ p, got: idx.suggest(p.question, p.itemId)[0]?.text }));

  it('has at least 30 questions, similar and unrelated', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(30);
    expect(unrelated.length).toBeGreaterThanOrEqual(6);
  });

  it('offers the right earlier answer first for at least 85% of the questions asked again', () => {
    const right = first.filter(({ p, got }) => got === textOf(p.expected!));
    const misses = first.filter((f) => !right.includes(f)).map(({ p, got }) => `${p.question} → ${got ?? '(none)'}`);
    console.log(`ranking set: precision at 1 = ${right.length}/${similar.length} = ${(right.length / similar.length).toFixed(2)}; misses: ${misses.join(' | ') || 'none'}`);
    expect(right.length / similar.length).toBeGreaterThanOrEqual(0.85);
  });

  it('offers nothing for an unrelated question', () => {
    const offered = unrelated.map((p) => [p.question, idx.suggest(p.question, p.itemId).map((s) => s.text)] as const);
    expect(offered.filter(([, s]) => s.length > 0)).toEqual([]);
  });

  it('puts the same item’s answer before the shop’s, and offers at most three, each text once', () => {
    const idx2 = index();
    idx2.add([
      { key: 'other', questionKey: 'qa:other', itemId: '600000000000', question: '这款羽绒服南方冬天穿会不会太热？', text: '另一件：南方穿偏热。' },
      { key: 'dup', questionKey: 'qa:dup', itemId: '600000000001', question: '羽绒服南方冬天穿热吗', text: '南方湿冷天穿正合适，不会闷热，内搭薄一点就好。' },
    ]);
    const got = idx2.suggest('南方冬天穿羽绒服会热吗', '689012345678');
    expect(got[0]).toMatchObject({ text: textOf('D-warm-south'), sameItem: true });
    expect(got.map((s) => s.text)).toContain('另一件：南方穿偏热。');
    expect(new Set(got.map((s) => s.text)).size).toBe(got.length);
    expect(got.length).toBeLessThanOrEqual(3);
    expect(idx2.suggest('南方冬天穿羽绒服会热吗', '600000000000')[0]).toMatchObject({ text: '另一件：南方穿偏热。', sameItem: true });
  });

  it('never offers a question its own answer, and nothing from an empty log', () => {
    const own = EARLIER[0]!;
    expect(index().suggest(own.question, own.itemId, `qa:${own.key}`).map((s) => s.text)).not.toContain(own.text);
    expect(new AnswerIndex().suggest(own.question, own.itemId)).toEqual([]);
  });
});
