import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlatformReport } from '@/lib/messages';
import { loadPlatformState, notePlatformReport, openLogged } from '@/lib/store/platform';
import { freshDb } from '../store/helpers';

const sample = (path: string) => readFileSync(`test/pages/data/${path}`, 'utf8');
const INVOICES = 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply?pageNo=0';
const TODO = 'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.todolist/1.0/?jsv=2.6.1';
const PAGE = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const HOME = 'https://myseller.taobao.com/home.htm/QnworkbenchHome/';
const NOW = Date.parse('2026-12-07T10:00:00+08:00');
const report = (url: string, copy: string, seenAt = NOW) => parsePlatformReport({ type: 'platform-report', url, seenAt, copy })!;

describe('what the platform says, kept in the log (schema v8)', () => {
  it('keeps the workbench counts with when they were read (never later than the background’s clock)', async () => {
    const { db } = freshDb();
    await notePlatformReport(db, report(HOME, `${TODO}\n200\n${sample('todo-list/good.json')}`, NOW + 3_600_000), NOW);
    expect((await loadPlatformState(db)).counts).toEqual({
      key: 'counts',
      counts: { invoiceApply: 40, payGotException: 2, updateException: 5, deliveryException: 1, pendingOrder: 3 },
      readAt: NOW,
      url: HOME,
    });
  });

  it('keeps no permission as a state, cleared by a list the account can see; a failed read leaves it as it was', async () => {
    const { db } = freshDb();
    const reply = await notePlatformReport(db, report(PAGE, `${INVOICES}\n200\n${sample('invoice-list/no-permission.json')}`), NOW);
    expect(reply).toEqual({ path: 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply', invoice: { state: 'no-permission', rows: [] } });
    expect((await loadPlatformState(db)).access).toMatchObject({ state: 'no-permission', at: NOW });
    await notePlatformReport(db, report(PAGE, `${INVOICES}\n200\n${sample('invoice-list/malformed.json')}`), NOW + 1);
    expect((await loadPlatformState(db)).access).toMatchObject({ state: 'no-permission', at: NOW });
    await notePlatformReport(db, report(PAGE, `${INVOICES}\n200\n${sample('invoice-list/empty.json')}`, NOW + 2), NOW + 2);
    expect((await loadPlatformState(db)).access).toMatchObject({ state: 'empty', at: NOW + 2 });
  });

  it('counts a refused copy in the page’s health with why, and changes nothing else', async () => {
    const { db } = freshDb();
    await notePlatformReport(db, report(PAGE, `${INVOICES}\n200\n${sample('invoice-list/login-redirect.html')}`), NOW);
    await notePlatformReport(db, report(PAGE, 'https://evil.example/x\n200\n{}', NOW + 1), NOW + 1);
    expect(await db.pages.get('invoice-requests')).toEqual({ kind: 'invoice-requests', dataRefused: 2, dataRefusedAt: NOW + 1, dataReasons: ['not a known endpoint'] });
    expect(await loadPlatformState(db)).toEqual({});
    expect(await openLogged(db)).toEqual({ invoice: 0, logistics: 0 });
  });

  it('takes a report only from a seller page, with a copy or a refused count of the right types', () => {
    expect(parsePlatformReport({ type: 'platform-report', url: 'https://example.com/', seenAt: NOW, copy: 'x' })).toBeNull();
    expect(parsePlatformReport({ type: 'platform-report', url: PAGE, seenAt: 'now', copy: 'x' })).toBeNull();
    expect(parsePlatformReport({ type: 'platform-report', url: PAGE, seenAt: NOW })).toBeNull();
    expect(parsePlatformReport({ type: 'platform-report', url: PAGE, seenAt: NOW, copy: 42 })).toEqual({ type: 'platform-report', url: PAGE, seenAt: NOW, copy: '' });
    expect(parsePlatformReport({ type: 'platform-report', url: PAGE, seenAt: NOW, refused: 3 })).toEqual({ type: 'platform-report', url: PAGE, seenAt: NOW, refused: 3 });
  });
});
