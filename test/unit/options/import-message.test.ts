import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { importMessage } from '@/components/options/DataSection';
import { importLog, LOG_FORMAT } from '@/lib/store/export-import';
import { openSentinelDb } from '@/lib/store/db';
import { installI18n } from '../../support/i18n';

const T = Date.parse('2026-06-30T04:00:00Z');
const ticket = (url: string) => ({
  key: 'invoice:1', kind: 'invoice', status: 'open', orderId: '1', requestedAt: T, url, firstSeenAt: T, lastSeenAt: T, dueTimes: [],
});

describe('the import message says only what happened (issue 23)', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('a file whose only record has a foreign link, on an empty log: skipped, nothing written, no "already exist"', async () => {
    const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const file = { format: LOG_FORMAT, version: 1, exportedAt: T, tickets: [ticket('https://evil.example/')], questions: [], penalties: [], settings: {}, reminders: [] };
    const result = await importLog(db, file, T);
    expect(result.ok).toBe(true);
    const text = importMessage(result as Extract<typeof result, { ok: true }>);
    expect(text).toContain('1 条记录的链接不在卖家后台页面上');
    expect(text).not.toContain('已存在');
    expect(await db.tickets.count()).toBe(0);
  });

  it('says "already exist" only for a file whose records the log has', async () => {
    const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const file = { format: LOG_FORMAT, version: 1, exportedAt: T, tickets: [ticket('https://myseller.taobao.com/home.htm/merchant-invoice/')], questions: [], penalties: [], settings: {}, reminders: [] };
    await importLog(db, file, T);
    const again = await importLog(db, file, T);
    expect(importMessage(again as Extract<typeof again, { ok: true }>)).toContain('都已存在');
    const empty = await importLog(db, { ...file, tickets: [] }, T);
    expect(importMessage(empty as Extract<typeof empty, { ok: true }>)).toBe('导入完成:文件中没有记录,没有任何变化。');
  });
});
