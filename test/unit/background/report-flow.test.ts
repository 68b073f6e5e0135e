import { describe, expect, it, vi } from 'vitest';
import { reportFlow, type ReportFlowDeps } from '@/lib/background/report-flow';
import { badgeContext } from '@/lib/badges/context';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { StorageUnavailableError } from '@/lib/store/availability';
import { journalReport } from '@/lib/store/journal';
import { markDone } from '@/lib/store/log';
import { installI18n } from '../../support/i18n';
import { D, freshDb, H, report } from '../store/helpers';

const NOW = Date.parse('2026-11-27T14:00:00+08:00');
const invoice = (n: number, fields: Partial<PageRecord> = {}): PageRecord =>
  ({ kind: 'invoice', id: `30123456789012345${n}`, orderId: `30123456789012345${n}`, status: 'open', requestedAt: NOW - 12 * D, ...fields }) as PageRecord;
const checked = (records: PageRecord[]) => ({ report: report(records), slots: records.map((_, i) => i) });

function deps(overrides: Partial<ReportFlowDeps> = {}): ReportFlowDeps {
  return {
    now: () => NOW,
    offlineContext: () => ({ ...badgeContext([], [], NOW, DEFAULT_SETTINGS), storageUnavailable: true }),
    merged: vi.fn<() => Promise<unknown>>(async () => undefined),
    drained: vi.fn<() => Promise<unknown>>(async () => undefined),
    storageFailed: vi.fn<(tabId?: number) => Promise<unknown>>(async () => undefined),
    storageBack: vi.fn<(tabId?: number) => Promise<unknown>>(async () => undefined),
    warn: vi.fn<(what: string, error: unknown) => void>(),
    ...overrides,
  };
}

describe('reportFlow', () => {
  installI18n();

  it('answers before merging, from the journal, then merges in arrival order and empties the journal', async () => {
    const { db } = freshDb();
    const d = deps();
    const flow = reportFlow(db, d);
    const reply = await flow.answer(checked([invoice(1)]), 7);
    expect(reply.bases).toHaveLength(1);
    expect(reply.bases[0]!.deadlines.length).toBeGreaterThan(0);
    const second = await flow.answer(checked([invoice(1, { status: 'done' })]), 7);
    expect(second.bases[0]).toBeNull(); // closed: no badge
    await flow.settled();
    // The later report (done) was merged last: the item is closed, by the page.
    expect(await db.tickets.get('invoice:301234567890123451')).toMatchObject({ status: 'done', closedBy: 'page', tabId: 7 });
    expect(await db.journal.count()).toBe(0);
    expect(d.merged).toHaveBeenCalledTimes(2);
  });

  it('badges a parcel the platform lists as stalled from its first sighting in the log, a later one moving nothing', async () => {
    const { db } = freshDb();
    const listed = { kind: 'logistics', id: '5118109635696058815', orderId: '5118109635696058815', status: 'open', listedStalled: true } as PageRecord;
    let now = NOW;
    const flow = reportFlow(db, deps({ now: () => now }));
    const first = await flow.answer(checked([listed]));
    expect(first.bases[0]!.deadlines).toMatchObject([{ at: NOW, key: 'logistics.exposure' }]);
    await flow.settled();
    now = NOW + 5 * H;
    const later = await flow.answer(checked([listed]));
    expect(later.bases[0]!.deadlines).toMatchObject([{ at: NOW, key: 'logistics.exposure' }]);
    expect(later.bases[0]!.listed).toEqual({ since: NOW });
    await flow.settled();
    expect((await db.tickets.get('logistics:5118109635696058815'))!.stalledSince).toBe(NOW);
  });

  it('badges a row the page shows 已超时 as overdue since its first sighting on a later visit, from the log', async () => {
    const { db } = freshDb();
    let now = NOW;
    const flow = reportFlow(db, deps({ now: () => now }));
    const overdue = (at: number) => checked([invoice(1, { pageDeadline: at, pageUnit: 0 })]);
    const first = await flow.answer(overdue(NOW), 7);
    expect(first.bases[0]).toMatchObject({ pageDeadline: NOW, headline: expect.stringContaining('最早见于 11-27 14:00') });
    await flow.settled();
    now = NOW + 2 * D;
    const later = await flow.answer(overdue(now), 7);
    expect(later.bases[0]).toMatchObject({ pageDeadline: NOW, headline: expect.stringContaining('最早见于 11-27 14:00') });
    await flow.settled();
    expect(await db.tickets.get('invoice:301234567890123451')).toMatchObject({ pageDeadline: NOW, pageUnit: 0 });
  });

  it('counts the report’s open invoices with a work order in the forecast it answers with, before they are in the log', async () => {
    const { db } = freshDb();
    const flow = reportFlow(db, deps());
    const reply = await flow.answer(checked([invoice(1, { workOrderCreatedAt: NOW - 23 * H })]));
    expect(reply.forecast).not.toBeNull();
    expect(await db.tickets.count()).toBe(0); // not merged yet, and still forecast
  });

  it('says an item the seller marked handled is handled, though the page shows it open', async () => {
    const { db } = freshDb();
    const flow = reportFlow(db, deps());
    await flow.answer(checked([invoice(1)]));
    await flow.settled();
    await markDone(db, 'invoice:301234567890123451', NOW);
    const reply = await flow.answer(checked([invoice(1), invoice(2)]));
    expect(reply.bases.map((b) => b?.handled)).toEqual(['invoice:301234567890123451', undefined]);
  });

  it('merges on start what a worker stopped after answering left in the journal, once', async () => {
    const { db } = freshDb();
    await journalReport(db, report([invoice(1)]), { now: NOW, tabId: 3 });
    await journalReport(db, report([invoice(1, { status: 'done' })]), { now: NOW + 1000, tabId: 3 });
    const d = deps();
    const flow = reportFlow(db, d);
    await flow.replay();
    await flow.replay(); // a second start-up while the first still merges: each entry once
    await flow.settled();
    expect(d.merged).toHaveBeenCalledTimes(2);
    expect(d.drained).toHaveBeenCalledOnce(); // the reminders run once, after the last queued merge
    expect(await db.tickets.toArray()).toMatchObject([{ key: 'invoice:301234567890123451', status: 'done', closedAt: NOW + 1000 }]);
    expect(await db.journal.count()).toBe(0);
  });

  it('a merge without storage tells that tab once, answers as without a log until a merge succeeds, and keeps the report', async () => {
    const { db } = freshDb();
    const d = deps();
    const flow = reportFlow(db, d);
    const real = db.tickets.bulkPut.bind(db.tickets);
    let broken = true;
    vi.spyOn(db.tickets, 'bulkPut').mockImplementation((...args: Parameters<typeof real>) => {
      if (broken) throw new DOMException('quota', 'QuotaExceededError');
      return real(...args);
    });
    await flow.answer(checked([invoice(1)]), 5);
    await flow.settled();
    expect(d.storageFailed).toHaveBeenCalledExactlyOnceWith(5);
    const meanwhile = await flow.answer(checked([invoice(1)]), 5);
    expect(meanwhile.storageUnavailable).toBe(true);
    await flow.settled();
    expect(d.storageFailed).toHaveBeenCalledOnce(); // told once, not at every report: no loop of re-reports
    broken = false;
    await flow.answer(checked([invoice(2)]), 5);
    await flow.settled();
    expect(d.storageBack).toHaveBeenCalledExactlyOnceWith(5);
    expect(await db.tickets.count()).toBe(1);
    // The failed reports stay journaled, merged at the next start.
    expect(await db.journal.count()).toBe(2);
    await flow.replay();
    await flow.settled();
    expect((await db.tickets.toArray()).map((t) => t.key).sort()).toEqual(['invoice:301234567890123451', 'invoice:301234567890123452']);
    expect(await db.journal.count()).toBe(0);
  });

  it('answers as without a log when the journal cannot be written', async () => {
    const { db } = freshDb();
    const d = deps();
    vi.spyOn(db.journal, 'put').mockRejectedValue(new StorageUnavailableError(new Error('x')));
    const reply = await reportFlow(db, d).answer(checked([invoice(1)]), 5);
    expect(reply.storageUnavailable).toBe(true);
    expect(reply.bases).toHaveLength(1);
    expect(d.storageFailed).toHaveBeenCalledOnce();
  });
});

describe('reportFlow, nothing to write', () => {
  installI18n();
  it("answers a long list's preview (its first rows, issue 24) with their bases, and writes nothing of it", async () => {
    const { db } = freshDb();
    const d = deps();
    const flow = reportFlow(db, d);
    const preview = checked([invoice(1), invoice(2)]);
    preview.report.preview = true;
    const reply = await flow.answer(preview, 7);
    expect(reply.bases).toHaveLength(2);
    expect(reply.bases.every((b) => (b?.deadlines.length ?? 0) > 0)).toBe(true);
    await flow.settled();
    expect(await db.journal.count()).toBe(0);
    expect(await db.tickets.count()).toBe(0);
    expect(d.merged).not.toHaveBeenCalled();
    expect(d.drained).not.toHaveBeenCalled();
  });

  it('answers a report with no record left to write without journaling it', async () => {
    const { db } = freshDb();
    const d = deps();
    const reply = await reportFlow(db, d).answer({ report: report([]), slots: [[{ field: 'id', reason: 'limit' }]] });
    expect(reply.bases).toHaveLength(1);
    expect(await db.journal.count()).toBe(0);
    expect(d.merged).not.toHaveBeenCalled();
  });
});
