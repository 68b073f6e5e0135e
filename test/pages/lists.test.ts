/**
 * The to-do list knowledge (lib/pages/recipes/lists.ts) against the fixtures: every entry's route is 包裹中心's,
 * its tab is the one a fixture shows selected, and what the entry says a row yields is what that fixture yields.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/pages/detect';
import { readPageReport } from '@/lib/pages/read-page';
import { SHIPPED_TODO_LISTS, shippedListAt, todoListAt } from '@/lib/pages/recipes/lists';
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
    // The selected tabs as the page's signs carry them: each tab's text, its count beside its label.
    const tabs = [...doc.querySelectorAll('[role=tab][aria-selected=true]')].map((t) => t.textContent!.trim());
    return { url: expected.url, tabs, records: readPageReport(doc, expected.url, Date.parse(expected.now)).records.length };
  } finally {
    await window.happyDOM.close();
  }
}

describe('to-do lists', () => {
  it('name 包裹中心 routes, one list per tab, each entry with its evidence', () => {
    const monitor = SHIPPED_TODO_LISTS.filter((l) => l.where.route?.includes('package-center'));
    expect(monitor).toHaveLength(5);
    expect(new Set(monitor.map((l) => l.id)).size).toBe(monitor.length);
    for (const l of monitor) {
      expect(detectPage(`https://myseller.taobao.com${l.where.route}`)).toBe('package-center');
      expect(l.seen).toMatch(/rpa-conn-qianniu-all/);
    }
  });

  it.each(FIXTURES)('%s: its selected tab has an entry, whose yields matches the reading', async (name) => {
    const { url, tabs, records } = await selectedTabsOf(name);
    const entry = shippedListAt(url, tabs);
    expect(entry?.yields).toBe(records > 0 ? 'logistics-stalled' : 'nothing');
    expect(todoListAt(url, tabs)?.id).toBe(entry?.id);
  });

  it('names no list for a tab it does not know', () => {
    expect(todoListAt('https://myseller.taobao.com/home.htm/package-center/packageMonitor', ['物流服务'])).toBeNull();
    expect(todoListAt('https://myseller.taobao.com/home.htm/trade-platform/tp/sold', ['运输更新异常 3'])).toBeNull();
    // A stage tab's list is its own: 揽收更新异常 is not 揽收异常.
    expect(todoListAt('https://myseller.taobao.com/home.htm/package-center/packageMonitor', ['阶段更新异常 41', '揽收更新异常 2'])?.id).toBe('package-pickup-update');
  });
});
