import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'wxt/browser';
import { acceptPageReport, knowledgeUrl, replyTo } from '@/lib/background/page-reports';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { installI18n } from './../support/i18n';
import type { PageReport } from '@/lib/messages';
import type { LogItem } from '@/lib/store/types';

const OWN = 'own-extension-id';
const tab = { id: 1 } as Browser.tabs.Tab; // only the fields the sender check reads
const sellerTab: Browser.runtime.MessageSender = { id: OWN, tab, url: 'https://myseller.taobao.com/home.htm/merchant-invoice/' };
const good: PageReport = {
  type: 'page-report',
  url: 'https://myseller.taobao.com/home.htm/merchant-invoice/',
  pageKind: 'invoice-requests',
  seenAt: 1_671_500_000_000,
  records: [{ kind: 'invoice', id: '3012345678901234567', status: 'open', orderId: '3012345678901234567', requestedAt: 1_670_205_600_000 }],
};

const whole = (report: PageReport) => ({ report, slots: report.records.map((_, i) => i) });

describe('acceptPageReport', () => {
  it('accepts a well-formed report from our content script on a seller page', () => {
    expect(acceptPageReport(good, sellerTab, OWN)).toEqual(whole(good));
  });

  it("takes a list reading's keys, problem flag and signs, and drops one of a wrong shape without the records", () => {
    const list = { keys: ['invoice:3012345678901234567'], problems: false, signs: ['共 1 条', 'aria-selected=待回传'] };
    expect(acceptPageReport({ ...good, list: { ...list, extra: 'x' } }, sellerTab, OWN)?.report.list).toEqual(list);
    for (const bad of [{ ...list, keys: 'x' }, { ...list, problems: 'no' }, { ...list, signs: [1] }, { ...list, keys: Array(10_001).fill('k') }]) {
      const taken = acceptPageReport({ ...good, list: bad }, sellerTab, OWN);
      expect(taken?.report.list).toBeUndefined();
      expect(taken?.report.records).toHaveLength(1);
    }
  });

  it('takes a preview flag only as true: any other value is a report to write', () => {
    expect(acceptPageReport({ ...good, preview: true }, sellerTab, OWN)?.report.preview).toBe(true);
    for (const other of ['true', 1, false, {}]) expect(acceptPageReport({ ...good, preview: other }, sellerTab, OWN)?.report.preview).toBeUndefined();
  });

  it('refuses other senders: another extension, an extension page, a non-seller tab', () => {
    expect(acceptPageReport(good, { ...sellerTab, id: 'other' }, OWN)).toBeNull();
    expect(acceptPageReport(good, { id: OWN, url: `chrome-extension://${OWN}/popup.html` }, OWN)).toBeNull();
    expect(acceptPageReport(good, { ...sellerTab, url: 'https://evil.example/' }, OWN)).toBeNull();
  });

  it('refuses a report whose envelope is malformed or whose address is not a seller page', () => {
    const bad = [
      null, 1, 'x', {}, [], { ...good, type: 'other' }, { ...good, url: 'javascript:alert(1)' }, { ...good, pageKind: 'admin' },
      { ...good, seenAt: Number.NaN }, { ...good, url: `https://myseller.taobao.com/${'a'.repeat(5000)}` }, { ...good, records: 'x' },
      { ...good, url: 'https://evil.example/home.htm' }, { ...good, url: 'https://myseller.taobao.com@evil.example/' },
      { ...good, url: 'https://rate.taobao.com/buyer/' }, { ...good, url: 'http://myseller.taobao.com/' },
    ];
    for (const payload of bad) expect(acceptPageReport(payload, sellerTab, OWN), JSON.stringify(payload)?.slice(0, 80)).toBeNull();
  });

  it('refuses a bad record alone, saying why, and takes the others', () => {
    const record = good.records[0]!;
    const refusedOnes = [
      'x', { ...record, kind: 'refund' }, { ...record, id: '' }, { ...record, id: '9'.repeat(250) }, { ...record, workOrderId: '9'.repeat(501) },
      { ...record, requestedAt: '2022-12-05' }, { ...record, requestedAt: Infinity }, { ...record, buyerAnswerCount: -1 }, { ...record, question: 7 },
      { ...record, problems: 'x' },
    ];
    const checked = acceptPageReport({ ...good, records: [record, ...refusedOnes, record] }, sellerTab, OWN)!;
    expect(checked.report.records).toEqual([record, record]);
    expect(checked.slots[0]).toBe(0);
    expect(checked.slots.at(-1)).toBe(1);
    const limit = (field: string, detail: string) => [{ field, reason: 'limit', detail }];
    expect(checked.slots.slice(1, -1)).toEqual([
      limit('record', 'not a record'), limit('kind', 'unknown'), limit('id', 'missing'), limit('id', 'longer than 200 characters'),
      limit('workOrderId', 'longer than 500 characters'), limit('requestedAt', 'not a time'), limit('requestedAt', 'not a time'),
      limit('buyerAnswerCount', 'not a count'), limit('question', 'not text'), limit('problems', 'not a list of problems'),
    ]);
  });

  it('clamps text and problems by code points, never splitting a surrogate pair, and strips invisible characters', () => {
    const record = good.records[0]!;
    const question = `\u202e${'问'.repeat(499)}😀${'长'.repeat(100)}`; // 501 UTF-16 units in its first 500 code points
    const problems = [{ field: 'askedAt', reason: 'unreadable', detail: 'x'.repeat(301) }, ...Array.from({ length: 30 }, () => ({ field: 'y', reason: 'unreadable' }))];
    const checked = acceptPageReport({ ...good, records: [{ ...record, question, problems }] }, sellerTab, OWN)!;
    const [taken] = checked.report.records;
    expect(taken!.question).toBe(`${'问'.repeat(499)}😀`);
    expect(taken!.problems).toHaveLength(20);
    expect(taken!.problems![0]).toEqual({ field: 'askedAt', reason: 'unreadable', detail: 'x'.repeat(300) });
    expect(taken!.problems!.at(-1)).toEqual({ field: 'problems', reason: 'limit', detail: '12 more' });
  });

  it('takes the first 5,000 records of one message and refuses the rest, each saying why', () => {
    const checked = acceptPageReport({ ...good, records: Array(5001).fill(good.records[0]) }, sellerTab, OWN)!;
    expect(checked.report.records).toHaveLength(5000);
    expect(checked.slots[5000]).toEqual([{ field: 'report', reason: 'limit', detail: 'more than 5000 records in one message' }]);
  });

  it('never throws, and every slot names a taken record or why it was refused, for 1,000 arbitrary payloads', () => {
    const records = fc.array(fc.record({ kind: fc.constantFrom('invoice', 'qa', 'x'), id: fc.string(), status: fc.constantFrom('open', 'done', 7), requestedAt: fc.oneof(fc.double(), fc.string()) }, { requiredKeys: [] }));
    const payload = fc.oneof(fc.anything(), fc.record({ type: fc.constant('page-report'), url: fc.oneof(fc.webUrl(), fc.constant(good.url)), pageKind: fc.constantFrom('ask-all', 'nope'), seenAt: fc.double(), records }));
    fc.assert(
      fc.property(payload, (p) => {
        const r = acceptPageReport(p, sellerTab, OWN);
        if (r === null) return true;
        const sent = (p as { records: unknown[] }).records;
        return (
          r.slots.length === sent.length &&
          r.slots.every((s) => (typeof s === 'number' ? s < r.report.records.length : s.length > 0)) &&
          r.report.records.every((x) => typeof x.id === 'string' && x.id.length > 0 && Number.isFinite(x.requestedAt ?? 0))
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps known fields only', () => {
    const withExtra = { ...good, extra: '<script>', records: [{ ...good.records[0], onerror: 'alert(1)' }] };
    expect(acceptPageReport(withExtra, sellerTab, OWN)).toEqual(whole(good));
  });
});

describe('replyTo', () => {
  it('gives an item the seller marked handled a grey badge saying so, and the others their deadlines', () => {
    installI18n('zh_CN');
    const other = { ...good.records[0]!, id: '3012345678901234568', orderId: '3012345678901234568' };
    const checked = acceptPageReport({ ...good, records: [good.records[0], other] }, sellerTab, OWN)!;
    const context = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };
    const item = { key: 'invoice:3012345678901234567', closedBy: 'user', status: 'done' } as LogItem;
    const [handled, open] = replyTo(checked, context, new Map([[item.key, item]])).bases;
    expect(handled).toMatchObject({ handled: 'invoice:3012345678901234567', deadlines: [], notes: [expect.stringContaining('标记为已处理')] });
    expect(open?.handled).toBeUndefined();
    expect(open?.deadlines.length).toBeGreaterThan(0);
  });
});


describe('replyTo, for an item that left a to-do list', () => {
  it('badges it on another page (a work order for the same order) grey, saying why it went quiet, with 撤销', () => {
    installI18n('zh_CN');
    const checked = acceptPageReport(good, sellerTab, OWN)!;
    const context = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };
    const left = {
      key: 'invoice:3012345678901234567', status: 'done', closedBy: 'list', closedAt: Date.parse('2026-12-07T10:00:00+08:00'), closedWhy: { list: '待回传列表', rows: 5 },
    } as LogItem;
    const [basis] = replyTo(checked, context, new Map([[left.key, left]])).bases;
    expect(basis).toMatchObject({ handled: left.key, quiet: '已不在待回传列表 · 12-07 10:00 完整读取 5 条', deadlines: [], notes: ['已不在待回传列表 · 12-07 10:00 完整读取 5 条'] });
  });
});

describe('knowledgeUrl', () => {
  it('takes the address the content script names (a client route the sender lags behind), if it is a seller page', () => {
    const moved = 'https://myseller.taobao.com/home.htm/aftersale/platform-tasks';
    expect(knowledgeUrl({ type: 'page-knowledge', url: moved }, sellerTab)).toBe(moved);
    expect(knowledgeUrl({ type: 'page-knowledge', url: 'https://evil.example/home.htm/x' }, sellerTab)).toBe(sellerTab.url);
    expect(knowledgeUrl({ type: 'page-knowledge' }, sellerTab)).toBe(sellerTab.url);
  });
});
