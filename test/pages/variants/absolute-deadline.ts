/**
 * An absolute deadline instead of a countdown: a countdown column (剩余…, …倒计时, …时效) becomes 截止时间 and each
 * countdown in it the instant it points at (capture + remaining, `YYYY-MM-DD HH:mm:ss`). The page's deadline stays
 * the same instant; its unit (the countdown's rounding) is no longer the page's, so it is not compared.
 */
import { readRemaining } from '@/lib/pages/text';
import { cellsOf, contentOf, copyDocument, describeTable, headerWord, isCountdownHeader, isFullWidth, tableUnits, textNodes, type Transform } from './dom';
import type { ExpectedRecord } from './index';

const SHANGHAI_MS = 8 * 3_600_000;

/** A Shanghai wall time, to the second. */
function wall(ms: number): string {
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export const absoluteDeadline: Transform = (doc, _seed, page) => {
  if (!page) return null;
  const now = Date.parse(page.now);
  const out = copyDocument(doc);
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    if (!unit.simple) continue;
    const column = cellsOf(unit.header).findIndex((th) => isCountdownHeader(headerWord(th.textContent ?? '')));
    if (column < 0) continue;
    let changed = 0;
    for (const tr of unit.rows) {
      const cell = cellsOf(tr)[column];
      if (!cell || isFullWidth(tr, unit.width)) continue;
      for (const node of textNodes(contentOf(cell))) {
        const read = readRemaining(node.data);
        if (!read.ok || !/\d/.test(node.data)) continue;
        node.data = wall(now + read.value);
        changed += 1;
      }
    }
    if (changed === 0) continue;
    const th = cellsOf(unit.header)[column]!;
    changes.push(`${describeTable(unit.header)}: ${headerWord(th.textContent ?? '')} → 截止时间, ${changed} deadlines`);
    const label = textNodes(th).find((t) => t.data.trim() !== '');
    if (label) label.data = '截止时间';
  }
  return changes.length > 0 ? { document: out, changes } : null;
};

/** The fixture's records without the page deadline's unit: an absolute time has its own. */
export function withoutUnit(records: readonly ExpectedRecord[]): ExpectedRecord[] {
  return records.map(({ pageUnit: _unit, ...rest }) => rest);
}
