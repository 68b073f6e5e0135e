import { beforeEach, describe, expect, it } from 'vitest';
import { installI18n } from '../../support/i18n';
import { PageReports } from '@/lib/content/page-reports';
import { replyTo } from '@/lib/background/page-reports';
import { parsePageReport, type PageReply, type PageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';

/** The context the background sends with the page knowledge. */
const START = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };

const URL_A = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/list';
const URL_B = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/all';
const H = 3_600_000;
const NOW = Date.parse('2026-11-27T14:00:00+08:00');

const order = (id: string, created = NOW - H, extra: Partial<PageRecord> = {}): PageRecord => ({
  kind: 'logistics', id, status: 'open', workOrderCreatedAt: created, ...extra,
});
const reply = (records: PageRecord[], settings = DEFAULT_SETTINGS): PageReply =>
  replyTo(parsePageReport({ type: 'page-report', url: URL_A, pageKind: 'seller-other', seenAt: NOW, records } satisfies PageReport)!, { settings, pointsInWindow: 0, forecast: null });

describe('PageReports', () => {
  // The background words each basis (deadline labels, the stake).
  beforeEach(() => installI18n('zh_CN'));
  it('tells the background only what is new or changed on the page', () => {
    const reports = new PageReports(START);
    const first = [order('1'), order('2')];
    expect(reports.news(URL_A, first)).toEqual(first);
    reports.sending(first);
    const grown = [order('1'), order('2'), order('3')]; // read again: equal records, new objects, and one more
    expect(reports.news(URL_A, grown)).toEqual([order('3')]);
    reports.sending([order('3')]);
    expect(reports.news(URL_A, [...grown])).toBeNull();
    const changed = [order('1'), order('2', NOW - 2 * H), order('3')];
    expect(reports.news(URL_A, changed)).toEqual([order('2', NOW - 2 * H)]);
  });

  it('tells a list that changed as a whole (a row gone, loading done) though no record is news, and an unchanged one never', () => {
    const reports = new PageReports(START);
    const list = (keys: string[], signs = [`共 ${keys.length} 条`]) => ({ keys, problems: false, signs });
    const rows = [order('1'), order('2')];
    reports.sending(reports.news(URL_A, rows, undefined, list(['logistics:1', 'logistics:2'], ['共 2 条', '加载中']))!);
    expect(reports.news(URL_A, rows, undefined, list(['logistics:1', 'logistics:2']))).toEqual([]);
    expect(reports.news(URL_A, [order('1')], undefined, list(['logistics:1']))).toEqual([]);
    expect(reports.news(URL_A, [order('1')], undefined, list(['logistics:1']))).toBeNull();
    // A row re-read alone (no list with it) leaves the list as told.
    expect(reports.news(URL_A, [order('1')], [order('1')])).toBeNull();
  });

  it('does not count a page countdown that moved by seconds as news', () => {
    const reports = new PageReports(START);
    reports.sending(reports.news(URL_A, [order('1', NOW - H, { pageDeadline: NOW + 3 * H })])!);
    expect(reports.news(URL_A, [order('1', NOW - H, { pageDeadline: NOW + 3 * H + 1_000 })])).toBeNull();
    expect(reports.news(URL_A, [order('1', NOW - H, { pageDeadline: NOW + 3 * H + 5 * 60_000 })])).toHaveLength(1);
  });

  it('tells everything again on another page, and an empty page once', () => {
    const reports = new PageReports(START);
    reports.sending(reports.news(URL_A, [order('1')])!);
    expect(reports.news(URL_B, [order('1')])).toEqual([order('1')]);
    reports.sending([order('1')]);
    expect(reports.news(URL_B, [])).toEqual([]);
    reports.sending([]);
    expect(reports.news(URL_B, [])).toBeNull();
  });

  it("keeps each record's basis from the latest report's reply, whatever order the replies come in", () => {
    const reports = new PageReports(START);
    const early = order('1', NOW - 2 * H);
    const late = order('1', NOW - H);
    const first = reports.sending([early]);
    const second = reports.sending([late]);
    reports.answered(second, [late], reply([late]));
    reports.answered(first, [early], reply([early]));
    expect(reports.basis('logistics:1')!.deadlines.map((d) => d.at)).toEqual([NOW - H + 24 * H]);
  });

  it('without a reply, shows the page countdown, says the rules are missing, and tells the record again', () => {
    const reports = new PageReports(START);
    const record = order('1', NOW - H, { pageDeadline: NOW + 5 * H });
    const seq = reports.sending(reports.news(URL_A, [record])!);
    reports.unanswered(seq, [record]);
    expect(reports.basis('logistics:1')).toMatchObject({ deadlines: [], pageDeadline: NOW + 5 * H, problems: [{ field: 'rules', reason: 'no-reply' }] });
    expect(reports.news(URL_A, [record])).toEqual([record]);
    const closed = order('2', NOW - H, { status: 'done' });
    reports.unanswered(reports.sending([closed]), [closed]);
    expect(reports.basis('logistics:2')).toBeNull();
  });

  it('tells every record again once a reply comes under other settings, so no basis stays from the old ones', () => {
    const reports = new PageReports(START);
    const first = [order('1'), order('2')];
    expect(reports.answered(reports.sending(reports.news(URL_A, first)!), first, reply(first))).toBe(false);
    expect(reports.news(URL_A, [order('1'), order('2')])).toBeNull();
    const third = [order('3')];
    const longer = { ...DEFAULT_SETTINGS, respondHours: 48 };
    reports.news(URL_A, [...first, ...third]);
    expect(reports.answered(reports.sending(third), third, reply(third, longer))).toBe(true);
    expect(reports.news(URL_A, [order('1'), order('2'), order('3')])).toEqual([order('1'), order('2'), order('3')]);
    expect(reports.answered(reports.sending(first), first, reply(first, longer))).toBe(false);
    expect(reports.basis('logistics:1')!.deadlines.map((d) => d.at)).toEqual([NOW - H + 48 * H]);
  });

  it('has no basis for a record the background has not answered for', () => {
    const reports = new PageReports(START);
    reports.sending(reports.news(URL_A, [order('1')])!);
    expect(reports.basis('logistics:1')).toBeUndefined();
  });
});
