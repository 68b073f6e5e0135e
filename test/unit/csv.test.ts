import { beforeEach, describe, expect, it } from 'vitest';
import { answersCsv, idCell, shanghaiDateTime, ticketsCsv, toCsv } from '@/lib/csv';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import type { LoggedAnswer, QaEntry, Ticket } from '@/lib/store/types';
import { installI18n } from '../support/i18n';
import { sh } from './rules/time';

const BOM = '\uFEFF';
const ORDER = '3289100000000000101';

/** A minimal RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a BOM and ends every line, the last too, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back unchanged', () => {
    const rows = [['逗号,在中间', 'say "hi"', 'two\nlines', 'crlf\r\ninside', 'plain 中文']];
    const csv = toCsv(rows);
    expect(csv).toBe(`${BOM}"逗号,在中间","say ""hi""","two\nlines","crlf\r\ninside",plain 中文\r\n`);
    expect(parseCsv(csv.slice(1))).toEqual(rows);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const hostile = ['=HYPERLINK("http://evil","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '="123"&"4"', '="12" ', 'a=1'];
    const cells = parseCsv(toCsv([hostile]).slice(1))[0]!;
    expect(cells).toEqual([
      `'=HYPERLINK("http://evil","点我")`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1", "'＝1+1", `'="123"&"4"`, `'="12" `, 'a=1',
    ]);
  });

  it('keeps long digit ids as text with ="…", and only pure digits get that form', () => {
    expect(idCell(ORDER)).toBe(`="${ORDER}"`);
    expect(idCell('007')).toBe('="007"');
    expect(idCell('W-1')).toBe('W-1');
    expect(idCell('=1+1')).toBe('=1+1'); // not digits: left to toCsv's formula guard
    expect(idCell(undefined)).toBe('');
    const cells = parseCsv(toCsv([[idCell(ORDER), idCell('=1+1'), `="${ORDER}"1`]]).slice(1))[0]!;
    expect(cells).toEqual([`="${ORDER}"`, "'=1+1", `'="${ORDER}"1`]);
  });
});

describe('shanghaiDateTime', () => {
  it('writes Asia/Shanghai wall time, whatever the zone, and nothing for no time', () => {
    expect(shanghaiDateTime(sh('2022-12-25T23:59:59.999'))).toBe('2022-12-25 23:59');
    expect(shanghaiDateTime(Date.UTC(2022, 11, 31, 16))).toBe('2023-01-01 00:00');
    expect(shanghaiDateTime(undefined)).toBe('');
    expect(shanghaiDateTime(Number.NaN)).toBe('');
    expect(shanghaiDateTime(9e15)).toBe('');
  });
});

const ticket: Ticket = {
  key: `invoice:${ORDER}`, kind: 'invoice', status: 'open', orderId: ORDER, workOrderId: '9891000000000000001',
  requestedAt: sh('2022-12-05T10:00:00'), url: 'https://myseller.taobao.com/x', firstSeenAt: sh('2022-12-06T09:00:00'), lastSeenAt: sh('2022-12-07T09:30:00'),
  dueTimes: [], finalDueAt: sh('2022-12-25T23:59:59.999'),
};
const question: QaEntry = {
  key: 'qa:q1', kind: 'qa', id: '7001000000000000123', status: 'answered', question: '=cmd|\' /C calc\'!A0,会褪色吗?', itemId: '689100000301',
  askedAt: sh('2022-12-20T12:00:00'), buyerAnswerCount: 1, itemQaCount: 2, answeredAt: sh('2022-12-21T08:00:00'),
  url: 'https://item.taobao.com/item.htm?id=689100000301', firstSeenAt: sh('2022-12-20T13:00:00'), lastSeenAt: sh('2022-12-21T08:00:00'), dueTimes: [],
};

describe('ticketsCsv / answersCsv', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('writes the tickets with Chinese headers, Shanghai times, every deadline and ids as text', () => {
    const [header, row] = parseCsv(ticketsCsv([ticket], DEFAULT_SETTINGS).slice(1));
    expect(header!.slice(0, 5)).toEqual(['类型', '状态', '订单号', '工单号', '申请开票时间']);
    expect(row!.slice(0, 5)).toEqual(['催开票', '待处理', `="${ORDER}"`, '="9891000000000000001"', '2022-12-05 10:00']);
    expect(row![header!.indexOf('时限')]).toBe('开票时效(申请日+10天,逾期为延迟开票) 2022-12-15 23:59\n最晚开票(申请日+20天,二次超时) 2022-12-25 23:59');
    expect(row![header!.indexOf('首次记录')]).toBe('2022-12-06 09:00');
    expect(row!.at(-1)).toBe('https://myseller.taobao.com/x');
  });

  it('says how each closed ticket closed, with the evidence of one that left a to-do list', () => {
    const left: Ticket = { ...ticket, status: 'done', closedAt: sh('2022-12-07T10:00:00'), closedBy: 'list', closedWhy: { list: '待回传列表', rows: 5 } };
    const [header, byList, byUser] = parseCsv(ticketsCsv([left, { ...left, closedBy: 'user', closedWhy: undefined }], DEFAULT_SETTINGS).slice(1));
    const at = header!.indexOf('处理方式');
    expect(byList![at]).toBe('已不在待回传列表 · 12-07 10:00 完整读取 5 条');
    expect(byUser![at]).toBe('手动标记已处理');
  });

  it('writes the answers with hostile question text neutralised', () => {
    const [header, row] = parseCsv(answersCsv([question]).slice(1));
    expect(header!.slice(0, 4)).toEqual(['问题编号', '商品编号', '问题', '状态']);
    expect(row!.slice(0, 4)).toEqual(['="7001000000000000123"', '="689100000301"', "'=cmd|' /C calc'!A0,会褪色吗?", '已有回答']);
    expect(row![header!.indexOf('首次见到回答')]).toBe('2022-12-21 08:00');
  });

  it('writes one row per logged answer of a question, the seller’s first, its text formula-safe', () => {
    const answer = (text: string, by: LoggedAnswer['by'], at: number) => ({
      key: `${question.key}|${text}`, questionKey: question.key, question: question.question ?? '', text, by, at, firstSeenAt: at, lastSeenAt: at, url: question.url,
    });
    const other: QaEntry = { ...question, key: 'qa:other', id: 'other' };
    const answers = [answer('=HYPERLINK("x")不会', 'buyer', sh('2022-12-21T08:00:00')), answer('不会褪色,放心', 'seller', sh('2022-12-22T09:30:00'))];
    const [header, ...rows] = parseCsv(answersCsv([question, other], answers).slice(1));
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[0], r[at('回答者')], r[at('回答时间')], r[at('记录的回答')]])).toEqual([
      ['="7001000000000000123"', '卖家', '2022-12-22 09:30', '不会褪色,放心'],
      ['="7001000000000000123"', '买家', '2022-12-21 08:00', `'=HYPERLINK("x")不会`],
      ['other', '', '', ''],
    ]);
  });

  it('uses the UI language for the headers', () => {
    installI18n('en');
    expect(parseCsv(answersCsv([]).slice(1))).toEqual([[
      'Question id', 'Item id', 'Question', 'Status', 'Asked at', 'Buyer answers', 'Q&A entries on the item', 'First answer seen', 'Answer', 'Answer by', 'First seen', 'Last seen', 'Closed at', 'Page link',
      'Logged answer by', 'Logged answer at', 'Logged answer',
    ]]);
  });
});
