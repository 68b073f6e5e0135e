import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '@/lib/answers/shown';
import { parsePageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { findItem, recordReport, reminderStates, saveReminderStates } from '@/lib/store/log';
import type { QaEntry } from '@/lib/store/types';
import { dump, freshDb, H, sh } from './helpers';

const S = DEFAULT_SETTINGS;
const T0 = sh('2026-06-30T10:00:00');
const URL = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=689012345678';
const question = (answers: PageRecord['answers'], extra: Partial<PageRecord> = {}): PageRecord => ({
  kind: 'qa', id: 'q-wash', status: 'open', itemId: '689012345678', question: '洗了会不会缩水？', askedAt: sh('2026-06-29T08:02:17'), buyerAnswerCount: 0, answers, ...extra,
});
const askAll = (records: PageRecord[]) => ({ type: 'page-report' as const, url: URL, pageKind: 'ask-all' as const, seenAt: T0, records });

describe('reading a shown answer', () => {
  it('takes the text without the drawer’s 展开, the time beside it, and the seller’s tab or mark', () => {
    expect(readAnswer({ text: '展开 不会热，南方穿刚好。', by: '已展示回答(3) x**9 于 2026-06-28 10:11:12 回答 37510293847 隐藏 投诉' }, T0)).toEqual({
      text: '不会热，南方穿刚好。', at: sh('2026-06-28T10:11:12'), seller: false,
    });
    expect(readAnswer({ text: '不会缩水', by: '卖家回答 2026-06-29 09:00:00' }, T0)).toMatchObject({ seller: true, at: sh('2026-06-29T09:00:00') });
    expect(readAnswer({ text: '不会缩水', by: ' [商家] 06-29 09:00' }, T0)).toMatchObject({ seller: true });
    expect(readAnswer({ text: '不会缩水', by: ' h**5' }, T0)).toEqual({ text: '不会缩水', seller: false });
  });

  it('reads no answer from the table’s empty placeholder or an empty text', () => {
    expect(readAnswer({ text: '暂无数据', by: '' }, T0)).toBeNull();
    expect(readAnswer({ text: '展开 ', by: '' }, T0)).toBeNull();
  });
});

describe('answers in the log', () => {
  it('logs each answer once per question, with its question, text, time and whether the seller wrote it, and no answerer', async () => {
    const { db } = freshDb();
    const answers = [
      { text: '展开 不会缩水', by: '已展示回答(2) 小**子 于 2026-06-29 12:00:00 回答' },
      { text: '洗了一次没缩', by: '已展示回答(2) a**3 于 2026-06-29 13:00:00 回答' },
    ];
    await recordReport(db, askAll([question(answers)]), { now: T0 }, S);
    await recordReport(db, askAll([question(answers)]), { now: T0 + H }, S);
    const rows = (await db.answers.toArray()).sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
    expect(rows.map(({ key: _k, ...r }) => r)).toEqual([
      { questionKey: 'qa:q-wash', itemId: '689012345678', question: '洗了会不会缩水？', text: '不会缩水', by: 'buyer', at: sh('2026-06-29T12:00:00'), firstSeenAt: T0, lastSeenAt: T0 + H, url: URL },
      { questionKey: 'qa:q-wash', itemId: '689012345678', question: '洗了会不会缩水？', text: '洗了一次没缩', by: 'buyer', at: sh('2026-06-29T13:00:00'), firstSeenAt: T0, lastSeenAt: T0 + H, url: URL },
    ]);
    expect(JSON.stringify(rows)).not.toContain('小**子');
    // Buyer answers set the count the list did not show, and answer the question.
    expect(await findItem(db, 'qa:q-wash')).toMatchObject({ status: 'answered', buyerAnswerCount: 2, answeredAt: T0 });
  });

  it('answers an open question on the seller’s own answer, and stops its reminders', async () => {
    const { db } = freshDb();
    await recordReport(db, askAll([question(undefined)]), { now: T0 }, S);
    const open = (await findItem(db, 'qa:q-wash')) as QaEntry;
    expect(open.status).toBe('open');
    expect(open.dueTimes.length).toBeGreaterThan(0);
    await saveReminderStates(db, [{ key: 'qa:q-wash|qa.suggest', itemKey: 'qa:q-wash', deadlineAt: open.dueTimes[0], sentLeadMinutes: 60, sentAt: T0 }]);
    const result = await recordReport(db, askAll([question([{ text: '不会缩水，面料经过预缩处理。', by: '卖家回答 2026-06-30 09:30:00' }])]), { now: T0 + H }, S);
    expect(result.closed).toEqual(['qa:q-wash']);
    expect(await findItem(db, 'qa:q-wash')).toMatchObject({ status: 'answered', answerText: '不会缩水，面料经过预缩处理。', answeredAt: T0 + H, buyerAnswerCount: 0, dueTimes: [] });
    expect((await reminderStates(db)).size).toBe(0);
    expect((await db.answers.toArray()).map((a) => a.by)).toEqual(['seller']);
    // A later list reading without the drawer keeps it answered.
    await recordReport(db, askAll([question(undefined)]), { now: T0 + 2 * H }, S);
    expect(await findItem(db, 'qa:q-wash')).toMatchObject({ status: 'answered' });
  });

  it('keeps an answer seen in the seller’s tab the seller’s when a buyer tab shows it again', async () => {
    const { db } = freshDb();
    await recordReport(db, askAll([question([{ text: '不会缩水', by: '卖家回答' }])]), { now: T0 }, S);
    await recordReport(db, askAll([question([{ text: '不会缩水', by: '已展示回答(1)' }])]), { now: T0 + H }, S);
    expect((await db.answers.toArray()).map((a) => [a.by, a.lastSeenAt])).toEqual([['seller', T0 + H]]);
  });

  it('keeps of an answer’s row only its seller mark and time on receipt: no answerer reaches the journal or the log', () => {
    const checked = parsePageReport(askAll([question([
      { text: '展开 不会缩水', by: '已展示回答(2) 小**子 于 2026-06-29 12:00:00 回答 37510293847 隐藏 投诉' },
      { text: '不会', by: '卖家回答 掌柜小北 06-29 09:00' },
      { text: '还行', by: ' h**5' },
    ])]));
    expect(checked?.report.records[0]?.answers).toEqual([
      { text: '展开 不会缩水', by: '2026-06-29 12:00:00' },
      { text: '不会', by: '卖家 掌柜 06-29 09:00' },
      { text: '还行', by: '' },
    ]);
    expect(readAnswer(checked!.report.records[0]!.answers![1]!, T0)).toEqual({ text: '不会', seller: true, at: sh('2026-06-29T09:00:00') });
  });

  it('takes answers only on questions, and refuses a record whose answers are not a list of texts', () => {
    const parse = (records: unknown[]) => parsePageReport({ ...askAll([]), records });
    const bad = parse([question([{ text: 5, by: '' }] as never)]);
    expect(bad?.report.records).toEqual([]);
    expect(bad?.slots[0]).toEqual([expect.objectContaining({ field: 'answers', reason: 'limit' })]);
    expect(parse([{ kind: 'invoice', id: '1', status: 'open', answers: [] }])?.report.records).toEqual([]);
    const many = parse([question(Array.from({ length: 80 }, (_, i) => ({ text: `回答${i}`, by: '' })))]);
    expect(many?.report.records[0]?.answers).toHaveLength(50);
  });

  it('writes nothing for a report without answers', async () => {
    const { db } = freshDb();
    await recordReport(db, askAll([question(undefined)]), { now: T0 }, S);
    expect((await dump(db)).answers).toEqual([]);
  });
});

describe('answers from a hostile page', () => {
  it('never throws and never logs more than the limits, whatever the answers sent', async () => {
    const shown = fc.record({ text: fc.string({ maxLength: 700 }), by: fc.string({ maxLength: 400 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(shown, fc.anything()), { maxLength: 70 }), async (answers) => {
        const { db } = freshDb();
        const checked = parsePageReport(askAll([question(answers as never)]));
        await recordReport(db, checked!.report, { now: T0 }, S);
        for (const row of await db.answers.toArray()) {
          expect([...row.text].length).toBeLessThanOrEqual(500);
          expect(row.text.trim()).not.toBe('');
        }
        expect(await db.answers.count()).toBeLessThanOrEqual(50);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
