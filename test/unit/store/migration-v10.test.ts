import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME, openSentinelDb } from '@/lib/store/db';
import { LATEST_VERSION, openVersionDb, SCHEMA_V8 } from '@/lib/store/schema';
import { questionKey } from '@/lib/pages/ask-all';
import { cutQuestion } from '@/lib/store/question-keys-v10';
import { answerKey } from '@/lib/store/answer-rows';
import fixture from './fixtures/v8-question-keys.json';
import { H, sh } from './helpers';

const T = sh('2026-06-30T12:00:00');
const url = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=601234567890';

/** The v8 rows: each fixture question under the older reader's key, and (where `right`) under the correct one too. */
function v8Rows() {
  const questions: Record<string, unknown>[] = [];
  const answers: Record<string, unknown>[] = [];
  const reminders: Record<string, unknown>[] = [];
  for (const [i, f] of fixture.questions.entries()) {
    const wrongId = questionKey(f.itemId, f.wrong);
    const base = { kind: 'qa', itemId: f.itemId, askedAt: T - 50 * H, url, dueTimes: [], lastSeenAt: T - i * H };
    questions.push({
      ...base, key: `qa:${wrongId}`, id: wrongId, question: f.wrong, firstSeenAt: T - 40 * H,
      ...(f.wrongMarked ? { status: 'done', closedBy: 'user', closedAt: T - 30 * H } : { status: 'open' }),
    });
    answers.push({ key: answerKey(`qa:${wrongId}`, '不会'), questionKey: `qa:${wrongId}`, itemId: f.itemId, question: f.wrong, text: '不会', by: 'seller', firstSeenAt: T, lastSeenAt: T, url });
    reminders.push({ key: `qa:${wrongId}|qa.suggest`, itemKey: `qa:${wrongId}`, sentLeadMinutes: 0, sentAt: T - 20 * H });
    if (f.right) {
      const id = questionKey(f.itemId, cutQuestion(f.wrong)!);
      questions.push({ ...base, key: `qa:${id}`, id, question: cutQuestion(f.wrong), status: 'open', firstSeenAt: T - 10 * H });
    }
  }
  // A question the page gave its own id: its text is not touched, even with 提问人 in it.
  questions.push({ kind: 'qa', key: 'qa:88001', id: '88001', question: '能开发票吗？ 提问人：z**3', status: 'open', url, dueTimes: [], firstSeenAt: T, lastSeenAt: T });
  return { questions, answers, reminders };
}

describe('migration v8 → v10: questions an older reader keyed with the asker inside the text (issue 23)', () => {
  it('cuts the text as the reader does now, Simplified or Traditional, with or without the 问 badge', () => {
    expect(cutQuestion('冬天盖会起球吗？ 提问人：x**9 提问时间：2026-06-28 10:11')).toBe('冬天盖会起球吗？');
    expect(cutQuestion('问 洗了会缩水吗？ 提问人：t**1')).toBe('洗了会缩水吗？');
    expect(cutQuestion('這條圍巾會掉毛嗎？ 提問人：a**2')).toBe('這條圍巾會掉毛嗎？');
    expect(cutQuestion('提问人多吗？')).toBeNull();
  });

  it('folds each into its right item, keeping the seller’s marks, answers and reminder states; others untouched', async () => {
    const indexedDB = new IDBFactory();
    const rows = v8Rows();
    const v8 = openVersionDb(DEFAULT_DB_NAME, 8, { indexedDB, IDBKeyRange });
    await v8.transaction('rw', Object.keys(SCHEMA_V8), async () => {
      for (const [name, list] of Object.entries(rows)) await v8.table(name).bulkAdd(list);
    });
    v8.close();

    const db = openSentinelDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(10);
    const after = await db.questions.toArray();
    // Three wrong rows gone: two folded onto their right copies, one moved; the page-keyed question stays.
    expect(after).toHaveLength(4);
    expect(after.filter((q) => q.question?.includes('提问人') || q.question?.includes('提問人')).map((q) => q.key)).toEqual(['qa:88001']);
    const [ball, shrink, scarf] = fixture.questions.map((f) => after.find((q) => q.key === `qa:${questionKey(f.itemId, cutQuestion(f.wrong)!)}`)!);
    // The seller marked the older copy handled: the folded item stays handled, from when they marked it.
    expect(ball).toMatchObject({ status: 'done', closedBy: 'user', closedAt: T - 30 * H, firstSeenAt: T - 40 * H, question: '冬天盖会起球吗？' });
    expect(ball!.finalDueAt).toBeUndefined();
    expect(shrink).toMatchObject({ status: 'open', firstSeenAt: T - 40 * H, question: '洗了会缩水吗？' });
    expect(scarf).toMatchObject({ status: 'done', closedBy: 'user', question: '這條圍巾會掉毛嗎？', itemId: '601234567891' });
    // The answers and the reminder states now belong to the right items.
    const answers = await db.answers.toArray();
    expect(answers.map((a) => a.questionKey).sort()).toEqual([ball!.key, scarf!.key, shrink!.key].sort());
    expect(answers.every((a) => a.key === answerKey(a.questionKey, a.text) && !a.question.includes('提'))).toBe(true);
    expect((await db.reminders.toArray()).map((r) => r.itemKey).sort()).toEqual([ball!.key, scarf!.key, shrink!.key].sort());
    db.close();
  });
});
