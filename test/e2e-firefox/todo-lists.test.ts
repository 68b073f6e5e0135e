import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readBadges } from '../../scripts/lib/chromium.mjs';
import { PENDING_URL, pendingVisits, type Visit } from '../support/pending-list';
import { dumpLog } from './helpers';
import { until } from '../support/until';

const H = 3_600_000;
type Ticket = { key: string; status: string; closedBy?: string; closedWhy?: { list: string; rows: number }; lastSeenAt: number };

describe('an item that leaves the 待回传 list, in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  const start = Date.now();
  // A and B share a page countdown whose 1-hour reminder falls a minute after the first visit.
  const visits = pendingVisits(start, start + H + 60_000);
  const [A, B] = [`invoice:${visits.a}`, `invoice:${visits.b}`];
  let showing: Visit = 'whole';
  const tickets = async () => ((await dumpLog(ff)).tickets ?? []) as Ticket[];
  const shownFor = async (key: string) => (await ff.notificationsShown()).filter((n) => n.id === `ds:${key}`).length;
  const six = () => visits.html('whole', Date.now()).match(/27018323060200041\d\d/g)!;
  const rowsOf = (orders: string[]) => orders.map((o) => `invoice:${o}`);

  /** Opens the list as `v` shows it, and waits until the log took the reading (every row shown logged since). */
  async function visit(v: Visit, rows: string[]): Promise<void> {
    showing = v;
    const at = Date.now();
    const tab = await ff.newPage();
    await tab.goto(PENDING_URL);
    expect(await until(async () => (await readBadges(tab)).length, (n) => n === rows.length)).toBe(rows.length);
    const logged = async () => (await tickets()).filter((t) => rows.includes(t.key) && t.lastSeenAt >= at).length;
    expect(await until(logged, (n) => n === rows.length)).toBe(rows.length);
    expect(await until(async () => ((await dumpLog(ff)).journal ?? []).length, (n) => n === 0)).toBe(0);
    await tab.close();
  }

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    ff.route(PENDING_URL, () => ({ contentType: 'text/html; charset=utf-8', body: visits.html(showing, Date.now()) }));
    // The morning digest off: its alarm and notification are no part of this test. The background makes the log first.
    await until(async () => Object.keys(await dumpLog(ff)), (names) => names.includes('settings'));
    await ff.inBackground(
      (bg) =>
        new Promise<void>((resolve, reject) => {
          const open = bg.indexedDB.open('deadline-sentinel');
          open.addEventListener('success', () => {
            const tx = open.result.transaction(['settings'], 'readwrite');
            tx.objectStore('settings').put({ key: 'digestMinutes', value: null });
            tx.addEventListener('complete', () => (open.result.close(), resolve()));
            tx.addEventListener('error', () => reject(tx.error));
          });
        }),
    );
  });
  afterAll(async () => ff?.close());

  it('logs the whole list open, and reminds of A and B, due within 4 hours', async () => {
    await visit('whole', rowsOf(six()));
    expect((await tickets()).map((t) => t.status)).toEqual(Array(6).fill('open'));
    expect(await until(() => shownFor(A), (n) => n === 1)).toBe(1);
    expect(await until(() => shownFor(B), (n) => n === 1)).toBe(1);
  });

  it('closes nothing from a filtered, searched, partial or problem-bearing reading without A', async () => {
    const left = six().filter((o) => o !== visits.a);
    await visit('filtered', rowsOf([visits.b]));
    await visit('searched', rowsOf([visits.b]));
    await visit('partial', rowsOf(left));
    await visit('problem', rowsOf(left));
    expect((await tickets()).filter((t) => t.status !== 'open')).toEqual([]);
  });

  it('closes A once the list read whole no longer shows it: the popup lists it as left, not open', async () => {
    await visit('uploaded', rowsOf(six().filter((o) => o !== visits.a)));
    expect((await tickets()).find((t) => t.key === A)).toMatchObject({ status: 'done', closedBy: 'list', closedWhy: { list: '待回传列表', rows: 5 } });
    const popup = await ff.openExtensionPage('popup.html', '.left-lists li');
    const open = await popup.$$eval('.items li a', (els) => els.map((a) => a.textContent ?? ''));
    expect(open.some((t) => t.includes(visits.a))).toBe(false);
    expect(open.some((t) => t.includes(visits.b))).toBe(true);
    expect(await popup.$eval('.left-lists li', (li) => li.textContent)).toMatch(new RegExp(`${visits.a}已不在待回传列表 · \\d\\d-\\d\\d \\d\\d:\\d\\d 完整读取 5 条撤销`));
    await popup.close();
  });

  it('sends no reminder for A after that, while B, still on the list, gets its 1-hour one', async () => {
    const shownA = await shownFor(A);
    const shownB = await shownFor(B);
    // The log says which stage went out for each deadline: B's page countdown reaches its 1-hour stage a minute in.
    const stages = async () => ((await dumpLog(ff)).reminders ?? []) as { itemKey: string; sentLeadMinutes: number }[];
    const hourOfB = await until(stages, (r) => r.some((s) => s.itemKey === B && s.sentLeadMinutes === 60), 90_000);
    expect(hourOfB.some((s) => s.itemKey === B && s.sentLeadMinutes === 60)).toBe(true);
    // A minute in, give or take the countdown's whole seconds as the page shows them.
    expect(Date.now()).toBeGreaterThanOrEqual(start + 58_000);
    expect(await until(() => shownFor(B), (n) => n > shownB)).toBeGreaterThan(shownB);
    expect(hourOfB.filter((s) => s.itemKey === A)).toEqual([]);
    expect(await shownFor(A)).toBe(shownA);
  });

  it('logged no extension error on the way', () => {
    expect(ff.refused).toEqual([]);
    expect(ff.consoleErrors()).toEqual([]);
  });
});
