// Launches Debian's Firefox ESR (zh-CN) with the Firefox build installed, driven by puppeteer-core over
// WebDriver BiDi, on a closed network: seller documents are answered by the caller's routes, every other
// page request is refused, and the proxy is a local socket that records and drops whatever else tries to leave.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** Firefox's own services (remote settings, updates…), which the extension has no reason to contact. */
const MOZILLA = /^(CONNECT |[A-Z]+ https?:\/\/)([^/:\s]+\.)?(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|dummy\.test)[:/\s]/;

/** A local socket posing as the proxy: it notes each request's first line and closes the connection. */
async function proxyRecorder() {
  const lines = [];
  const server = createServer((socket) => {
    socket.once('data', (data) => lines.push(data.toString('latin1').split('\r\n')[0]));
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), 50);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { lines, port: server.address().port, close: () => new Promise((done) => server.close(done)) };
}

const prefs = (uuid, addonId, port) => ({
  // The extension speaks the browser's UI language (firefox-esr-l10n-zh-cn provides it).
  'intl.locale.requested': 'zh-CN',
  'intl.accept_languages': 'zh-CN, zh',
  // The internal UUID the add-on gets, so its pages' addresses are known before it is installed.
  'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
  'network.proxy.type': 1,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'browser.chrome.site_icons': false, // no favicon requests: every page request is the page's own
  // No DNS look-ups of its own either (prefetch, DNS over HTTPS), and no speculative connections.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Console messages of web and extension pages go to stdout, where errors are collected.
  'devtools.console.stdout.content': true,
  // Notifications in Firefox's own alert windows: no desktop notification service runs here, and through the
  // system backend (libnotify) each one would be closed as soon as it is created.
  'alerts.useSystemBackend': false,
});

/**
 * Firefox ESR with the add-on at `extensionDir` installed as a temporary add-on. Pages from `newPage` answer
 * the requests `serve` routes and refuse (and record) every other http(s) request.
 */
export async function launchFirefoxWithExtension({ headless = true, viewport = { width: 1280, height: 800 }, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  const addonId = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const proxy = await proxyRecorder();
  const profile = mkdtempSync(join(tmpdir(), 'sentinel-firefox-'));
  const options = {
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: viewport,
    userDataDir: profile,
    // Needed to open moz-extension:// pages over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(uuid, addonId, proxy.port),
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN', TZ: 'Asia/Shanghai' },
  };
  // On a new profile Firefox takes up the zh-CN language pack during its first start, but keeps its own
  // strings (file and date inputs, for one) in English until the next: start it once before the real run.
  await (await puppeteer.launch({ ...options, headless: true })).close();
  const browser = await puppeteer.launch(options);
  const output = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk) => output.push(chunk));
  }
  const cleanUp = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  const installed = await browser.installExtension(extensionDir).catch(async (e) => (await cleanUp(), Promise.reject(e)));
  if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  const origin = `moz-extension://${uuid}`;

  /** @type {{ match: (url: string) => boolean, respond: (url: string) => { status?: number, contentType: string, body: string | Uint8Array, headers?: Record<string, string> } | undefined }[]} */
  const routes = [];
  const served = [];
  const refused = [];

  async function newPage() {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      // The latest route that answers wins, as in Playwright.
      for (let i = routes.length - 1; i >= 0; i--) {
        const reply = routes[i].match(url) ? routes[i].respond(url) : undefined;
        if (reply) {
          served.push(url);
          return void request.respond({ status: reply.status ?? 200, contentType: reply.contentType, body: reply.body, headers: reply.headers });
        }
      }
      refused.push(url);
      return void request.abort('blockedbyclient');
    });
    return page;
  }

  /**
   * Opens one of the extension's pages (`popup.html`) and waits for `selector` in it. Navigations to
   * moz-extension:// pages never resolve over BiDi, so the navigation is started and the content awaited.
   */
  async function openExtensionPage(path, selector = 'body *') {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    // Polled by hand: while the page commits, an evaluation can fail outright (Firefox's remote agent), which
    // would end waitForFunction. The navigation is started again every 5 s: one started while the add-on
    // reloads finds no page there.
    let startedAt = 0;
    for (const end = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() - startedAt > 5_000) {
        page.goto(url).catch(() => undefined);
        startedAt = Date.now();
      }
      const ready = await page.evaluate((u, s) => location.href === u && document.querySelector(s) !== null, url, selector).catch(() => false);
      if (ready) return page;
      if (Date.now() > end) throw new Error(`${url}: no ${selector} after 30 s`);
    }
  }

  /**
   * An extension page kept open to reach the background page and to record each notification as it is shown
   * (with its text: Firefox's notifications.getAll returns each one's options, Chrome's only `true`); Firefox's
   * alert windows close by themselves after a while.
   */
  const shown = [];
  let helper;
  async function openHelper() {
    helper = await openExtensionPage('popup.html');
    await helper.exposeFunction('__noteShown', (n) => void shown.push(n));
    await helper.evaluate(() => {
      browser.notifications.onShown.addListener(async (id) => {
        const all = await browser.notifications.getAll();
        await globalThis.__noteShown({ id, title: all[id]?.title ?? '', message: all[id]?.message ?? '' });
      });
    });
  }
  await openHelper().catch(async (e) => (await cleanUp(), Promise.reject(e)));

  /**
   * Runs `fn(background, arg)` in an extension page, with `background` the background page's window
   * (the background page is no BiDi target). `fn` is sent as source, so it must be self-contained.
   */
  function inBackground(fn, arg) {
    return helper.evaluate(`(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`);
  }

  return {
    browser,
    addonId,
    uuid,
    origin,
    newPage,
    openExtensionPage,
    inBackground,
    /** Every notification shown since launch, in order (a newer stage of an item replaces the older one on screen). */
    notificationsShown: async () => [...shown],
    /**
     * Reloads the add-on (runtime.reload), as an update does: its pages close, the background starts again
     * and Firefox drops its alarms, which the background must re-arm from the log.
     */
    async reloadExtension() {
      await inBackground((bg) => void (bg.__beforeReload = true));
      // Called directly: a timer in this background tab may be throttled for long (the evaluation may then
      // fail, as the page closes under it).
      await helper.evaluate(() => void browser.runtime.reload()).catch(() => undefined);
      // The reload takes a while: until it is done, a new extension page can still reach the old background.
      for (const end = Date.now() + 30_000; ; ) {
        await new Promise((r) => setTimeout(r, 500));
        await helper.close().catch(() => undefined);
        const fresh = await openHelper()
          .then(() => inBackground((bg) => bg.__beforeReload === undefined))
          .catch(() => false);
        if (fresh) return;
        if (Date.now() > end) throw new Error('the add-on did not reload within 30 s');
      }
    },
    /** Answers requests to URLs `match` accepts (a string is one URL, fragment ignored) with `respond(url)`. */
    route(match, respond) {
      const test = typeof match === 'string' ? (url) => url.replace(/#.*$/, '') === match.replace(/#.*$/, '') : match instanceof RegExp ? (url) => match.test(url) : match;
      routes.push({ match: test, respond });
    },
    /** Serves `html` at `url` (fragment ignored), as the seller's server would. */
    serve(url, html) {
      this.route(url, () => ({ contentType: 'text/html; charset=utf-8', body: html }));
    },
    /** Page requests answered by a route, and those refused. */
    served,
    refused,
    /** What reached the proxy, other than Firefox's own services (the control request of a test included). */
    leaked: () => proxy.lines.filter((l) => !MOZILLA.test(l)),
    /** Every request line that reached the proxy. */
    proxied: () => [...proxy.lines],
    /**
     * Errors of the extension and of web pages, as Firefox printed them: uncaught errors (and unhandled
     * rejections) in the extension's scripts, and console.error in any page or extension page. Firefox's
     * own modules log under a prefix ("console.error: RSLoader: …") or name chrome:// and resource:// files.
     */
    consoleErrors: () =>
      output
        .join('')
        .split('\n')
        .filter(
          (l) =>
            l.startsWith(`JavaScript error: ${origin}/`) ||
            (l.startsWith('console.error:') && !/^console\.error: [\w.-]+: |chrome:\/\/|resource:\/\//.test(l)),
        ),
    output: () => output.join(''),
    close: cleanUp,
  };
}

