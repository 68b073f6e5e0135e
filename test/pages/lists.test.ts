/**
 * The to-do list knowledge (lib/pages/recipes/lists.ts) against the fixtures: every entry's route is 包裹中心's,
 * its tab is the one a fixture shows selected, and what the entry says a row yields is what that fixture yields.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/pages/detect';
import { readPageReport } from '@/lib/pages/read-page';
import { listAt, SHIPPED_LISTS } from '@/lib/pages/recipes/lists';
import { recipeRoute } from '@/lib/pages/recipes/compile';
import { fixtureWindow, parseExpected, parseFixtureHtml, showInWindow } from './fixture-io';

const FIXTURES = [
  'package-center-transport-update', 'package-center-pickup-update', 'package-center-delivery-update',
  'package-center-pickup-exception-nothing', 'package-center-shipping-warning-nothing',
];

async function selectedTabsOf(name: string): Promise<{ url: string; tabs: string[]; records: number }> {
  const expected = parseExpected(`${import.meta.dirname}/${name}.expected.json`);
  const window = fixtureWindow(expected.url);
  try {
    const doc = showInWindow(window, parseFixtureHtml(window, readFileSync(`${import.meta.dirname}/${name}.html`, 'utf8')));
    // A selected tab's own label, without the count beside it.
    const tabs = [...doc.querySelectorAll('[role=tab][aria-selected=true] .next-tabs-tab-inner')].map((t) => t.firstChild?.textContent?.trim() ?? '');
    return { url: expected.url, tabs, records: readPageReport(doc, expected.url, Date.parse(expected.now)).records.length };
  } finally {
    await window.happyDOM.close();
  }
}

describe('to-do lists', () => {
  it('name 包裹中心 routes, each entry with its evidence', () => {
    expect(new Set(SHIPPED_LISTS.map((l) => l.id)).size).toBe(SHIPPED_LISTS.length);
    for (const l of SHIPPED_LISTS) {
      expect(detectPage(`https://myseller.taobao.com${l.route}`)).toBe('package-center');
      expect(l.evidence).toMatch(/rpa-conn-qianniu-all/);
    }
  });

  it.each(FIXTURES)('%s: its selected tab has an entry, whose yields matches the reading', async (name) => {
    const { url, tabs, records } = await selectedTabsOf(name);
    const entry = listAt(recipeRoute(new URL(url)), tabs);
    expect(entry?.todoList).toBe(true);
    expect(entry?.yields).toBe(records > 0 ? 'logistics-stalled' : 'nothing');
    if (entry?.subTabs) expect(tabs.some((t) => entry.subTabs!.includes(t))).toBe(true);
  });

  it('names no list for a tab it does not know', () => {
    expect(listAt('/home.htm/package-center/packageMonitor', ['物流服务'])).toBeUndefined();
    expect(listAt('/home.htm/trade-platform/tp/sold', ['阶段更新异常'])).toBeUndefined();
  });
});
