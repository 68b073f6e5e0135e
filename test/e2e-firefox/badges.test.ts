import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readBadges } from '../../scripts/lib/chromium.mjs';
import { appResponse } from '../e2e/app-shell';
import { fixtures, keyOf, wantsBadge, type Fixture } from './fixtures';

const byName = Object.fromEntries(fixtures.map((f) => [f.name, f]));
const pages = Object.fromEntries(fixtures.map((f) => [f.name, f.html]));

/** Waits for the SPA to have appended every row of fixture `name`, then for `count` badge hosts at least. */
async function settled(page: Page, name: string, count: number) {
  await page.waitForFunction((n) => (window as unknown as { __loaded?: string }).__loaded === n, { timeout: 15_000 }, name);
  await page.waitForFunction((c) => document.querySelectorAll('[data-deadline-sentinel]').length >= c, { timeout: 5_000 }, count).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300)); // a late badge elsewhere would show up in this time
}

/** Each badge host's key, with the text of the row it sits in (and, in Fusion's grouped tables, of its group header). */
function hostRows(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-deadline-sentinel]', (hosts) =>
    Object.fromEntries(
      hosts.map((h) => {
        const row = h.closest('tr') ?? h.parentElement;
        let header = row?.previousElementSibling;
        while (header && !header.className.includes('group-header')) header = header.previousElementSibling;
        return [h.getAttribute('data-deadline-sentinel') ?? '', `${row?.textContent ?? ''} ${header?.textContent ?? ''}`];
      }),
    ),
  );
}

/**
 * What a fixture's badges must be: a host keyed kind:id for every open record the rules give a badge;
 * as many badges of a kind as it has such records without an id, at least; and no badge for a row the
 * fixture does not list.
 */
function checkBadges(f: Fixture, keys: string[], rows: Record<string, string>, now: number) {
  const listed = new Set(f.records.filter((r) => r.id !== undefined).map(keyOf));
  for (const r of f.records.filter((x) => x.id !== undefined && wantsBadge(x, now))) {
    expect(keys, `${f.name}: badge for ${keyOf(r)}`).toContain(keyOf(r));
    for (const id of [r.orderId, r.workOrderId].filter((x): x is string => !!x)) expect(rows[keyOf(r)], `${keyOf(r)} sits in its row`).toContain(id);
  }
  const unlisted = keys.filter((k) => !listed.has(k));
  const idless = f.records.filter((r) => r.id === undefined);
  for (const kind of new Set(idless.map((r) => r.kind))) {
    const want = idless.filter((r) => r.kind === kind && wantsBadge(r, now)).length;
    expect(unlisted.filter((k) => k.startsWith(`${kind}:`)).length, `${f.name}: ${kind} badges for records without an id`).toBeGreaterThanOrEqual(want);
  }
  const idlessKinds = new Set(idless.map((r) => `${r.kind}:`));
  expect(unlisted.filter((k) => ![...idlessKinds].some((kind) => k.startsWith(kind))), `${f.name}: badges on rows the fixture does not list`).toEqual([]);
}

describe('badges in Firefox ESR on the page fixtures, served as the SPA serves them', () => {
  let ff: FirefoxWithExtension;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  });
  /** Serves fixture `f` at its URL as the SPA would, from now on (the latest route wins: fixtures may share a URL). */
  const serve = (f: Fixture) => {
    const origin = new URL(f.url).origin;
    const entries = { [f.url]: f.name };
    ff.route((url) => appResponse(url, origin, pages, entries) !== undefined, (url) => appResponse(url, origin, pages, entries));
  };
  afterAll(async () => ff?.close());

  it('has page fixtures to check, with open records that call for a badge', () => {
    expect(fixtures.filter((f) => f.records.some((r) => wantsBadge(r, Date.now()))).length).toBeGreaterThanOrEqual(5);
  });

  for (const f of fixtures) {
    it(`${f.name}: a badge inside every open row with a deadline, none on rows the fixture does not list`, async () => {
      const page = await ff.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      serve(f);
      await page.goto(f.url);
      const now = Date.now();
      await settled(page, f.name, f.records.filter((r) => wantsBadge(r, now)).length);
      const got = await readBadges(page);
      const keys = got.map((g) => g.key ?? '');
      checkBadges(f, keys, await hostRows(page), now);
      for (const g of got) expect(g.text, g.key ?? '').toMatch(/剩|超时|未能读取|缺少/);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('follows a route change to another page kind without a reload', async () => {
    const first = byName['work-orders-fusion']!;
    const second = byName['invoice-requests-fusion']!;
    const page = await ff.newPage();
    serve(first);
    await page.goto(first.url);
    const now = Date.now();
    await settled(page, first.name, first.records.filter((r) => wantsBadge(r, now)).length);
    const before = (await readBadges(page)).map((g) => g.key ?? '');
    checkBadges(first, before, await hostRows(page), now);
    expect(before.length).toBeGreaterThan(0);
    const documentId = await page.evaluate(() => ((window as unknown as { __doc?: number }).__doc = Math.random()));
    await page.evaluate(([url, name]) => (window as unknown as { __navigate(u: string, n: string): Promise<void> }).__navigate(url!, name!), [second.url, second.name]);
    await settled(page, second.name, second.records.filter((r) => wantsBadge(r, now)).length);
    const after = await readBadges(page);
    expect(after.length).toBeGreaterThan(0);
    checkBadges(second, after.map((g) => g.key ?? ''), await hostRows(page), now);
    expect(await page.evaluate(() => (window as unknown as { __doc?: number }).__doc)).toBe(documentId); // the same document
    await page.close();
  });

  it("styles every badge with the one stylesheet it adopts (a content script's constructed sheet), no copy per badge", async () => {
    const f = byName['work-orders-fusion']!;
    const page = await ff.newPage();
    serve(f);
    await page.goto(f.url);
    const now = Date.now();
    await settled(page, f.name, f.records.filter((r) => wantsBadge(r, now)).length);
    await readBadges(page); // scrolls every badge's row near the screen, so that each is drawn
    const drawn = await page.$$eval('[data-deadline-sentinel]', (hosts) => {
      const roots = hosts.flatMap((h) => (h.shadowRoot?.querySelector('.ds') ? [h.shadowRoot] : []));
      return roots.map((root) => ({
        sheets: root.adoptedStyleSheets.length,
        styles: root.querySelectorAll('style').length,
        radius: getComputedStyle(root.querySelector('.ds')!).borderTopLeftRadius,
        shared: root.adoptedStyleSheets[0] === roots[0]!.adoptedStyleSheets[0],
      }));
    });
    expect(drawn.length).toBeGreaterThan(1);
    for (const d of drawn) expect(d).toEqual({ sheets: 1, styles: 0, radius: '4px', shared: true });
    await page.close();
  });

  it('asks the network for nothing but the seller pages and their own images, and logs no error on the console', async () => {
    expect(ff.served.length).toBeGreaterThanOrEqual(fixtures.length); // the recorder saw the pages served
    // The fixtures' images (their markup's src) are refused; anything else a page asked for came from the extension.
    expect(ff.refused.filter((url) => !fixtures.some((f) => f.html.includes(url.replace(/^https?:/, ''))))).toEqual([]);
    expect(ff.leaked()).toEqual([]);
    expect(ff.consoleErrors()).toEqual([]);
  });
});
