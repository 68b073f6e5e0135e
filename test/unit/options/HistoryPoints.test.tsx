// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { HistoryPoints } from '@/components/options/HistoryPoints';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { pointHistory } from '@/lib/store/history';
import { addPenalty } from '@/lib/store/log';
import { D, freshDb, sh } from '../store/helpers';
import { installI18n } from '../../support/i18n';

const NOW = sh('2026-12-02T12:00:00');

beforeEach(() => installI18n('zh_CN'));
afterEach(cleanup);

it('shows another cause in its own colour and total, uncapped, and the invoice rule capped at N/6', async () => {
  const { db } = freshDb();
  await addPenalty(db, { at: NOW - 5 * D, points: 5, rule: 'invoice', source: 'user' });
  await addPenalty(db, { at: NOW - 4 * D, points: 4, rule: 'other', source: 'user', note: '物流停滞' });
  await addPenalty(db, { at: NOW - 3 * D, points: 2, rule: 'invoice', source: 'user' });
  const { container } = render(<HistoryPoints history={await pointHistory(db, NOW, S)} settings={S} />);
  expect(screen.getByText(/发票规则现在 6\/6 分/)).toBeTruthy();
  expect(screen.getByText(/其他原因\(紫色\)近30天 4 分/)).toBeTruthy();
  const items = [...container.querySelectorAll('ol.deductions li')];
  expect(items.map((li) => [li.className, li.textContent])).toEqual([
    ['', '1 11-27 扣 5 分:你手动记录'],
    ['other', '2 其他原因 · 11-28 扣 4 分:物流停滞'],
    ['', '3 11-29 扣 2 分:你手动记录 · 已到上限,计 1 分'],
  ]);
  expect(container.querySelectorAll('g.deduction.other')).toHaveLength(1);
  expect(container.querySelector('path.total.other')).not.toBeNull();
});

it('draws no other-cause line when every deduction is the invoice rule\'s', async () => {
  const { db } = freshDb();
  await addPenalty(db, { at: NOW - 5 * D, points: 1, rule: 'invoice', source: 'user' });
  const { container } = render(<HistoryPoints history={await pointHistory(db, NOW, S)} settings={S} />);
  expect(container.querySelector('path.total.other')).toBeNull();
  expect(screen.queryByText(/其他原因/)).toBeNull();
});
