// Launches Debian's Chromium with the production build loaded (DESIGN contract 4), on a closed network:
// every request is answered by the caller's routes or refused, so nothing leaves the machine.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Flags without which Chromium keeps calling home, which this closed network refuses. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * A zh-CN Chromium on a persistent profile, with every http(s) request refused unless a later route
 * answers it (the extension must never need the network). `args` adds flags, e.g. the extension's.
 */
async function launchClosed({ headless, viewport, profile, args }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The extension's UI language follows the browser's, which on Linux comes from the environment.
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    args: [...QUIET_FLAGS, '--lang=zh-CN', ...args],
  });
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('blockedbyclient'));
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

export async function launchWithExtension({
  headless = true,
  viewport = { width: 1280, height: 800 },
  profile = mkdtempSync(join(tmpdir(), 'sentinel-profile-')),
  extensionDir = EXTENSION_DIR,
} = {}) {
  const args = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const { context, close } = await launchClosed({ headless, viewport, profile, args });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profile, close };
}

/** Quits the browser and starts it again on the same profile, as after a restart of the machine. */
export async function relaunch(browser, options = {}) {
  await browser.context.close();
  return launchWithExtension({ ...options, profile: browser.profile });
}

/** The same browser without the extension: the baseline for side-by-side measurements (test/bench). */
export async function launchPlain({ headless = true, viewport = { width: 1280, height: 800 } } = {}) {
  return launchClosed({ headless, viewport, profile: mkdtempSync(join(tmpdir(), 'sentinel-plain-')), args: [] });
}

/** Serve `html` at every URL matching `pattern` (a real seller URL), as the seller's server would. */
export async function servePage(context, pattern, html) {
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/**
 * Every badge host on the page with its key and the text its shadow root shows. A badge is drawn only once
 * its row comes near the screen (lib/content/near-screen.ts): a host not drawn yet has its row scrolled into
 * view and is waited for (up to 5 s; its text stays '' if it never comes).
 */
export async function readBadges(page) {
  return page.$$eval('[data-deadline-sentinel]', async (hosts) => {
    const drawn = (h) =>
      h.shadowRoot?.querySelector('.ds')
        ? Promise.resolve()
        : new Promise((done) => {
            const observer = new MutationObserver(() => h.hidden || (observer.disconnect(), done()));
            observer.observe(h, { attributes: true, attributeFilter: ['hidden'] });
            (h.parentElement ?? h).scrollIntoView({ block: 'center' });
            setTimeout(() => (observer.disconnect(), done()), 5000);
          });
    const out = [];
    for (const h of hosts) {
      await drawn(h);
      out.push({ key: h.getAttribute('data-deadline-sentinel'), text: h.shadowRoot?.querySelector('.ds')?.textContent ?? '' });
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/**
 * Disables and re-enables the extension from chrome://extensions, as a seller would, and returns the new
 * service worker. Browsers drop the extension's alarms on the way, so the new worker must re-arm them.
 * (chrome.runtime.reload() leaves an extension loaded by --load-extension disabled in this Chromium.)
 */
export async function restartExtension(browser) {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  const setEnabled = (enabled) =>
    page.evaluate(([id, on]) => new Promise((done) => chrome.management.setEnabled(id, on, done)), [browser.extensionId, enabled]);
  await setEnabled(false);
  const started = browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
  await setEnabled(true);
  browser.worker = await started;
  await page.close();
  return browser.worker;
}

/** Whether this extension's content script runs in the page: its isolated world, as DevTools lists it. */
export async function hasContentScript(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable'); // reports every existing context
  await cdp.detach();
  return worlds.some((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
}
