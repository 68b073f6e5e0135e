import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { openSentinelDb } from '@/lib/store/db';
import { markDone } from '@/lib/store/log';
import { journalReport } from '@/lib/store/journal';
import { installI18n } from '../support/i18n';

const url = 'https://qn.taobao.com/home.htm/merchant-invoice/';
const tab = { id: 3 } as Browser.tabs.Tab; // only the fields the sender check reads
const fromContentScript: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab, url };
const H = 3_600_000;

function reportOf(records: object[]) {
  return { type: 'page-report', url, pageKind: 'invoice-requests', seenAt: Date.now(), records };
}

describe('background worker', () => {
  let notify: ReturnType<typeof vi.fn<(id: string, options: object) => Promise<string>>>;
  let badge: string[];
  /** The notifications on screen, as notifications.getAll reports them. */
  let screen: Set<string>;

  /** A fresh worker over `indexedDB`; the fake browser has no notifications or toolbar: record what is asked of them. */
  function startWorker(indexedDB: IDBFactory = new IDBFactory(), onScreen: string[] = []) {
    fakeBrowser.reset();
    installI18n();
    vi.stubGlobal('indexedDB', indexedDB);
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    notify = vi.fn<(id: string, options: object) => Promise<string>>(async (id) => (screen.add(id), id));
    badge = [];
    screen = new Set(onScreen);
    fakeBrowser.notifications.create = notify as unknown as typeof fakeBrowser.notifications.create;
    fakeBrowser.notifications.getAll = (async () => Object.fromEntries([...screen].map((id) => [id, true]))) as unknown as typeof fakeBrowser.notifications.getAll;
    fakeBrowser.notifications.clear = (async (id: string) => screen.delete(id)) as typeof fakeBrowser.notifications.clear;
    fakeBrowser.action.setBadgeText = (async ({ text }: { text: string }) => void badge.push(text)) as typeof fakeBrowser.action.setBadgeText;
    fakeBrowser.action.setBadgeBackgroundColor = (async () => undefined) as typeof fakeBrowser.action.setBadgeBackgroundColor;
    fakeBrowser.action.setTitle = (async () => undefined) as typeof fakeBrowser.action.setTitle;
    background.main();
  }
  beforeEach(() => startWorker());

  const db = () => openSentinelDb({ indexedDB, IDBKeyRange });
  const settle = () => vi.waitFor(async () => expect(await fakeBrowser.alarms.get('next-reminder')).toBeDefined());

  it('logs a report from its content script, answers with the badge context and notifies what is due', async () => {
    const now = Date.now();
    const record = { kind: 'invoice', id: '3012345678901234567', orderId: '3012345678901234567', status: 'open', requestedAt: now - 12 * 24 * H, workOrderCreatedAt: now - H };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(reportOf([record]), fromContentScript);
    expect(await reply).toMatchObject({ pointsInWindow: 0, settings: { pointsCap: 6 } });
    await settle();
    expect(await db().tickets.get(`invoice:${record.id}`)).toMatchObject({ requestedAt: record.requestedAt, tabId: 3, url });
    // The first deadline (request + 10 days) has passed: one notification, for the item.
    await vi.waitFor(() => expect(notify).toHaveBeenCalledOnce());
    expect(notify.mock.calls[0]![0]).toBe(`ds:invoice:${record.id}`);
    expect(badge.at(-1)).toBe('');
  });

  it('shows one summary for more than four reminders due in one run, and records every item as notified', async () => {
    const now = Date.now();
    const records = Array.from({ length: 6 }, (_, i) => ({ kind: 'invoice', id: `30123456789012345${i}`, orderId: `30123456789012345${i}`, status: 'open', requestedAt: now - 12 * 24 * H }));
    await fakeBrowser.runtime.onMessage.trigger(reportOf(records), fromContentScript);
    await settle();
    await vi.waitFor(() => expect(notify).toHaveBeenCalledOnce());
    const [id, options] = notify.mock.calls[0]!;
    expect(id).toMatch(/^ds-summary:/);
    expect((options as { title: string }).title).toContain('6');
    const states = await db().reminders.toArray();
    expect(new Set(states.map((st) => st.itemKey))).toEqual(new Set(records.map((r) => `invoice:${r.id}`)));
    expect(states.every((st) => st.pending === undefined)).toBe(true);
  });

  it('opens the popup from a click on the summary, in a window of its own where the browser cannot open it', async () => {
    const openPopup = vi.fn<() => Promise<void>>(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const create = vi.fn<(options: object) => Promise<object>>(async () => ({}));
    (fakeBrowser.action as unknown as { openPopup: typeof openPopup }).openPopup = openPopup;
    fakeBrowser.windows.create = create as unknown as typeof fakeBrowser.windows.create;
    screen.add('ds-summary:1');
    await fakeBrowser.notifications.onClicked.trigger('ds-summary:1');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]![0]).toMatchObject({ url: expect.stringMatching(/\/popup\.html$/), type: 'popup' });
    expect(screen.has('ds-summary:1')).toBe(false);
  });

  it('after a worker stopped between writing reminder states and showing them, shows what is not on screen, once', async () => {
    const now = Date.now();
    const record = (id: string) => ({ kind: 'invoice', id, orderId: id, status: 'open', requestedAt: now - 12 * 24 * H });
    await fakeBrowser.runtime.onMessage.trigger(reportOf([record('1'), record('2')]), fromContentScript);
    await settle();
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(2));
    // As a stopped worker leaves them: both written as pending, only the first made it to the screen.
    const states = await db().reminders.toArray();
    await db().reminders.bulkPut(states.map((st) => ({ ...st, pending: `ds:${st.itemKey}` })));
    const indexedDB = globalThis.indexedDB as unknown as IDBFactory;
    startWorker(indexedDB, ['ds:invoice:1']);
    await vi.waitFor(async () => expect((await db().reminders.toArray()).every((st) => st.pending === undefined)).toBe(true));
    expect(notify.mock.calls.map(([id]) => id)).toEqual(['ds:invoice:2']);
  });

  it('issue 25: inside quiet hours notifies nothing and wakes at their end', async () => {
    const now = Date.now();
    // Quiet from the current Shanghai minute to ten minutes on, whatever the hour: relative to the test's clock.
    const minute = Math.floor(((now + 8 * H) % (24 * H)) / 60_000);
    const quietHours = { start: minute, end: (minute + 10) % 1440 };
    await db().settings.bulkPut([{ key: 'quietHours', value: quietHours }, { key: 'digestMinutes', value: null }]);
    await fakeBrowser.runtime.onMessage.trigger(reportOf([{ kind: 'invoice', id: '7', orderId: '7', status: 'open', requestedAt: now - 12 * 24 * H }]), fromContentScript);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('next-reminder'))?.scheduledTime).toBe(Math.floor(now / 60_000) * 60_000 + 10 * 60_000));
    expect(notify).not.toHaveBeenCalled();
    expect(await db().reminders.count()).toBe(0);
  });

  it('issue 25: a reminder’s 稍后提醒 button snoozes its item for an hour, in the log, and the badge says so', async () => {
    const now = Date.now();
    await db().settings.put({ key: 'digestMinutes', value: null });
    await fakeBrowser.runtime.onMessage.trigger(reportOf([{ kind: 'invoice', id: '8', orderId: '8', status: 'open', requestedAt: now - 12 * 24 * H }]), fromContentScript);
    await settle();
    await vi.waitFor(() => expect(notify).toHaveBeenCalledOnce());
    const [, options] = notify.mock.calls[0]!;
    expect((options as { buttons?: { title: string }[] }).buttons?.map((b) => b.title)).toEqual(['稍后提醒(1 小时)']);
    await fakeBrowser.notifications.onButtonClicked.trigger('ds:invoice:8', 0);
    const [snooze] = await vi.waitFor(async () => {
      const rows = await db().snoozes.toArray();
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(snooze!.until - now).toBeGreaterThanOrEqual(H);
    expect(snooze!.until - now).toBeLessThan(H + 60_000);
    expect(screen.has('ds:invoice:8')).toBe(false);
    await vi.waitFor(() => expect(badge.at(-1)).toBe('z')); // nothing overdue or due within 24 h: the count is empty
    expect((await fakeBrowser.alarms.get('next-reminder'))?.scheduledTime).toBeLessThanOrEqual(snooze!.until);
  });

  it('re-arms the one alarm from the log when the alarm state is empty', async () => {
    const now = Date.now();
    // The morning digest's set time could be the nearer wake: this test is about the reminder stage.
    await db().settings.put({ key: 'digestMinutes', value: null });
    await fakeBrowser.runtime.onMessage.trigger(reportOf([{ kind: 'logistics', id: '9', orderId: '9', status: 'open', workOrderCreatedAt: now - 2 * H }]), fromContentScript);
    await settle();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    const alarms = await vi.waitFor(async () => {
      const all = await fakeBrowser.alarms.getAll();
      expect(all).toHaveLength(1);
      return all;
    });
    expect(alarms[0]!.name).toBe('next-reminder');
    // Reply-by is W + 24 h = now + 22 h: the 4-hour reminder at now + 18 h is the next.
    expect(alarms[0]!.scheduledTime).toBe(now - 2 * H + 24 * H - 4 * H);
    expect(badge.at(-1)).toBe('1');
  });

  it('merges the journal a stopped worker left at its start, with no page, and plans the reminders after the merge (issue 23)', async () => {
    const now = Date.now();
    await db().settings.put({ key: 'digestMinutes', value: null });
    const indexedDB = globalThis.indexedDB;
    // Journaled and answered, then the worker stopped before the merge: the wake-up alarm is what restarts it.
    await journalReport(db(), { type: 'page-report', url, pageKind: 'invoice-requests', seenAt: now, records: [{ kind: 'logistics', id: '9', orderId: '9', status: 'open', workOrderCreatedAt: now - 2 * H }] }, { now, tabId: 3 });
    startWorker(indexedDB); // a new worker over the same log; no message comes
    await settle();
    expect(await db().journal.count()).toBe(0);
    expect(await db().tickets.get('logistics:9')).toBeDefined();
    // Planned from the merged log: the item's 4-hour reminder, not an empty plan.
    expect((await fakeBrowser.alarms.get('next-reminder'))!.scheduledTime).toBe(now - 2 * H + 24 * H - 4 * H);
    expect(await fakeBrowser.alarms.get('journal')).toBeUndefined(); // cleared once merged
  });

  it('arms the wake-up alarm while a report is journaled and not yet merged (issue 23)', async () => {
    const created: string[] = [];
    const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    fakeBrowser.alarms.create = ((name: string, info: object) => (created.push(name), create(name, info))) as typeof fakeBrowser.alarms.create;
    await fakeBrowser.runtime.onMessage.trigger(reportOf([{ kind: 'invoice', id: '1', orderId: '1', status: 'open', requestedAt: Date.now() }]), fromContentScript);
    expect(created).toContain('journal');
    await settle();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('journal')).toBeUndefined());
  });

  it('keeps badges working and says so when storage is unavailable, and logs again once it returns', async () => {
    const factory = new IDBFactory();
    const open = factory.open.bind(factory);
    let back = false;
    factory.open = ((...args: Parameters<IDBFactory['open']>) => {
      if (!back) throw new DOMException('blocked', 'InvalidStateError');
      return open(...args);
    }) as IDBFactory['open'];
    startWorker(factory);
    const record = { kind: 'invoice', id: '1', orderId: '1', status: 'open', requestedAt: Date.now() };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(reportOf([record]), fromContentScript);
    expect(await reply).toMatchObject({ storageUnavailable: true, pointsInWindow: 0 });
    await vi.waitFor(() => expect(badge.at(-1)).toBe('!'));
    back = true;
    const [again] = await fakeBrowser.runtime.onMessage.trigger(reportOf([record]), fromContentScript);
    expect(await again).not.toHaveProperty('storageUnavailable');
    await vi.waitFor(async () => expect(await db().tickets.count()).toBe(1)); // merged after the reply
  });

  it("reopens an item marked handled on its badge's 撤销, from its own content script only", async () => {
    const now = Date.now();
    const record = { kind: 'invoice', id: '3012345678901234567', orderId: '3012345678901234567', status: 'open', requestedAt: now - 12 * 24 * H };
    await fakeBrowser.runtime.onMessage.trigger(reportOf([record]), fromContentScript);
    const key = 'invoice:3012345678901234567';
    await vi.waitFor(async () => expect(await db().tickets.get(key)).toBeDefined());
    await markDone(db(), key, now);
    const [fromPage] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reopen-item', key }, { url: 'https://evil.example/', tab });
    expect(await fromPage).toBeUndefined();
    // Issue 23: not before this frame was answered with the item's handled badge, nor from another frame or tab.
    const [early] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reopen-item', key }, fromContentScript);
    expect(await early).toBe('unknown');
    const [drawn] = await fakeBrowser.runtime.onMessage.trigger(reportOf([record]), fromContentScript);
    expect((await drawn).bases[0]).toMatchObject({ handled: key });
    for (const other of [{ ...fromContentScript, frameId: 2 }, { ...fromContentScript, tab: { id: 4 } as Browser.tabs.Tab }]) {
      const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reopen-item', key }, other);
      expect(await refused).toBe('unknown');
    }
    expect(await db().tickets.get(key)).toMatchObject({ status: 'done', closedBy: 'user' });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reopen-item', key }, fromContentScript);
    expect(await reply).toBe(true);
    expect(await db().tickets.get(key)).toMatchObject({ status: 'open' });
    expect((await db().tickets.get(key))!.dueTimes!.length).toBeGreaterThan(0);
    const [bad] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reopen-item', key: 'x'.repeat(5000) }, fromContentScript);
    expect(await bad).toBeUndefined();
  });

  it('writes nothing for a message from a web page or a bad payload', async () => {
    await fakeBrowser.runtime.onMessage.trigger(reportOf([{ kind: 'qa', id: 'q', status: 'open' }]), { url: 'https://evil.example/', tab });
    await fakeBrowser.runtime.onMessage.trigger({ ...reportOf([]), pageKind: 'x' }, fromContentScript);
    expect(await db().questions.count()).toBe(0);
    expect(await db().tickets.count()).toBe(0);
  });

  it('survives 1,000 fuzzed payloads from its own content script and writes nothing', async () => {
    const badRecord = fc.record({ kind: fc.constantFrom('invoice', 'qa', 'refund', 1), id: fc.oneof(fc.constant(''), fc.integer()), status: fc.string() }, { requiredKeys: [] });
    const payload = fc.oneof(fc.anything(), fc.record({ type: fc.constant('page-report'), url: fc.string(), pageKind: fc.string(), seenAt: fc.anything(), records: fc.array(badRecord) }));
    for (const p of fc.sample(payload, { numRuns: 1000, seed: 42 })) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(p, fromContentScript);
      expect(await replies[0]).toBeUndefined();
    }
    expect(await db().tickets.count()).toBe(0);
    expect(await db().questions.count()).toBe(0);
  });
});

describe('log-changed from extension pages', () => {
  it("is accepted from the extension's own pages only", async () => {
    const { isLogChanged } = await import('@/lib/log-changed');
    const own = 'chrome-extension://abc/';
    expect(isLogChanged({ type: 'log-changed' }, { id: 'abc', url: `${own}popup.html` }, own)).toBe(true);
    expect(isLogChanged({ type: 'log-changed' }, { id: 'abc', url: `${own}options.html`, tab: { id: 1 } as Browser.tabs.Tab }, own)).toBe(true);
    expect(isLogChanged({ type: 'log-changed' }, { id: 'abc', url: 'https://myseller.taobao.com/', tab: { id: 1 } as Browser.tabs.Tab }, own)).toBe(false);
    expect(isLogChanged({ type: 'log-changed' }, { url: 'https://myseller.taobao.com/' }, own)).toBe(false);
    expect(isLogChanged({ type: 'other' }, { url: `${own}options.html` }, own)).toBe(false);
  });
});
