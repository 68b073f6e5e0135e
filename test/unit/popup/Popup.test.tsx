// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '@/components/popup/Popup';
import { recordReport } from '@/lib/store/log';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import type { SentinelDb } from '@/lib/store/db';
import { freshDb, report, H, D } from '../store/helpers';
import { installI18n } from '../../support/i18n';
import { loadRecipes, saveRecipe } from '@/lib/store/recipes';
import { recipeFrom } from '@/lib/teach/teach-model';
import { OTHER_ROUTE_URL, UNKNOWN_HEADERS, UNKNOWN_MAPPING, UNKNOWN_ROWS, UNKNOWN_URL } from '../../../demo/teach-page.mjs';

const NOW = Date.parse('2022-12-20T12:00:00+08:00');

async function seeded(): Promise<SentinelDb> {
  const { db } = freshDb();
  await recordReport(
    db,
    report([
      { kind: 'logistics', id: 'W1', workOrderId: 'W1', orderId: '3000000000000000001', status: 'open', workOrderCreatedAt: NOW - 26 * H },
      { kind: 'invoice', id: 'W3', workOrderId: 'W3', orderId: '3000000000000000003', status: 'open', requestedAt: NOW - 12 * D, workOrderCreatedAt: NOW - D },
      { kind: 'qa', id: 'Q1', status: 'open', question: '能装开水吗?', askedAt: NOW - 30 * H, buyerAnswerCount: 0, itemQaCount: 1 },
    ]),
    { now: NOW },
    S,
  );
  return db;
}

describe('Popup', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  it('summarises the log and lists each item with its countdown and link', async () => {
    render(<Popup db={await seeded()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    expect(screen.getByText('30天内已扣 0/6 分', { exact: false })).toBeTruthy();
    // The work order came before the final deadline (request + 20 days, end of 12-28): the point falls then.
    expect(screen.getByText('若均未处理,12-28 将达 1/6 分', { exact: false })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['问大家 能装开水吗?', '物流停滞 3000000000000000001', '催开票 3000000000000000003']);
    expect(links[1]!.getAttribute('href')).toBe('https://myseller.taobao.com/home.htm/merchant-invoice/');
    expect(screen.getByText('超时 2小时0分')).toBeTruthy();
  });

  it('snoozes an item for an hour (issue 25): kept in the log, shown on its row, and undone', async () => {
    const db = await seeded();
    const changed = vi.fn<() => void>();
    render(<Popup db={db} now={NOW} onLogChanged={changed} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.click(screen.getAllByRole('button', { name: '稍后提醒' })[2]!); // the invoice, its final deadline days away
    // The digest is on (09:00): 1 h or tomorrow's digest.
    expect(screen.getByRole('button', { name: '到明天晨报' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '1 小时' }));
    await screen.findByText('已推迟到 13:00', { exact: false });
    expect(await db.snoozes.toArray()).toEqual([{ itemKey: 'invoice:3000000000000000003', until: NOW + H, setAt: NOW }]);
    expect(changed).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '取消推迟' }));
    await waitFor(async () => expect(await db.snoozes.count()).toBe(0));
  });

  it('snoozes until tomorrow’s digest, the longer choice beside 1 h', async () => {
    const db = await seeded();
    render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.click(screen.getAllByRole('button', { name: '稍后提醒' })[2]!);
    fireEvent.click(screen.getByRole('button', { name: '到明天晨报' }));
    await screen.findByText('已推迟到 09:00', { exact: false });
    expect((await db.snoozes.toArray()).map((s) => s.until)).toEqual([Date.parse('2022-12-21T09:00:00+08:00')]);
  });

  it('in the side panel, a click asks for the item’s row instead of following the link', async () => {
    const openItem = vi.fn<(item: { key: string }) => void>();
    render(<Popup db={await seeded()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} openItem={openItem} />);
    await screen.findByText('已超时');
    const link = screen.getAllByRole('link')[1]!;
    expect(fireEvent.click(link)).toBe(false); // default prevented
    expect(openItem.mock.calls.map(([i]) => i.key)).toEqual(['logistics:3000000000000000001']);
  });

  it('filters by kind', async () => {
    render(<Popup db={await seeded()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.click(screen.getByRole('button', { name: '问大家' }));
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['问大家 能装开水吗?']);
  });

  it('marks an item done: it leaves the list and the background is told', async () => {
    const db = await seeded();
    const changed = vi.fn<() => void>();
    render(<Popup db={db} now={NOW} onLogChanged={changed} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.click(screen.getAllByRole('button', { name: '已处理' })[1]!);
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(2));
    expect(changed).toHaveBeenCalledOnce();
    expect((await db.tickets.get('logistics:3000000000000000001'))?.status).toBe('done');
  });

  it('records a deducted point by hand, and refuses a bad one', async () => {
    const db = await seeded();
    render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.input(screen.getByLabelText('分数'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await screen.findByText('请填写 1–12 分和有效日期');
    expect(await db.penalties.count()).toBe(0);
    fireEvent.input(screen.getByLabelText('分数'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await screen.findByText('请选择扣分原因'); // the form asks which rule, it does not assume
    expect(await db.penalties.count()).toBe(0);
    fireEvent.click(screen.getByLabelText('发票投诉(计入 6 分上限)'));
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await screen.findByText('已保存');
    expect(await db.penalties.toArray()).toEqual([expect.objectContaining({ points: 2, rule: 'invoice', source: 'user', at: Date.parse('2022-12-20T12:00:00+08:00') })]);
    await screen.findByText('30天内已扣 2/6 分', { exact: false });
  });

  it('records a deduction for another cause apart: N/6 does not count it', async () => {
    const db = await seeded();
    render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.input(screen.getByLabelText('分数'), { target: { value: '3' } });
    fireEvent.click(screen.getByLabelText('其他原因(如物流停滞,单独计分,不计入上限)'));
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await screen.findByText('已保存');
    expect(await db.penalties.toArray()).toEqual([expect.objectContaining({ points: 3, rule: 'other' })]);
    await screen.findByText('30天内已扣 0/6 分', { exact: false });
  });

  it('shows the 问大家 help with the four places to answer', async () => {
    render(<Popup db={await seeded()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('问大家提醒与回答入口');
    expect(screen.getByText('千牛系统消息')).toBeTruthy();
    expect(screen.getByText('商品页 → 问大家 → 查看全部 → 我的问答')).toBeTruthy();
  });

  it('says plainly when the local log cannot be opened', async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { openSentinelDb } = await import('@/lib/store/db');
    const blocked = new IDBFactory();
    blocked.open = (() => {
      throw new DOMException('blocked', 'InvalidStateError');
    }) as IDBFactory['open'];
    render(<Popup db={openSentinelDb({ indexedDB: blocked, IDBKeyRange })} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    expect((await screen.findByRole('alert')).textContent).toContain('本地记录不可用');
  });

  it('says which page kind looks broken and copies its anonymised outline', async () => {
    const db = await seeded();
    await db.pages.put({ kind: 'sold-orders', lastRecordsAt: NOW - D, lastUnreadAt: NOW - H, outline: 'html\n  body\n    table.next-table', url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold' });
    const copy = vi.fn<(t: string) => Promise<void>>(async () => undefined);
    render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={copy} />);
    expect((await screen.findByRole('alert')).textContent).toContain('可能失效:已卖出的宝贝 页面有内容但未能读取');
    fireEvent.click(screen.getByRole('button', { name: '复制诊断信息' }));
    await screen.findByText('已复制(仅页面结构,不含买家信息)', { exact: false });
    expect(copy.mock.calls[0]![0]).toContain('table.next-table');
  });

  it('copies, with a broken page, the taught recipes in force there', async () => {
    const db = await seeded();
    const taught = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, NOW);
    await saveRecipe(db, taught);
    await saveRecipe(db, recipeFrom(OTHER_ROUTE_URL, 'qa', { question: '咨询' }, NOW + 1));
    await db.pages.put({ kind: 'work-orders', lastRecordsAt: NOW - D, lastUnreadAt: NOW - H, outline: 'html', url: UNKNOWN_URL });
    const copy = vi.fn<(t: string) => Promise<void>>(async () => undefined);
    render(<Popup db={db} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={copy} />);
    fireEvent.click(await screen.findByRole('button', { name: '复制诊断信息' }));
    await waitFor(() => expect(copy).toHaveBeenCalled());
    expect(copy.mock.calls[0]![0]).toContain(`recipes: shipped + ${JSON.stringify(taught)}\n`);
  });

  it('offers to teach a page it does not read up front, and one it reads under 更多', async () => {
    const db = await seeded();
    const props = { db, now: NOW, onLogChanged: vi.fn<() => void>(), openOptions: vi.fn<() => void>(), copyText: vi.fn<(t: string) => Promise<void>>(async () => undefined) };
    const unread = { tabId: 7, href: UNKNOWN_URL, tables: [[UNKNOWN_HEADERS, ...UNKNOWN_ROWS]] as [string[], ...string[][]][] };
    render(<Popup {...props} askTab={async () => unread} />);
    expect((await screen.findByText('时效哨兵没读懂这个页面的表格。', { exact: false })).closest('.teach-offer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '教它读这个页面' }));
    for (const [field, header] of Object.entries(UNKNOWN_MAPPING)) fireEvent.change(screen.getByRole('combobox', { name: header }), { target: { value: field } });
    await waitFor(() => expect([...document.querySelectorAll('.teach-preview .when')].map((w) => w.textContent?.startsWith('截止'))).toEqual([true, true, false]));
    fireEvent.click(screen.getByRole('button', { name: '保存并应用到页面' }));
    await screen.findByText('已保存', { exact: false });
    const [saved] = await loadRecipes(db);
    expect(saved?.fields.workOrderId).toEqual([{ header: ['单据号'], seen: 'taught 2022-12-20', unverified: true }]);
    expect(props.onLogChanged).toHaveBeenCalled();
    cleanup();

    const read = { tabId: 7, href: 'https://myseller.taobao.com/home.htm/merchant-invoice/', tables: [[['订单号', '申请时间', '开票状态'], ['3000000000000000001', '2022-12-19 10:00:00', '待处理']]] as [string[], ...string[][]][] };
    render(<Popup {...props} askTab={async () => read} />);
    await screen.findByText('更多');
    expect(document.querySelector('.teach-offer')).toBeNull();
    expect(document.querySelector('details.menu button')?.textContent).toBe('教它读这个页面');
  });

  it('lists what the seller marked handled, and 撤销 reopens it with its countdown', async () => {
    const db = await seeded();
    const onLogChanged = vi.fn<() => void>();
    render(<Popup db={db} now={NOW} onLogChanged={onLogChanged} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    await screen.findByText('已超时');
    fireEvent.click(screen.getAllByRole('button', { name: '已处理' })[1]!);
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(2));
    const handled = screen.getByText('已标记处理').closest('details')!;
    handled.open = true;
    fireEvent(handled, new Event('toggle'));
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(3));
    expect(onLogChanged).toHaveBeenCalledTimes(2);
    expect((await db.tickets.get('logistics:3000000000000000001'))?.status).toBe('open');
  });

  it('lists for a day, under their own heading with their evidence, the items that left a to-do list; 撤销 brings one back', async () => {
    const { db } = freshDb();
    const url = 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate';
    const row = (id: string) => ({ kind: 'invoice' as const, id, orderId: id, status: 'open' as const, requestedAt: NOW - 2 * D });
    const seen = (ids: string[], at: number) =>
      recordReport(db, report(ids.map(row), url), { now: at }, S, { id: 'invoice-pending', name: '待回传列表', whole: { keys: ids.map((id) => `invoice:${id}`), rows: ids.length } });
    await seen(['3000000000000000011', '3000000000000000012', '3000000000000000013'], NOW - 30 * H);
    await seen(['3000000000000000011', '3000000000000000012'], NOW - 25 * H); // a day and more ago: no longer listed
    await seen(['3000000000000000011'], NOW - 2 * H);
    const onLogChanged = vi.fn<() => void>();
    render(<Popup db={db} now={NOW} onLogChanged={onLogChanged} openOptions={vi.fn<() => void>()} copyText={vi.fn<(t: string) => Promise<void>>(async () => undefined)} />);
    const section = (await screen.findByText('已离开待办列表(24小时内)')).closest('section')!;
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['催开票 3000000000000000012已不在待回传列表 · 12-20 10:00 完整读取 1 条撤销']);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['催开票 3000000000000000011']);
    fireEvent.click(section.querySelector('button')!);
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(2));
    expect(screen.queryByText('已离开待办列表(24小时内)')).toBeNull();
    expect(onLogChanged).toHaveBeenCalledTimes(1);
  });
});

describe('Popup: the answer log', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  async function withAnswers(): Promise<SentinelDb> {
    const { db } = freshDb();
    const url = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=689012345678';
    const qa = (id: string, question: string, extra: object = {}) => ({ kind: 'qa' as const, id, status: 'open' as const, itemId: '689012345678', question, askedAt: NOW - 30 * H, buyerAnswerCount: 0, ...extra });
    await recordReport(
      db,
      { type: 'page-report', url, pageKind: 'ask-all', seenAt: NOW, records: [
        qa('old', '羽绒服可以机洗吗？', { answers: [{ text: '建议手洗或干洗', by: '卖家回答' }, { text: '我机洗过没事', by: '已展示回答(1)' }] }),
        qa('new', '能放洗衣机机洗吗'),
      ] },
      { now: NOW },
      S,
    );
    return db;
  }

  it('offers the seller’s earlier answer beside a similar open question, with 复制', async () => {
    const copied: string[] = [];
    render(<Popup db={await withAnswers()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={async (t) => void copied.push(t)} />);
    const item = (await screen.findByText('建议手洗或干洗')).closest('li')!;
    expect(item.textContent).toContain('同款 · 羽绒服可以机洗吗？');
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await screen.findByText('已复制');
    expect(copied).toEqual(['建议手洗或干洗']);
    expect(screen.queryByText('我机洗过没事')).toBeNull(); // a buyer's answer is never offered
  });

  it('searches the answer log in the 问大家 view, by the words of a question or an answer', async () => {
    render(<Popup db={await withAnswers()} now={NOW} onLogChanged={vi.fn<() => void>()} openOptions={vi.fn<() => void>()} copyText={async () => undefined} />);
    await screen.findByText('建议手洗或干洗');
    fireEvent.click(screen.getByRole('button', { name: '问大家' }));
    const log = document.querySelector('details.answer-log') as HTMLDetailsElement;
    log.open = true;
    fireEvent(log, new Event('toggle'));
    await waitFor(() => expect(log.querySelector('summary')!.textContent).toBe('回答记录(2 条)'));
    const search = screen.getByLabelText('搜索回答记录');
    fireEvent.input(search, { target: { value: '干洗' } });
    await waitFor(() => expect([...log.querySelectorAll('li .answer')].map((e) => e.textContent)).toEqual(['建议手洗或干洗']));
    fireEvent.input(search, { target: { value: '机洗' } });
    await waitFor(() => expect(log.querySelectorAll('li').length).toBe(2));
    expect(log.textContent).toContain('买家 · 羽绒服可以机洗吗？');
    fireEvent.input(search, { target: { value: '发票' } });
    await screen.findByText('没有找到相关的回答');
  });
});
