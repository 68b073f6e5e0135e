/**
 * A parcel the platform lists as stalled (包裹中心): the log keeps when this browser first saw it listed, which
 * never moves later, and the sold list's record of the same order is the same item.
 */
import { describe, expect, it } from 'vitest';
import { badgeBasis } from '@/lib/badges/badge-basis';
import { replyTo } from '@/lib/background/page-reports';
import { parsePageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';
import { itemDeadlines, ruleDeadlines } from '@/lib/record-deadlines';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { itemKeyOf, listedSince, mergeTicket } from '@/lib/store/merge';
import { recordReport, stalledSinceAmong } from '@/lib/store/log';
import { exportLog, importLog } from '@/lib/store/export-import';
import { checkLogExport } from '@/lib/store/import-check';
import { mergeItem } from '@/lib/store/import-merge';
import { installI18n } from '../../support/i18n';
import { freshDb, H, report, sh } from './helpers';

installI18n();

const S = DEFAULT_SETTINGS;
const ORDER = '5118109635696058815';
const CENTER = 'https://myseller.taobao.com/home.htm/package-center/packageMonitor';
const SOLD = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
const T1 = sh('2026-06-11T10:00:00');

type Logistics = PageRecord & { kind: 'logistics' };
const listed = (extra: Partial<PageRecord> = {}): Logistics => ({
  kind: 'logistics', id: ORDER, orderId: ORDER, status: 'open', listedStalled: true, expectedCompensation: 100, province: '山东省', ...extra,
}) as Logistics;
/** The sold list's record of the same order: in transit, no tracking time shown. */
const sold = (extra: Partial<PageRecord> = {}): Logistics => ({
  kind: 'logistics', id: ORDER, orderId: ORDER, status: 'open', problems: [{ field: 'lastUpdateAt', reason: 'not-shown' }], ...extra,
}) as Logistics;

describe('mergeTicket: the first sighting on the stalled list', () => {
  it('is kept by every later sighting, listed or not, and moved only earlier by an older report merged late', () => {
    const first = mergeTicket(undefined, listed(), { now: T1, url: CENTER });
    expect(first.stalledSince).toBe(T1);
    const again = mergeTicket(first, listed(), { now: T1 + 5 * H, url: CENTER });
    expect(again.stalledSince).toBe(T1);
    const fromSold = mergeTicket(again, sold(), { now: T1 + 9 * H, url: SOLD });
    expect(fromSold.stalledSince).toBe(T1);
    expect(fromSold.expectedCompensation).toBe(100);
    const older = mergeTicket(fromSold, listed(), { now: T1 - 2 * H, url: CENTER });
    expect(older.stalledSince).toBe(T1 - 2 * H);
  });

  it('is absent on an order never seen listed', () => {
    expect(mergeTicket(undefined, sold(), { now: T1, url: SOLD }).stalledSince).toBeUndefined();
  });
});

describe('the exposure of a listed parcel', () => {
  it('is its first sighting when no tracking time is known, and stays there when seen again later', () => {
    expect(ruleDeadlines({ kind: 'logistics', status: 'open', stalledSince: T1 }, S)).toEqual([{ at: T1, key: 'logistics.exposure' }]);
  });

  it('is the rule\'s exposure when the tracking time makes that earlier, else the sighting', () => {
    const early = sh('2026-06-01T08:00:00'); // + 72 h (special period open by default) is well before T1
    expect(ruleDeadlines({ kind: 'logistics', status: 'open', lastUpdateAt: early, stalledSince: T1 }, S)[0]).toEqual({ at: early + 72 * H, key: 'logistics.exposure' });
    const late = T1 - H; // the rule would say T1 + 71 h: the platform's list says now
    expect(ruleDeadlines({ kind: 'logistics', status: 'open', lastUpdateAt: late, stalledSince: T1 }, S)).toEqual([{ at: T1, key: 'logistics.exposure' }]);
  });

  it('is followed by the work order\'s 24 h once one is seen', () => {
    const w = T1 + 30 * H;
    expect(itemDeadlines({ kind: 'logistics', status: 'open', stalledSince: T1, workOrderCreatedAt: w }, S)).toEqual([
      { at: T1, key: 'logistics.exposure' },
      { at: w + 24 * H, key: 'logistics.reply' },
    ]);
  });
});

describe('one item with the sold list', () => {
  it('is one ticket keyed by the order number, whichever page came first', async () => {
    expect(itemKeyOf(listed())).toBe(itemKeyOf(sold()));
    const { db } = freshDb();
    await recordReport(db, report([sold()], SOLD), { now: T1 - 24 * H }, S);
    await recordReport(db, report([listed()], CENTER), { now: T1 }, S);
    const tickets = await db.tickets.toArray();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ key: `logistics:${ORDER}`, firstSeenAt: T1 - 24 * H, stalledSince: T1, expectedCompensation: 100, dueTimes: [T1] });
    expect(await stalledSinceAmong(db, [listed()])).toEqual(new Map([[`logistics:${ORDER}`, T1]]));
  });
});

describe('the badge of a listed row', () => {
  it('counts from the first sighting the log holds, says the platform lists it, and names 预计赔付金额', () => {
    const since = listedSince([listed(), sold({ id: '1', orderId: '1' })], T1 + 3 * H, new Map([[`logistics:${ORDER}`, T1]]));
    expect(since).toEqual(new Map([[`logistics:${ORDER}`, T1]]));
    const checked = parsePageReport({ type: 'page-report', url: CENTER, pageKind: 'package-center', seenAt: T1 + 3 * H, records: [listed()] })!;
    const [basis] = replyTo(checked, { settings: S, pointsInWindow: 0, forecast: null }, undefined, undefined, undefined, since).bases;
    expect(basis?.deadlines).toMatchObject([{ at: T1, key: 'logistics.exposure', label: '买家可发起物流停滞工单' }]);
    expect(basis?.listed).toEqual({ since: T1, amount: 100 });
    expect(basis?.notes[0]).toBe('包裹中心已将此包裹列为停滞,本浏览器首次看到于 06-11 10:00;买家自那时起可能已可发起物流停滞工单,看到工单后须在24小时内回复');
  });

  it('still shows without a first sighting from the log: the exposure is now', () => {
    const basis = badgeBasis({ ...listed({ expectedCompensation: undefined }), stalledSince: T1 }, S);
    expect(basis?.listed).toEqual({ since: T1 });
    expect(basis?.deadlines.map((d) => d.at)).toEqual([T1]);
  });
});

describe('export and import', () => {
  it('carry the first sighting and 预计赔付金额; importing an older copy moves the first sighting only earlier', async () => {
    const { db } = freshDb();
    await recordReport(db, report([listed()], CENTER), { now: T1 }, S);
    const file = await exportLog(db, T1 + H);
    expect(checkLogExport(file).ok).toBe(true);
    const { db: other } = freshDb();
    await recordReport(other, report([listed()], CENTER), { now: T1 + 2 * H }, S);
    await importLog(other, file, T1 + 3 * H);
    expect(await other.tickets.get(`logistics:${ORDER}`)).toMatchObject({ stalledSince: T1, expectedCompensation: 100, dueTimes: [T1] });
    expect(mergeItem({ ...(await other.tickets.get(`logistics:${ORDER}`))!, stalledSince: T1 - H }, (await db.tickets.get(`logistics:${ORDER}`))!).stalledSince).toBe(T1 - H);
  });
});
