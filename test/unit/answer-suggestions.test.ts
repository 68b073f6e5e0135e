import { beforeEach, describe, expect, it } from 'vitest';
import { AnswerSuggester } from '@/lib/background/answer-suggestions';
import { replyTo } from '@/lib/background/page-reports';
import { badgeContext } from '@/lib/badges/context';
import type { PageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { recordReport } from '@/lib/store/log';
import { freshDb, H, sh } from './store/helpers';
import { installI18n } from '../support/i18n';

const T0 = sh('2026-06-30T10:00:00');
const URL = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=689012345678';
const askAll = (records: PageRecord[]): PageReport => ({ type: 'page-report', url: URL, pageKind: 'ask-all', seenAt: T0, records });
const qa = (id: string, itemId: string, question: string, extra: Partial<PageRecord> = {}): PageRecord => ({
  kind: 'qa', id, status: 'open', itemId, question, askedAt: T0 - 30 * H, buyerAnswerCount: 0, ...extra,
});
const SELLER_TEXT = '南方湿冷天穿正合适，不会闷热，内搭薄一点就好。';

describe('the badges’ earlier answers (AnswerSuggester)', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('offers the seller’s answer to a similar question on another item, and none to an unrelated or answered one', async () => {
    const { db } = freshDb();
    const suggester = new AnswerSuggester(db);
    const answered = qa('q-warm', '689012345678', '这款羽绒服南方冬天穿会不会太热？', { answers: [{ text: SELLER_TEXT, by: '卖家回答 2026-06-29 09:00:00' }] });
    await recordReport(db, askAll([answered]), { now: T0 }, S);
    const similar = qa('q-new', '699999999999', '南方冬天穿这件羽绒服会热吗');
    const unrelated = qa('q-invoice', '699999999999', '可以开发票吗');
    const buyerAnswered = qa('q-b', '699999999999', '南方冬天穿会热吗', { buyerAnswerCount: 2 });
    const later = qa('q-warm', '689012345678', '这款羽绒服南方冬天穿会不会太热？'); // the list again, the drawer closed
    const got = await suggester.forReport([similar, unrelated, buyerAnswered, later], T0);
    expect(got.suggestions).toEqual([[{ text: SELLER_TEXT, question: '这款羽绒服南方冬天穿会不会太热？', sameItem: false }], undefined, undefined, undefined]);
    expect([...got.answered]).toEqual(['qa:q-warm']);
    // A seller's answer shown in this very report counts before the report is written.
    const fresh = qa('q-fresh', '1', '有货吗', { answers: [{ text: '有货', by: '卖家回答' }] });
    expect([...(await new AnswerSuggester(freshDb().db).forReport([fresh], T0)).answered]).toEqual(['qa:q-fresh']);
  });

  it('takes answers logged after it was built once told, and reads nothing for a report without open questions', async () => {
    const { db } = freshDb();
    const suggester = new AnswerSuggester(db);
    const probe = qa('q-new', '699999999999', '可以机洗吗');
    expect((await suggester.forReport([probe], T0)).suggestions).toEqual([undefined]);
    await recordReport(db, askAll([qa('q-wash', '689012345678', '羽绒服可以机洗吗？', { answers: [{ text: '建议手洗', by: '卖家回答' }] })]), { now: T0 }, S);
    expect((await suggester.forReport([probe], T0)).suggestions).toEqual([undefined]); // not told yet
    suggester.logged();
    expect((await suggester.forReport([probe], T0)).suggestions[0]?.map((s) => s.text)).toEqual(['建议手洗']);
    db.close();
    suggester.logged();
    // Nothing to suggest for: the closed log is not read (reading it would throw).
    await expect(suggester.forReport([{ kind: 'invoice', id: '1', status: 'open' }], T0)).resolves.toEqual({ suggestions: [], answered: new Set() });
  });

  it('puts the suggestions on the badge basis of their record in the reply, and no badge on a question the seller answered', () => {
    const records = [qa('a', '1', '南方穿会热吗'), qa('b', '1', '可以开发票吗')];
    const context = badgeContext([], [], T0, S);
    const records3 = [...records, qa('c', '1', '洗了会缩水吗')];
    const reply = replyTo({ report: askAll(records3), slots: [0, 1, 2] }, context, new Map(), {
      suggestions: [[{ text: SELLER_TEXT, question: 'q', sameItem: true }], undefined, undefined],
      answered: new Set(['qa:c']),
    });
    expect(reply.bases[0]?.similar).toBe(1); // only the count goes to the page (issue 23)
    expect(reply.bases[1]).not.toHaveProperty('similar');
    expect(JSON.stringify(reply)).not.toContain(SELLER_TEXT);
    expect(reply.bases[1]).not.toBeNull();
    expect(reply.bases[2]).toBeNull(); // the seller answered it: no 建议主动回答
  });
});
