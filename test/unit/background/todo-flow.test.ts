import { describe, expect, it, vi } from 'vitest';
import { reportFlow, type ReportFlowDeps } from '@/lib/background/report-flow';
import { badgeContext } from '@/lib/badges/context';
import type { ListReading } from '@/lib/pages/list-reading';
import type { PageRecord } from '@/lib/pages/records';
import { todoListAt } from '@/lib/pages/recipes/lists';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { journalReport } from '@/lib/store/journal';
import { installI18n } from '../../support/i18n';
import { PENDING_URL } from '../../support/pending-list';
import { D, freshDb, H, report } from '../store/helpers';

const NOW = Date.parse('2026-12-07T10:00:00+08:00');
const ids = ['2701832306020004101', '2701832306020004102', '2701832306020004103'];
const row = (id: string): PageRecord => ({ kind: 'invoice', id, orderId: id, status: 'open', requestedAt: NOW - 2 * D });
/** What the content script sends of the list: every row's key, and the page's signs. */
const list = (shown: string[], signs: string[] = [`共 ${shown.length} 条`]): ListReading => ({ keys: shown.map((id) => `invoice:${id}`), problems: false, signs });
const pending = (records: PageRecord[], l: ListReading) => ({ report: { ...report(records, PENDING_URL), list: l }, slots: records.map((_, i) => i) });

function deps(now: { at: number }): ReportFlowDeps {
  return {
    now: () => now.at,
    offlineContext: () => ({ ...badgeContext([], [], now.at, DEFAULT_SETTINGS), storageUnavailable: true }),
    todoList: async (url, tabs) => todoListAt(url, tabs),
    merged: async () => undefined,
    drained: vi.fn<() => Promise<unknown>>(async () => undefined),
    storageFailed: async () => undefined,
    storageBack: async () => undefined,
    warn: vi.fn<(what: string, error: unknown) => void>(),
  };
}

describe('reportFlow on a to-do list', () => {
  installI18n();

  it('closes the row gone from a whole second reading, even with no record news, and re-plans the reminders', async () => {
    const { db } = freshDb();
    const clock = { at: NOW };
    const d = deps(clock);
    const flow = reportFlow(db, d);
    await flow.answer(pending(ids.map(row), list(ids)), 3);
    clock.at += H;
    // The second visit: the content script's news is nothing, its list two rows.
    await flow.answer(pending([], list([ids[0]!, ids[2]!])), 3);
    await flow.settled();
    expect(await db.tickets.get(`invoice:${ids[1]}`)).toMatchObject({ status: 'done', closedBy: 'list', closedAt: NOW + H, closedWhy: { list: '待回传列表', rows: 2 } });
    expect(await db.tickets.where('status').equals('open').count()).toBe(2);
    expect(d.drained).toHaveBeenCalled();
  });

  it('closes nothing from a filtered, searched, loading, partial or problem-bearing reading', async () => {
    const { db } = freshDb();
    const clock = { at: NOW };
    const flow = reportFlow(db, deps(clock));
    await flow.answer(pending(ids.map(row), list(ids)), 3);
    const one = [ids[0]!];
    for (const l of [
      list(one, ['共 1 条', 'aria-checked=已超时']),
      list(one, ['共 1 条', `input=${ids[0]}`]),
      list(one, ['共 1 条', '加载中']),
      list(one, ['共 3 条']),
      { ...list(one), problems: true },
    ]) {
      clock.at += H;
      await flow.answer(pending([], l), 3);
    }
    await flow.settled();
    expect(await db.tickets.where('status').equals('open').count()).toBe(3);
  });

  it('journals the judgement, never the signs (a search field holds what the seller typed)', async () => {
    const { db } = freshDb();
    const entry = await journalReport(db, { ...report([row(ids[0]!)], PENDING_URL), list: list([ids[0]!], ['共 1 条', 'input=王小明']) }, { now: NOW, todo: { id: 'invoice-pending', name: '待回传列表' } });
    const kept = await db.journal.get(entry.id);
    expect(kept?.report.list).toBeUndefined();
    expect(JSON.stringify(kept)).not.toContain('王小明');
    expect(kept?.todo).toEqual({ id: 'invoice-pending', name: '待回传列表' });
  });

  it('reads a page that is no to-do list as before: its list closes nothing and is not journaled', async () => {
    const { db } = freshDb();
    const flow = reportFlow(db, deps({ at: NOW }));
    const applyList = (records: PageRecord[], l: ListReading) => ({ report: { ...report(records), list: l }, slots: records.map((_, i) => i) });
    await flow.answer(applyList(ids.map(row), list(ids, ['共 3 条', 'aria-selected=开票申请'])), 3);
    await flow.answer(applyList([], list([ids[0]!], ['共 1 条', 'aria-selected=开票申请'])), 3);
    await flow.settled();
    expect(await db.tickets.where('status').equals('open').count()).toBe(3);
    expect(await db.journal.count()).toBe(0);
  });
});
