import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDigest } from '@/lib/background/digest';
import { runReminders } from '@/lib/background/reminders';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { openSentinelDb } from '@/lib/store/db';
import { digestShownDay } from '@/lib/store/digest-state';
import { markDone, recordReport, saveSettings } from '@/lib/store/log';
import type { PageRecord } from '@/lib/pages/records';
import { freshDb, H, report, sh } from '../store/helpers';
import { installI18n } from '../../support/i18n';

const DAY = '2026-12-02';
const records: PageRecord[] = [
  // Reply-by 6 h ago: overdue.
  { kind: 'logistics', id: 'W1', workOrderId: 'W1', orderId: '3000000000000000001', status: 'open', workOrderCreatedAt: sh(`${DAY}T03:05:00`) - 24 * H },
  // Applied 11-22: first deadline at the end of today.
  { kind: 'invoice', id: '3000000000000000002', orderId: '3000000000000000002', status: 'open', requestedAt: sh('2026-11-22T10:00:00') },
  // Asked at 10:00 today: the seller should answer from 10:00 tomorrow.
  { kind: 'qa', id: 'Q1', status: 'open', question: '能装开水吗?', askedAt: sh(`${DAY}T10:00:00`), buyerAnswerCount: 0, itemQaCount: 1 },
];

describe('the morning digest in the background', () => {
  let shown: { id: string; title: string; message: string }[];
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n('zh_CN');
    shown = [];
    fakeBrowser.notifications.create = (async (id: string, options: { title: string; message: string }) => {
      shown.push({ id, title: options.title, message: options.message });
      return id;
    }) as unknown as typeof fakeBrowser.notifications.create;
  });

  async function seeded() {
    const { db, indexedDB } = freshDb();
    await recordReport(db, report(records), { now: sh(`${DAY}T08:00:00`) }, S);
    return { db, reopen: () => openSentinelDb({ indexedDB, IDBKeyRange }) };
  }

  it('says nothing before the set time and asks to wake at it', async () => {
    const { db } = await seeded();
    expect(await runDigest(db, sh(`${DAY}T08:59:00`), S)).toBe(sh(`${DAY}T09:00:00`));
    expect(shown).toEqual([]);
  });

  it('shows overdue, today and tomorrow by kind and the points once, and not again after a restart that day', async () => {
    const { db, reopen } = await seeded();
    expect(await runDigest(db, sh(`${DAY}T09:00:30`), S)).toBe(sh('2026-12-03T09:00:00'));
    expect(shown).toEqual([
      {
        id: `ds-digest:${DAY}`,
        title: '时效哨兵晨报 · 12-02',
        message: '已超时 1(物流停滞 1)\n今天到期 1(催开票 1)\n明天到期 1(问大家 1)\n30天内已扣 0/6 分',
      },
    ]);
    await runDigest(db, sh(`${DAY}T09:00:31`), S);
    const restarted = reopen(); // a new worker: only the log remembers
    await runDigest(restarted, sh(`${DAY}T15:00:00`), S);
    expect(shown).toHaveLength(1);
    expect(await digestShownDay(restarted)).toBe(DAY);
  });

  it('adds the platform’s counts beside the log’s, with when they were read; counts above the log are news alone', async () => {
    const { db } = await seeded();
    for (const r of records) await markDone(db, r.kind === 'qa' ? `qa:${r.id}` : `${r.kind}:${r.orderId}`, sh(`${DAY}T08:30:00`));
    await db.platform.put({ key: 'counts', counts: { invoiceApply: 40, updateException: 5 }, readAt: sh(`${DAY}T06:00:00`), url: 'https://myseller.taobao.com/home.htm/QnworkbenchHome/' });
    await runDigest(db, sh(`${DAY}T09:00:30`), S);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.message.split('\n').slice(-2)).toEqual([
      '平台显示 临赔发票申请 40 · 已记录 0(读于 12-02 06:00(3 小时前))',
      '平台显示 物流异常包裹(揽收/运输/派送) 5 · 已记录 0(读于 12-02 06:00(3 小时前))',
    ]);
  });

  it('shows nothing on a day with nothing open, and the day stays served', async () => {
    const { db } = await seeded();
    for (const r of records) await markDone(db, r.kind === 'qa' ? `qa:${r.id}` : `${r.kind}:${r.orderId}`, sh(`${DAY}T08:30:00`));
    await runDigest(db, sh(`${DAY}T09:10:00`), S);
    expect(shown).toEqual([]);
    expect(await digestShownDay(db)).toBe(DAY);
  });

  it('still returns the next set time when the notification fails, so the reminder run arms its alarm', async () => {
    const { db } = await seeded();
    fakeBrowser.notifications.create = (async () => {
      throw new Error('notifications blocked');
    }) as unknown as typeof fakeBrowser.notifications.create;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runDigest(db, sh(`${DAY}T09:30:00`), S)).toBe(sh('2026-12-03T09:00:00'));
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('is switched off by the setting', async () => {
    const { db } = await seeded();
    const off = await saveSettings(db, { digestMinutes: null });
    expect(await runDigest(db, sh(`${DAY}T10:00:00`), off)).toBeNull();
    expect(shown).toEqual([]);
  });

  it('folds its set time into the one reminder alarm when it is the nearest wake', async () => {
    const { db } = await seeded();
    fakeBrowser.notifications.getAll = (async () => ({})) as typeof fakeBrowser.notifications.getAll;
    for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) {
      fakeBrowser.action[name] = (async () => undefined) as never;
    }
    // At 06:00 the next reminder is the question's 24-hour stage at 10:00; the digest's 09:00 comes first.
    const result = await runReminders(db, () => sh(`${DAY}T06:00:00`));
    expect(result.nextAt).toBe(sh(`${DAY}T09:00:00`));
    expect((await fakeBrowser.alarms.get('next-reminder'))?.scheduledTime).toBe(sh(`${DAY}T09:00:00`));
  });
});
