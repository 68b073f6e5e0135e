import { expect, it } from 'vitest';
import { sampleHistory } from '../../../demo/sample-history.mjs';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { pointHistory } from '@/lib/store/history';
import { addPenalty } from '@/lib/store/log';
import type { PenaltyEvent } from '@/lib/store/types';
import { freshDb, sh } from './helpers';

const NOW = sh('2026-12-02T12:00:00');

it("the demo's sample ledger: the invoice cap cuts one invoice deduction, never the 物流停滞 one", async () => {
  const { db } = freshDb();
  for (const e of sampleHistory(NOW).penalties as PenaltyEvent[]) await addPenalty(db, e); // each passes the log's checks
  const h = await pointHistory(db, NOW, S);
  const cut = h.deductions.filter((d) => d.effective < d.points);
  expect(cut.map((d) => [d.rule, d.note, d.effective])).toEqual([['invoice', '催开发票投诉成立(两单)', 1]]);
  expect(h.deductions.filter((d) => d.rule === 'other').map((d) => [d.note, d.points, d.effective])).toEqual([['物流停滞工单超时', 2, 2]]);
});
