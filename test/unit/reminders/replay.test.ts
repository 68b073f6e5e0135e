/**
 * Issue 26: the 待回传 list replayed over several visits and days through the real reader, merge and planner,
 * with the alarm waking the planner between visits as the background does. Each stage of each deadline
 * is notified once per item, however often the list is visited.
 */
import { Window } from 'happy-dom';
import { afterAll, expect, it } from 'vitest';
import { readPage } from '@/lib/pages/read-page';
import { itemDeadlines } from '@/lib/record-deadlines';
import { planReminders, type DueReminder } from '@/lib/reminders/planner';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { itemFactsOf } from '@/lib/store/derive';
import { openItems, recordReport, reminderStates, saveReminderStates } from '@/lib/store/log';
import { freshDb } from '../store/helpers';

const URL = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const window = new Window({ url: URL });
afterAll(() => window.happyDOM.close());

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const sh = (iso: string) => Date.parse(`${iso}+08:00`);

/** Each row's true deadline; the page shows it as its countdown does: whole units, 已超时 once passed. */
const ROWS: [order: string, deadline: number][] = [
  ['3300000000000000001', sh('2026-11-30T08:00:00')], // overdue before the first visit
  ['3300000000000000002', sh('2026-11-28T20:00:00')],
  ['3300000000000000003', sh('2026-11-20T00:00:00')],
  ['3300000000000000004', sh('2026-12-01T15:30:00')], // counts down, then overdue on the same day
  ['3300000000000000005', sh('2026-12-03T13:20:00')], // counts down over three days
];

function countdownText(deadline: number, now: number): string {
  const left = deadline - now;
  if (left <= 0) return '已超时';
  const [days, hours, minutes] = [Math.floor(left / D), Math.floor((left % D) / H), Math.floor((left % H) / M)];
  return days > 0 ? `${days}天${hours}小时` : `${hours}小时${minutes}分`;
}

function page(now: number): ParentNode {
  const rows = ROWS.map(([order, at]) => `<tr><td>${order}</td><td>${countdownText(at, now)}</td><td>待开票</td></tr>`).join('');
  const html = `<table><thead><tr><th>订单号</th><th>赔付倒计时</th><th>开票状态</th></tr></thead><tbody>${rows}</tbody></table>`;
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html') as unknown as ParentNode;
}

const VISITS = [
  '2026-12-01T10:00:00', '2026-12-01T12:00:00', '2026-12-01T14:00:00', '2026-12-01T16:00:00',
  '2026-12-02T09:00:00', '2026-12-02T13:00:00', '2026-12-03T10:00:00', '2026-12-03T15:00:00',
].map(sh);

it('notifies each stage once per item over eight visits on three days', async () => {
  const { db } = freshDb();
  const s = DEFAULT_SETTINGS;
  const notified: DueReminder[] = [];
  /** One reminder run, as lib/background/reminders.ts does it: plan, save the states, arm the next alarm. */
  const run = async (now: number): Promise<number | null> => {
    const items = (await openItems(db)).map((i) => ({ key: i.key, deadlines: itemDeadlines(itemFactsOf(i), s) }));
    const plan = planReminders(items, await reminderStates(db), s.reminderLeadMinutes, now);
    await saveReminderStates(db, plan.sent);
    notified.push(...plan.due);
    return plan.nextAt;
  };
  let alarm: number | null = null;
  for (const visit of [...VISITS, sh('2026-12-05T00:00:00')]) {
    while (alarm !== null && alarm <= visit) alarm = await run(alarm);
    if (visit === sh('2026-12-05T00:00:00')) break;
    const records = readPage(page(visit), URL, visit).map((r) => r.record);
    expect(records).toHaveLength(ROWS.length);
    await recordReport(db, { type: 'page-report', url: URL, pageKind: 'invoice-requests', seenAt: visit, records }, { now: visit }, s);
    alarm = await run(visit);
  }

  const stages = notified.map((n) => `${n.itemKey}|${n.deadline.key}|${n.leadMinutes}`);
  expect(new Set(stages).size).toBe(stages.length);
  const leadsOf = (order: string) => notified.filter((n) => n.itemKey === `invoice:${order}`).map((n) => n.leadMinutes);
  // Seen overdue on every visit: one notification at the moment itself, on the first visit.
  for (const [order] of ROWS.slice(0, 3)) expect(leadsOf(order)).toEqual([0]);
  // Counting down: 24 h (already passed at the first visit), 4 h, 1 h, the moment; not again once the page shows 已超时.
  expect(leadsOf(ROWS[3]![0])).toEqual([1440, 240, 60, 0]);
  expect(leadsOf(ROWS[4]![0])).toEqual([1440, 240, 60, 0]);
  expect(notified).toHaveLength(11);
});
