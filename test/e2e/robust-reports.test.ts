/**
 * Issue 12, "nothing silent, nothing lost", on the production build: one bad row costs that row only, a list
 * longer than one message is badged whole, invisible characters do not hide a row, settings reach open tabs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, readBadges, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { fusionTable, samplePages, shanghai, shell } from '../../demo/sample-pages.mjs';
import { dumpLog } from './log-reader';
import { until } from '../support/until';

const H = 3_600_000;
const D = 24 * H;
const BASE = 'https://myseller.taobao.com/home.htm';
const WORK_ORDER_HEADERS = ['工单编号', '工单类型', '订单号', '申请时间', '创建时间', '工单状态', '收货地址'];

const hostKeys = (tab: Page) => tab.$$eval('[data-deadline-sentinel]', (hosts) => hosts.map((h) => h.getAttribute('data-deadline-sentinel')!));
/** An open 催开发票 work order, requested `ago` before now. */
const invoiceRow = (workOrder: string, order: string, now: number, ago = 5 * D) =>
  [workOrder, '催开发票', order, shanghai(now - ago), shanghai(now - H), '待处理', '浙江省杭州市***'];

describe('page reports taken record by record', () => {
  let b: ExtensionBrowser;
  const now = Date.now();
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => b?.close());

  async function open(path: string, html: string): Promise<Page> {
    await servePage(b.context, `${BASE}${path}`, html);
    const tab = await b.context.newPage();
    await tab.goto(`${BASE}${path}`);
    return tab;
  }
  const questions = async () => ((await dumpLog(b.worker)).questions ?? []) as { key: string; question?: string }[];
  const tickets = async () => ((await dumpLog(b.worker)).tickets ?? []) as { key: string; orderId?: string }[];

  it('badges and logs a 问大家 question whose 500 characters hold an emoji (501 UTF-16 units)', async () => {
    const long = `${'问'.repeat(300)}😀${'长'.repeat(300)}`;
    const html = shell('问大家', fusionTable(['问题', '商品', '提问时间', '回答数', '问答数', '操作'], [
      [long, '不锈钢保温杯', shanghai(now - 30 * H), '0', '2', '<button>回答</button>'],
      ['这款保温杯能装开水吗?', '不锈钢保温杯', shanghai(now - 30 * H), '0', '2', '<button>回答</button>'],
    ]));
    const tab = await open('/comment-manage/ask-all', html);
    expect((await until(() => hostKeys(tab), (k) => k.length === 2, 60_000)).length).toBe(2);
    expect((await readBadges(tab)).every((badge) => badge.text.includes('建议主动回答'))).toBe(true);
    const logged = await until(questions, (q) => q.length === 2, 60_000);
    const kept = logged.map((q) => Array.from(q.question ?? '').length).sort((x, y) => x - y);
    expect(kept).toEqual([11, 500]);
    await tab.close();
  });

  it('refuses a 250-digit work-order number alone: its badge says so, the other rows are badged and logged', async () => {
    const html = shell('平台工单', fusionTable(WORK_ORDER_HEADERS, [
      invoiceRow('8023100000000000901', '3289100000000000901', now),
      invoiceRow('9'.repeat(250), '3289100000000000902', now),
      invoiceRow('8023100000000000903', '3289100000000000903', now),
    ]));
    const tab = await open('/service-center/work-order/list-long-number', html);
    expect((await until(() => hostKeys(tab), (k) => k.length === 3, 60_000)).length).toBe(3);
    const badges = await readBadges(tab);
    expect(badges.find((badge) => badge.key === `invoice:${'9'.repeat(250)}`)?.text).toContain('未能读取:编号');
    expect(badges.filter((badge) => !badge.text.includes('未能读取'))).toHaveLength(2);
    const keys = (await until(tickets, (t) => t.length >= 2, 60_000)).map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['invoice:3289100000000000901', 'invoice:3289100000000000903']));
    expect(keys.some((k) => k.includes('9'.repeat(200)))).toBe(false);
    await tab.close();
  });

  it('badges and logs every row of a 5,001-row list, sent in chunks', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => invoiceRow(`80231${String(i).padStart(14, '0')}`, `32891${String(i).padStart(14, '0')}`, now));
    const tab = await open('/service-center/work-order/list-5001', shell('平台工单', fusionTable(WORK_ORDER_HEADERS, rows)));
    expect((await until(() => hostKeys(tab), (k) => k.length === 5001, 120_000)).length).toBe(5001);
    const logged = await until(tickets, (t) => t.filter((x) => x.key.startsWith('invoice:32891')).length === 5001, 60_000);
    expect(logged.filter((x) => x.key.startsWith('invoice:32891'))).toHaveLength(5001);
    await tab.close();
  });

  it('reads a 催开发票 row whose order number and time carry bidi controls and other invisible characters', async () => {
    const hidden = '\u202E\u2066\u200F\u061C\u00AD';
    const html = shell('平台工单', fusionTable(WORK_ORDER_HEADERS, [
      invoiceRow('8023100000000000801', `32891000${hidden}00000000801`, now),
      [`8023100000${'\u2067'}000000802`, '催开发票', '3289100000000000802', `${shanghai(now - 5 * D).slice(0, 10)}\u200E${shanghai(now - 5 * D).slice(10)}`, shanghai(now - H), '待处理', '浙江省***'],
      invoiceRow(`802310000000${hidden}0000803`, `32891000000${hidden}00000803`, now), // no number left readable: the row would vanish
    ]));
    const tab = await open('/service-center/work-order/list-bidi', html);
    const keys = await until(() => hostKeys(tab), (k) => k.length === 3, 60_000);
    expect(keys.sort()).toEqual(['invoice:8023100000000000801', 'invoice:8023100000000000802', 'invoice:8023100000000000803']);
    expect((await readBadges(tab)).some((badge) => badge.text.includes('未能读取'))).toBe(false);
    const logged = await until(tickets, (t) => t.some((x) => x.key === 'invoice:3289100000000000801'), 60_000);
    expect(logged.find((x) => x.key === 'invoice:3289100000000000801')?.orderId).toBe('3289100000000000801');
    await tab.close();
  });
});

describe('the options page and open seller tabs', () => {
  let b: ExtensionBrowser;
  let options: Page;
  beforeAll(async () => {
    b = await launchWithExtension();
    options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  });
  afterAll(async () => b?.close());

  it('a setting saved on the options page redraws the badges of an open seller tab, without a reload', async () => {
    const page = samplePages(Date.now()).find((p) => p.name === 'work-orders')!;
    await servePage(b.context, page.url, page.html);
    const tab = await b.context.newPage();
    await tab.goto(page.url);
    const before = await until(() => readBadges(tab), (x) => x.length === 4 && x.every((badge) => badge.text !== ''), 60_000);
    expect(before.map((badge) => badge.key)).toContain('logistics:8023100000000000103');
    // Badges only for 问大家 and 催开发票: the two 物流停滞 badges must go.
    await options.getByRole('checkbox', { name: '物流停滞' }).uncheck();
    await options.getByRole('button', { name: '保存设置' }).click();
    await options.getByText('设置已保存', { exact: false }).waitFor();
    const after = await until(() => hostKeys(tab), (k) => k.length === 2, 10_000);
    expect(after.sort()).toEqual(['invoice:8023100000000000101', 'invoice:8023100000000000102']);
  });

  it('imports a file whose items link elsewhere than seller pages without them, and says how many it skipped', async () => {
    const at = Date.now();
    const item = (order: string, url: string) => ({
      key: `invoice:${order}`, kind: 'invoice', status: 'open', orderId: order, requestedAt: at - 3 * D, url, firstSeenAt: at, lastSeenAt: at, dueTimes: [],
    });
    const file = {
      format: 'deadline-sentinel-log', version: 1, exportedAt: at, questions: [], penalties: [], settings: {}, reminders: [],
      tickets: [item('3289100000000000701', 'https://qn.taobao.com/home.htm/merchant-invoice/'), item('3289100000000000702', 'https://qn.taobao.com.evil.example/')],
    };
    await options.locator('#opt-import').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.getByText('另有 1 条记录的链接不在卖家后台页面上,已跳过。', { exact: false }).waitFor();
    const keys = ((await dumpLog(b.worker)).tickets as { key: string }[]).map((t) => t.key);
    expect(keys).toContain('invoice:3289100000000000701');
    expect(keys).not.toContain('invoice:3289100000000000702');
  });

  it('says only that it skipped a file’s one record with a foreign link, not that records already exist (issue 23)', async () => {
    const at = Date.now();
    const file = {
      format: 'deadline-sentinel-log', version: 1, exportedAt: at, questions: [], penalties: [], settings: {}, reminders: [],
      tickets: [{ key: 'invoice:3289100000000000703', kind: 'invoice', status: 'open', orderId: '3289100000000000703', requestedAt: at, url: 'https://evil.example/', firstSeenAt: at, lastSeenAt: at, dueTimes: [] }],
    };
    const before = ((await dumpLog(b.worker)).tickets ?? []).length;
    await options.locator('#opt-import').setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const line = options.getByText('文件中 1 条记录的链接不在卖家后台页面上,已跳过;没有写入任何内容。', { exact: false });
    await line.waitFor();
    expect(await line.textContent()).not.toContain('已存在');
    expect(((await dumpLog(b.worker)).tickets ?? []).length).toBe(before);
  });
});
