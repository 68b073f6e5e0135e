import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, servePage, type ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { samplePages } from '../../demo/sample-pages.mjs';
import { tableCounts as countTables } from './log-reader';
import { SELLER_MATCHES } from '@/lib/pages/hosts';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const ALLOWED_PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('the built manifests and bundles', () => {
  for (const dir of BUILDS) {
    it(`${dir}: only the seller hosts and the permissions the extension needs, no remote code`, () => {
      expect(existsSync(`${dir}/manifest.json`), `${dir} is built by the test command first`).toBe(true);
      const m = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
      const permissions: string[] = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
      // Issue 25's side panel adds sidePanel to Chrome's build only (Firefox's sidebar_action needs no permission).
      const allowed = dir.includes('chrome') ? [...ALLOWED_PERMISSIONS, 'sidePanel'] : ALLOWED_PERMISSIONS;
      for (const p of permissions) expect(allowed, `permission ${p}`).toContain(p);
      const panel = dir.includes('chrome') ? m.side_panel?.default_path : m.sidebar_action?.default_panel;
      expect(panel).toBe('sidepanel.html');
      expect(m.host_permissions ?? []).toEqual([]);
      for (const cs of m.content_scripts) expect(SELLER_MATCHES).toEqual(expect.arrayContaining(cs.matches));
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
      expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
      expect(m.externally_connectable).toBeUndefined();
      const remoteScript = files(dir).filter((f) => f.endsWith('.html') && /<script[^>]+src="(https?:)?\/\//.test(readFileSync(f, 'utf8')));
      const evalLike = files(dir).filter((f) => f.endsWith('.js') && /\beval\(|new Function\(|importScripts\(\s*["']https?:/.test(readFileSync(f, 'utf8')));
      expect(remoteScript).toEqual([]);
      expect(evalLike).toEqual([]);
    });
  }
});

/** A request the extension or the page made, other than the routed seller documents the test serves. */
const stray = (r: Request, served: Set<string>) => /^https?:/.test(r.url()) && !served.has(r.url().replace(/#.*$/, ''));

describe('no network traffic from the extension', () => {
  let b: ExtensionBrowser;
  const requests: Request[] = [];
  const pages = samplePages(Date.now());
  const served = new Set(pages.map((p) => p.url.replace(/#.*$/, '')));
  beforeAll(async () => {
    b = await launchWithExtension();
    b.context.on('request', (r) => void requests.push(r));
    for (const p of pages) await servePage(b.context, p.url.replace(/#.*$/, ''), p.html);
  });
  afterAll(async () => b?.close());
  const tableCounts = () => countTables(b.worker);

  it('makes none during a full run: every seller page, the popup, the options page, the reminders', async () => {
    const open: Page[] = [];
    for (const p of pages) {
      const tab = await b.context.newPage();
      await tab.goto(p.url);
      await tab.waitForSelector('[data-deadline-sentinel]');
      open.push(tab);
    }
    for (const name of ['popup', 'options']) {
      const tab = await b.context.newPage();
      await tab.goto(`chrome-extension://${b.extensionId}/${name}.html`);
      await tab.waitForLoadState('networkidle');
      open.push(tab);
    }
    await new Promise((r) => setTimeout(r, 2_000)); // reminders run after the log changes
    expect(requests.filter((r) => /^https?:/.test(r.url())).length).toBeGreaterThanOrEqual(pages.length); // the recorder works
    expect(requests.filter((r) => stray(r, served)).map((r) => r.url())).toEqual([]);
    for (const tab of open) await tab.close();
  });

  it('survives 1,000 malformed messages sent from its own content script world, and writes nothing', async () => {
    const tab = await b.context.newPage();
    await tab.goto(pages[0]!.url);
    await tab.waitForSelector('[data-deadline-sentinel]');
    const before = await tableCounts();
    const cdp = await b.context.newCDPSession(tab);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => void worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${b.extensionId}`)!;
    // Malformed page reports built in the content script's world, sent as the content script would send them.
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const junk = [null, 1, 'x', [], {}, { type: 'page-report' }, { type: 'log-changed' }];
        // Control: a well-formed report (no records) is answered, so a refusal below is a real refusal.
        const control = await chrome.runtime.sendMessage({ type: 'page-report', url: location.href, pageKind: 'invoice-requests', seenAt: Date.now(), records: [] });
        let taken = 0;
        let refusals = 0;
        for (let i = 0; i < 1000; i++) {
          const base = { type: 'page-report', url: location.href, pageKind: 'invoice-requests', seenAt: Date.now(),
            records: [{ kind: 'invoice', id: 'F' + i, status: 'open', requestedAt: Date.now() }] };
          const broken = [
            { ...base, url: 'javascript:alert(1)' }, { ...base, pageKind: 'admin' }, { ...base, seenAt: 'soon' },
            { ...base, records: [{ ...base.records[0], kind: 'refund' }] }, { ...base, records: [{ ...base.records[0], requestedAt: 'x' }] },
            { ...base, records: [{ ...base.records[0], id: 'x'.repeat(5000) }] }, { ...base, records: 'all' }, junk[i % junk.length],
          ][i % 8];
          // A refused report gets no answer; a report whose records are refused one by one is answered with a
          // basis per record that only says why (no deadline), so its rows' badges can.
          const reply = await chrome.runtime.sendMessage(broken).catch(() => null);
          if (!reply || typeof reply !== 'object') continue;
          if (reply.bases.every((b) => b && b.deadlines.length === 0 && b.problems.length > 0)) refusals++;
          else taken++;
        }
        return { taken, refusals, control: typeof control };
      })()`,
    });
    // Nothing taken: the 3 in 8 with a bad record are answered with that record's refusal, the others not at all.
    expect(result.value).toEqual({ taken: 0, refusals: 375, control: 'object' });
    expect(await tableCounts()).toEqual(before);
    expect(await b.worker.evaluate(() => 1 + 1)).toBe(2); // the worker is alive
    await cdp.detach();
    await tab.close();
  });

  it('offers web pages no way to message it', async () => {
    const tab = await b.context.newPage();
    await tab.goto(pages[0]!.url);
    // No externally_connectable: the page world has no chrome.runtime.sendMessage to reach the extension.
    expect(await tab.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    // Nor through the content script: it listens to no window messages. 1,000 of them change nothing.
    await tab.waitForSelector('[data-deadline-sentinel]');
    const before = await tableCounts();
    await tab.evaluate(() => {
      const junk = [{ type: 'page-report', records: [{ kind: 'invoice', id: 'X', status: 'open' }] }, { type: 'log-changed' }, '<img src=x onerror=alert(1)>', null];
      for (let i = 0; i < 1000; i++) window.postMessage(junk[i % junk.length], '*');
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await tableCounts()).toEqual(before);
    await tab.close();
  });
});
