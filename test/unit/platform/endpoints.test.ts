import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCopy } from '@/lib/platform/copy';
import { readInvoiceList } from '@/lib/platform/invoice-list';
import { readCopy } from '@/lib/platform/read-copy';
import { readSoldList } from '@/lib/platform/sold-list';
import { readTodoList } from '@/lib/platform/todo-list';

/** A response sample of test/pages/data/<endpoint>/ (test/pages/SOURCES.md "Page data"). */
const sample = (path: string) => readFileSync(`test/pages/data/${path}`, 'utf8');
const INVOICES = 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply?pageNo=0&pageSize=20';
const TODO = 'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.todolist/1.0/?jsv=2.6.1&appKey=12574478';
const SOLD = 'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8';
/** A copy as the tap hands it over. */
const copy = (url: string, status: number, body: string) => `${url}\n${status}\n${body}`;

describe('the invoice list (einvoice …/invoice/list/apply)', () => {
  it('reads each row: order number as text, serial number, status, apply time raw (else applyGmtCreate); remainTime is not read', () => {
    const read = readInvoiceList(200, sample('invoice-list/good.json'));
    expect(read).toEqual({
      state: 'rows',
      refusedRows: 0,
      rows: [
        { serialNo: 'FP202612050001', tid: '3012845512300000101', applyStatus: 1, applyTime: 1765000800000 },
        { serialNo: 'FP202612050002', tid: '3012845512300000102', applyStatus: 1, applyTime: 1765004400000 },
        { serialNo: 'FP202612050003', tid: '3012845512300000103', applyStatus: 2, applyTime: 1765008000000 },
      ],
    });
  });

  it('says an empty list for {code:200,total:0} without data, and no permission for code 1004', () => {
    expect(readInvoiceList(200, sample('invoice-list/empty.json'))).toEqual({ state: 'empty' });
    expect(readInvoiceList(200, sample('invoice-list/no-permission.json'))).toEqual({ state: 'no-permission' });
  });

  it('calls any other answer without data a failed read: another code, malformed JSON, a login page, an HTTP error', () => {
    expect(readInvoiceList(200, sample('invoice-list/server-error.json'))).toEqual({ state: 'failed', why: 'code 500' });
    expect(readInvoiceList(200, sample('invoice-list/malformed.json'))).toEqual({ state: 'failed', why: 'not JSON' });
    expect(readInvoiceList(200, sample('invoice-list/login-redirect.html'))).toEqual({ state: 'failed', why: 'not JSON' });
    expect(readInvoiceList(302, '')).toEqual({ state: 'failed', why: 'HTTP 302' });
    expect(readInvoiceList(200, '{"code":200,"total":3}')).toEqual({ state: 'failed', why: 'no data' });
  });

  it('refuses a row alone: an order number as an inexact JSON number, a missing serial number, a non-object', () => {
    // The first tid is a JSON number past 2^53, as an answer may give it: it reads as another order's number.
    const body = `{"code":200,"total":3,"data":[{"serialNo":"A1","tid":3012845512300000101},{"tid":"3012845512300000102"},"x",{"serialNo":"A4","tid":"3012845512300000104"}]}`;
    const read = readInvoiceList(200, body);
    expect(read).toEqual({ state: 'rows', refusedRows: 3, rows: [{ serialNo: 'A4', tid: '3012845512300000104' }] });
  });
});

describe('the workbench to-do counts (mtop.tmall.tmallwork.todoList)', () => {
  it('keeps the counts of the kinds watched, by uiCode, and nothing else', () => {
    expect(readTodoList(200, sample('todo-list/good.json'))).toEqual({
      state: 'counts',
      counts: { invoiceApply: 40, payGotException: 2, updateException: 5, deliveryException: 1, pendingOrder: 3 },
    });
  });

  it('reads the JSONP form once the tap has copied its argument, and fails an expired session', () => {
    const jsonp = sample('todo-list/jsonp.js');
    const argument = jsonp.slice(jsonp.indexOf('(') + 1, jsonp.lastIndexOf(')'));
    expect(readTodoList(200, argument)).toEqual({ state: 'counts', counts: { invoiceApply: 40 } });
    expect(readTodoList(200, sample('todo-list/session-expired.json'))).toEqual({ state: 'failed', why: 'ret FAIL_SYS_SESSION_EXPIRED::Session过期' });
  });
});

describe('the sold list (asyncSold.htm)', () => {
  it('reads order ids and status texts, GBK bodies decoded as the tap decodes them (by the charset the answer names)', () => {
    const gbk = new TextDecoder('gbk').decode(readFileSync('test/pages/data/sold-list/gbk.bin'));
    for (const body of [sample('sold-list/good.json'), gbk]) {
      expect(readSoldList(200, body)).toEqual({
        state: 'orders',
        orders: [
          { id: '3012845512300000002', status: '卖家已发货' },
          { id: '3012845512300000004', status: '交易成功' },
        ],
      });
    }
    // Decoded as UTF-8, the GBK body's status texts are not the page's words.
    const wrong = readSoldList(200, new TextDecoder().decode(readFileSync('test/pages/data/sold-list/gbk.bin')));
    expect(wrong.state === 'orders' && wrong.orders[0]!.status).not.toBe('卖家已发货');
  });
});

describe('a copy as the tap hands it over', () => {
  it('is routed by its address to its endpoint only; anything else is refused with a reason', () => {
    expect(parseCopy(copy(INVOICES, 200, '{}'))).toMatchObject({ url: INVOICES, status: 200, body: '{}', endpoint: { name: 'invoice-list' } });
    expect(parseCopy(copy(`${INVOICES.replace('/apply?', '/apply/agreed?')}`, 200, '{}'))).toMatchObject({ endpoint: { name: 'invoice-list' } });
    expect(parseCopy(copy(TODO, 200, '{}'))).toMatchObject({ endpoint: { name: 'todo-list' } });
    expect(parseCopy(copy(SOLD, 200, '{}'))).toMatchObject({ endpoint: { name: 'sold-list' } });
    expect(parseCopy(copy('https://einvoice.taobao.com/api/qianniu/invoice/list/applyX', 200, '{}'))).toEqual({ refused: 'not a known endpoint' });
    expect(parseCopy(copy('https://evil.example/api/qianniu/invoice/list/apply', 200, '{}'))).toEqual({ refused: 'not a known endpoint' });
    expect(parseCopy({ url: INVOICES })).toEqual({ refused: 'not text' });
    expect(parseCopy('no lines')).toEqual({ refused: 'not a copy' });
    expect(parseCopy(copy(INVOICES, 200, ''))).toEqual({ refused: 'empty or too big' });
  });

  it('refuses a 5 MB body whole, without parsing it', () => {
    const huge = copy(INVOICES, 200, `{"code":200,"total":1,"data":[${'{"serialNo":"1","tid":"3012845512300000101"},'.repeat(120_000)}{}]}`);
    expect(huge.length).toBeGreaterThan(5_000_000);
    expect(parseCopy(huge)).toEqual({ refused: 'too big' });
    expect(readCopy(huge)).toEqual({ refused: 'too big' });
  });

  it('reads in the background into what the page needs back, what is kept, and what is refused', () => {
    expect(readCopy(copy(INVOICES, 200, sample('invoice-list/no-permission.json')))).toEqual({
      reply: { path: 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply', invoice: { state: 'no-permission', rows: [] } },
    });
    expect(readCopy(copy(INVOICES, 200, sample('invoice-list/malformed.json')))).toEqual({
      reply: { path: 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply', invoice: { state: 'failed', rows: [], why: 'not JSON' } },
      refused: 'invoice-list: not JSON',
    });
    expect(readCopy(copy(TODO, 200, sample('todo-list/good.json'))).counts?.invoiceApply).toBe(40);
    expect(readCopy(copy(SOLD, 200, 'not json'))).toEqual({ refused: 'sold-list: not JSON' });
  });
});
