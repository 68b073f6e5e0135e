// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import type { SentinelDb } from '@/lib/store/db';
import { exportLog } from '@/lib/store/export-import';
import { addPenalty, loadSettings, recordReport, saveSettings } from '@/lib/store/log';
import { installI18n } from '../../support/i18n';
import { dump, freshDb, H, report, sh } from '../store/helpers';

const NOW = sh('2022-12-20T12:00:00');
const ORDER = '3289100000000000101';

async function seeded(): Promise<SentinelDb> {
  const { db } = freshDb();
  await recordReport(db, report([{ kind: 'invoice', id: ORDER, orderId: ORDER, status: 'open', requestedAt: NOW - 2 * 24 * H }]), { now: NOW }, DEFAULT_SETTINGS);
  await addPenalty(db, { at: NOW - H, points: 1, rule: 'invoice', source: 'user' });
  return db;
}

function show(db: SentinelDb) {
  const onLogChanged = vi.fn<() => void>();
  const save = vi.fn<(name: string, text: string, type: string) => void>();
  render(<OptionsPage db={db} now={() => NOW} onLogChanged={onLogChanged} save={save} />);
  return { onLogChanged, save };
}

const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const chooseFile = (text: string, name = 'log.json') =>
  fireEvent.change(screen.getByLabelText('导入数据(JSON)'), { target: { files: [new File([text], name, { type: 'application/json' })] } });

describe('OptionsPage', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  it('names an import the last visit left unfinished, once, and says nothing of it was written (issue 23)', async () => {
    localStorage.setItem('deadline-sentinel:import-running', JSON.stringify({ name: 'log-2026.json', size: 23_500_000 }));
    const { db } = freshDb();
    show(db);
    await screen.findByText('上次导入“log-2026.json”没有完成(页面关闭或浏览器退出),没有写入任何内容;可以重新导入。');
    expect(localStorage.getItem('deadline-sentinel:import-running')).toBeNull();
  });

  it('shows every rule parameter, grouped, with its default and the rule it comes from', async () => {
    show(freshDb().db);
    await screen.findByText('规则参数');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['发票', '物流停滞', '问大家', '扣分', '提醒', '徽标']);
    expect(screen.getByText('RULES §1 · 天猫发票管理规范 2022-12-16')).toBeTruthy();
    expect(field('开票时效').value).toBe('10');
    expect(field('特殊时期(大促)开始').value).toBe('2022-12-15T00:00');
    expect(field('特殊时期结束').value).toBe('');
    expect(field('偏远地区省份').value).toBe('新疆\n西藏\n青海\n甘肃\n宁夏\n内蒙古\n海南');
    expect(field('到期前多久提醒').value).toBe('24, 4, 1, 0');
    expect(screen.getByText('默认:未公布')).toBeTruthy();
    expect(screen.getByText('默认:2022-12-16 00:00')).toBeTruthy();
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, true]);
    // Every RuleSettings key has an input.
    const names = new Set([...document.querySelectorAll('input[name], textarea[name]')].map((e) => e.getAttribute('name')));
    expect([...names].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('saves edited values, re-derives deadlines and tells the background', async () => {
    const db = await seeded();
    const { onLogChanged } = show(db);
    await screen.findByText('规则参数');
    type('开票时效', '12');
    type('特殊时期结束', '2023-01-15T00:00');
    type('偏远地区省份', '新疆\n 西藏 \n\n新疆');
    type('到期前多久提醒', '48,2, 30分钟 ,0');
    fireEvent.click(screen.getByRole('checkbox', { name: '问大家' }));
    click('保存设置');
    await screen.findByText('设置已保存,提醒已按新设置重新安排。');
    expect(await loadSettings(db)).toEqual(
      withSettings({ invoiceFirstDays: 12, specialPeriodEnd: sh('2023-01-15T00:00:00'), remoteProvinces: ['新疆', '西藏'], reminderLeadMinutes: [2880, 120, 30, 0], badgeKinds: ['invoice', 'logistics'] }),
    );
    expect((await db.tickets.get(`invoice:${ORDER}`))?.dueTimes[0]).toBe(sh('2022-12-30T23:59:59.999'));
    expect(onLogChanged).toHaveBeenCalledOnce();
    expect(field('到期前多久提醒').value).toBe('48, 2, 30分钟, 0');
  });

  it('shows a message per bad field and saves nothing', async () => {
    const { db } = freshDb();
    const { onLogChanged } = show(db);
    await screen.findByText('规则参数');
    type('开票时效', '-1');
    type('到期前多久提醒', '24, soon');
    type('滚动期内扣分上限', '2.5');
    type('“紧急”(橙色)范围', '48');
    type('特殊时期结束', '2022-12-01T00:00');
    type('扣分起算时间', '');
    click('保存设置');
    expect((await screen.findByRole('alert')).textContent).toBe('有 6 项填写有误,未保存任何设置。');
    for (const message of ['应在 0 到 365 之间', '无法识别“soon”:请写小时数,或如“30分钟”', '请输入整数', '不能大于“即将到期”的范围', '结束时间须晚于开始时间', '请填写此项']) {
      expect(screen.getByText(message)).toBeTruthy();
    }
    expect(field('开票时效').getAttribute('aria-invalid')).toBe('true');
    expect(await db.settings.count()).toBe(0);
    expect(onLogChanged).not.toHaveBeenCalled();
  });

  it('fills in the defaults, which apply once saved', async () => {
    const { db } = freshDb();
    await saveSettings(db, { invoiceFirstDays: 7, remoteProvinces: ['北京'], specialPeriodEnd: sh('2023-01-15T00:00:00') });
    show(db);
    await screen.findByText('规则参数');
    expect(field('开票时效').value).toBe('7');
    click('填入默认值');
    expect(screen.getByText('已填入默认值,点击“保存设置”后生效。')).toBeTruthy();
    expect(field('开票时效').value).toBe('10');
    expect(await db.settings.count()).toBe(3); // nothing changes before Save
    click('保存设置');
    await screen.findByText('设置已保存,提醒已按新设置重新安排。');
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const db = await seeded();
    const before = await dump(db);
    const { onLogChanged } = show(db);
    await screen.findByText('规则参数');
    chooseFile('{"format": "someone-else", "version": 1}');
    expect((await screen.findByRole('alert')).textContent).toBe('导入失败,未做任何更改:这不是时效哨兵导出的数据文件');
    chooseFile('not json {');
    await screen.findByText('导入失败,未做任何更改:文件不是有效的 JSON');
    const file = JSON.parse(JSON.stringify(await exportLog(db, NOW)));
    file.tickets[0].lastSeenAt = 'yesterday';
    chooseFile(JSON.stringify(file));
    await screen.findByText('导入失败,未做任何更改:记录格式有误(tickets[0].lastSeenAt)');
    expect(await dump(db)).toEqual(before);
    expect(onLogChanged).not.toHaveBeenCalled();
  });

  it('imports a backup, says what it added, and shows the imported settings', async () => {
    const source = await seeded();
    await saveSettings(source, { invoiceFirstDays: 9 });
    const backup = JSON.stringify(await exportLog(source, NOW));
    const { db } = freshDb();
    const { onLogChanged } = show(db);
    await screen.findByText('规则参数');
    chooseFile(backup);
    await screen.findByText('导入完成:新增工单 1、问答 0、扣分 1、提醒记录 0、设置 1 项;更新工单 0、问答 0、提醒记录 0、设置 0 项。');
    expect(await dump(db)).toEqual(await dump(source));
    await waitFor(() => expect(field('开票时效').value).toBe('9'));
    expect(onLogChanged).toHaveBeenCalledOnce();
    chooseFile(backup);
    await screen.findByText('导入完成:文件中的记录都已存在,没有任何变化。');
  });

  it('clears everything only after the explicit confirmation', async () => {
    const db = await seeded();
    const { onLogChanged } = show(db);
    await screen.findByText('规则参数');
    click('清空全部数据…');
    expect(screen.getByText(/将删除本机记录的全部工单/)).toBeTruthy();
    click('取消');
    expect(await db.tickets.count()).toBe(1);
    click('清空全部数据…');
    click('确认清空');
    await screen.findByText('已清空全部数据。');
    expect(Object.values(await dump(db)).every((rows) => rows.length === 0)).toBe(true);
    expect(onLogChanged).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: '确认清空' })).toBeNull();
  });

  it('exports the log as JSON and the tables as CSV files', async () => {
    const db = await seeded();
    const { save } = show(db);
    await screen.findByText('规则参数');
    click('导出全部数据(JSON)');
    await screen.findByText('已导出 deadline-sentinel-log-20221220-1200.json');
    const [name, text, mime] = save.mock.calls[0]!;
    expect([name, mime]).toEqual(['deadline-sentinel-log-20221220-1200.json', 'application/json']);
    expect(JSON.parse(text)).toEqual(await exportLog(db, NOW));
    click('导出发票与物流工单(CSV)');
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]![0]).toBe('deadline-sentinel-tickets-20221220-1200.csv');
    expect(save.mock.calls[1]![1]).toMatch(new RegExp(`^\uFEFF类型,状态,订单号.*\r\n催开票,待处理,"=""${ORDER}""",`, 's'));
    click('导出问大家(CSV)');
    await waitFor(() => expect(save).toHaveBeenCalledTimes(3));
    expect(save.mock.calls[2]![1].split('\r\n')).toHaveLength(2); // the header, and the line end after it
  });
});
