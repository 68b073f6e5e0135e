/**
 * 包裹中心's fixtures through the whole way a row takes: read, checked as the background checks a report,
 * journaled and merged into the log. The masked buyer names, phones and addresses the rows show are kept nowhere.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parsePageReport } from '@/lib/messages';
import { readPageReport } from '@/lib/pages/read-page';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { openSentinelDb } from '@/lib/store/db';
import { journalReport, mergeJournaled } from '@/lib/store/journal';
import { fixtureWindow, parseExpected, parseFixtureHtml, showInWindow } from './fixture-io';

const HERE = import.meta.dirname;

async function logOf(name: string): Promise<{ log: string; records: number; understood: number }> {
  const expected = parseExpected(`${HERE}/${name}.expected.json`);
  const window = fixtureWindow(expected.url);
  try {
    const document = showInWindow(window, parseFixtureHtml(window, readFileSync(`${HERE}/${name}.html`, 'utf8')));
    const now = Date.parse(expected.now);
    const { pageKind, records, understood } = readPageReport(document, expected.url, now);
    const checked = parsePageReport({ type: 'page-report', url: expected.url, pageKind, seenAt: now, records: records.map((r) => r.record) });
    const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const entry = await journalReport(db, checked!.report, { now });
    const journal = JSON.stringify(await db.journal.toArray());
    await mergeJournaled(db, entry, DEFAULT_SETTINGS);
    const tickets = await db.tickets.toArray();
    return { log: `${journal}\n${JSON.stringify(tickets)}`, records: tickets.length, understood };
  } finally {
    await window.happyDOM.close();
  }
}

describe('包裹中心 rows in the log', () => {
  it.each(['package-center-transport-update', 'package-center-pickup-update', 'package-center-delivery-update'])('%s: no masked buyer data in the journal or the log', async (name) => {
    const { log, records } = await logOf(name);
    expect(records).toBeGreaterThan(0);
    // Masked names (袁**), phones (1*********8), addresses' masked tails, and the remark column's text.
    expect(log).not.toMatch(/\*\*|1\*+\d|街道|区 |拦截中|留言/);
    expect(log).toContain('"listedStalled":true');
  });

  it('keeps nothing of 揽收异常 and 发货预警, yet reads them as understood (no outline, no "page changed")', async () => {
    for (const name of ['package-center-pickup-exception-nothing', 'package-center-shipping-warning-nothing']) {
      expect(await logOf(name)).toMatchObject({ records: 0, understood: 1 });
    }
  });
});
