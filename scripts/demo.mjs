// `npm run demo`: the built extension in Debian Chromium (or, with `--browser firefox`, the Firefox build in
// Debian Firefox ESR) on bundled sample seller pages (deadlines relative to now). Headless by default:
// screenshots of the welcome page the install opened, the badged pages, the popup (and its week strip), the side
// panel beside a page, the options page (its quiet-hours setting, and its point history over a sample past) and
// the notifications the visit triggered go to demo-output/, and a summary is printed. `--headed` (needs a display) leaves the browser open.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, readBadges, servePage } from './lib/chromium.mjs';
import { launchFirefoxWithExtension } from './lib/firefox.mjs';
import { samplePages } from '../demo/sample-pages.mjs';
import { sampleHistory, seedLog } from '../demo/sample-history.mjs';

const headed = process.argv.includes('--headed');
const browserArg = process.argv.indexOf('--browser');
const browserName = browserArg >= 0 ? process.argv[browserArg + 1] : 'chromium';
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`--browser ${browserName}: expected chromium or firefox`);
  process.exit(2);
}
const OUT = 'demo-output';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the demo needs: the browser from Debian, and the build for it.
for (const cmd of [`node scripts/ensure-${browserName}.mjs`, browserName === 'firefox' ? 'npx wxt build -b firefox' : 'npx wxt build']) {
  if (spawnSync(cmd, { shell: true, stdio: 'inherit' }).status !== 0) process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const pages = samplePages(Date.now());
const viewport = { width: 1200, height: 640 };

/** The few things the demo does that Playwright (Chromium) and Puppeteer over BiDi (Firefox) spell differently. */
async function chromiumDemo() {
  const browser = await launchWithExtension({ headless: !headed, viewport });
  const { worker, extensionId, context } = browser;
  // Demo only: keep a copy of each notification's text to show it (the OS shows the real ones).
  await worker.evaluate(() => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    globalThis.demoShown = [];
    chrome.notifications.create = (id, options) => {
      globalThis.demoShown.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
  for (const p of pages) await servePage(context, p.url.replace(/#.*$/, ''), p.html);
  return {
    newTab: () => context.newPage(),
    clickFirstBadge: (tab) => tab.locator('[data-deadline-sentinel]').first().click(),
    setSize: (page, width, height) => page.setViewportSize({ width, height }),
    shown: () => worker.evaluate(() => globalThis.demoShown),
    toolbar: () => worker.evaluate(() => chrome.action.getBadgeText({})),
    // The tab the install opened (lib/background/welcome.ts).
    async welcome() {
      for (let i = 0; i < 50 && !context.pages().some((p) => p.url().endsWith('/welcome.html')); i++) await sleep(200);
      const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
      await page?.waitForSelector('.notifications [role="status"]', { timeout: 10_000 });
      return page ?? null;
    },
    seedHistory: () => seedLog(worker, sampleHistory(Date.now())),
    async extensionPage(path, selector) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(selector, { timeout: 10_000 });
      return page;
    },
    closed: () => new Promise((resolve) => context.on('close', resolve)),
    close: () => browser.close(),
  };
}

async function firefoxDemo() {
  const ff = await launchFirefoxWithExtension({ headless: !headed, viewport });
  for (const p of pages) ff.serve(p.url, p.html);
  return {
    newTab: () => ff.newPage(),
    clickFirstBadge: (tab) => tab.click('[data-deadline-sentinel]'),
    setSize: (page, width, height) => page.setViewport({ width, height }),
    // Firefox shows them in its own alert windows; the extension page keeps their text as they are shown.
    shown: () => ff.notificationsShown(),
    toolbar: () => ff.inBackground((bg) => bg.browser.browserAction.getBadgeText({})),
    // The install's own tab is not a page Puppeteer was given: the same page, opened again.
    welcome: () => ff.openExtensionPage('welcome.html', '.notifications [role="status"]'),
    seedHistory: async () => console.log('(the sample past for the point history is seeded in Chromium only)'),
    extensionPage: (path, selector) => ff.openExtensionPage(path, selector),
    closed: () => new Promise((resolve) => ff.browser.on('disconnected', resolve)),
    close: () => ff.close(),
  };
}

const demo = browserName === 'firefox' ? await firefoxDemo() : await chromiumDemo();
console.log(`Browser: ${browserName === 'firefox' ? 'Debian Firefox ESR, the Firefox build' : 'Debian Chromium, the Chrome build'}`);

let failed = false;
const welcome = await demo.welcome().catch(() => null);
if (welcome) {
  await demo.setSize(welcome, 900, 900);
  await sleep(300);
  await welcome.screenshot({ path: `${OUT}/welcome.png`, fullPage: true });
  console.log(`Welcome page (opened by the install): ${OUT}/welcome.png`);
} else {
  failed = true;
  console.error('  ✘ the install opened no welcome page');
}

for (const p of pages) {
  const tab = await demo.newTab();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(p.url);
  await tab.waitForSelector('[data-deadline-sentinel]', { timeout: 10_000 }).catch(() => undefined);
  // Open the first badge, to show every deadline of an item with the rule behind it.
  await demo.clickFirstBadge(tab).catch(() => undefined);
  await sleep(300); // let the badges' Preact render settle before the screenshot
  const badges = await readBadges(tab);
  await tab.screenshot({ path: `${OUT}/${p.name}.png`, fullPage: true });
  console.log(`\n${p.title}  (${p.url})\n  ${badges.length} badges, screenshot ${OUT}/${p.name}.png`);
  for (const b of badges) console.log(`  · ${b.key}  ${b.text.replace(/\s+/g, ' ').slice(0, 90)}`);
  if (badges.length === 0 || errors.length) {
    failed = true;
    console.error(`  ✘ ${badges.length === 0 ? 'no badge appeared' : `page errors: ${errors.join('; ')}`}`);
  }
  if (!headed) await tab.close();
}

await sleep(1_000); // the background notifies after logging
const shown = await demo.shown();
const toolbar = await demo.toolbar();
console.log(`\nNotifications (${shown.length}); toolbar badge: ${toolbar || '(none)'}`);
for (const n of shown) console.log(`  · ${n.title} — ${n.message.replace(/\n/g, ' / ')}`);
const cards = await demo.newTab();
await demo.setSize(cards, 420, 120 + 96 * shown.length);
await cards.setContent('<body style="margin:12px;background:#e8eaed;font:13px/1.5 \'Noto Sans CJK SC\',sans-serif"></body>');
await cards.evaluate((list) => {
  for (const n of list) {
    const card = document.createElement('div');
    card.style.cssText = 'background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:8px;box-shadow:0 1px 3px #0003;white-space:pre-line';
    const title = document.createElement('b');
    title.textContent = n.title;
    card.append(title, document.createElement('br'), n.message);
    document.body.append(card);
  }
}, shown);
await cards.screenshot({ path: `${OUT}/notifications.png`, fullPage: true });

await demo.seedHistory();
const popup = await demo.extensionPage('popup.html', '.cards').catch(() => ((failed = true), null));
if (popup) {
  await demo.setSize(popup, 380, 600);
  await sleep(300);
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const strip = await popup.$('.week');
  if (strip) await strip.screenshot({ path: `${OUT}/week-strip.png` });
  else failed = true;
}
// The day view beside the page (issue 25): the work-order list with the side panel's page at its right, as the
// browser shows them side by side (a panel opens on a user gesture only, so the two are shot apart and put together).
const seller = await demo.newTab();
await seller.goto(pages[0].url);
await seller.waitForSelector('[data-deadline-sentinel]', { timeout: 10_000 }).catch(() => undefined);
await demo.setSize(seller, 860, 640);
const panel = await demo.extensionPage('sidepanel.html', '.items li').catch(() => ((failed = true), null));
if (panel) {
  await demo.setSize(panel, 360, 640);
  await sleep(500);
  const shots = [await seller.screenshot(), await panel.screenshot()].map((b) => `data:image/png;base64,${Buffer.from(b).toString('base64')}`);
  const beside = await demo.newTab();
  await demo.setSize(beside, 1221, 640);
  await beside.setContent('<body style="margin:0;display:flex;background:#d0d7de;gap:1px"></body>');
  await beside.evaluate((srcs) => srcs.forEach((src) => document.body.append(Object.assign(document.createElement('img'), { src }))), shots);
  await sleep(300);
  await beside.screenshot({ path: `${OUT}/side-panel.png` });
  console.log(`Side panel beside the work-order list: ${OUT}/side-panel.png`);
}
const options = await demo.extensionPage('options.html', '.history svg').catch(() => ((failed = true), null));
if (options) {
  await demo.setSize(options, 900, 900);
  await sleep(500);
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
  // The quiet-hours setting with its suggested value typed in (not saved: the demo's reminders stay as they are).
  await options.focus('#opt-quietHours');
  await options.keyboard.type('23:00-08:00');
  await sleep(200);
  await (await options.$('section[aria-labelledby="group-reminders"]'))?.screenshot({ path: `${OUT}/quiet-hours.png` });
  const history = await options.$('section.history');
  await history?.screenshot({ path: `${OUT}/history.png` });
  // At the popup's width, as the charts must stay readable there.
  await demo.setSize(options, 380, 900);
  await sleep(300);
  await history?.screenshot({ path: `${OUT}/history-narrow.png` });
}
console.log(`\nPopup: ${OUT}/popup.png (week strip ${OUT}/week-strip.png); options: ${OUT}/options.png (history ${OUT}/history.png,`);
console.log(`  at the popup's width ${OUT}/history-narrow.png, quiet hours ${OUT}/quiet-hours.png); notifications: ${OUT}/notifications.png`);
if (shown.length === 0) failed = true;

if (headed) {
  console.log('\nThe browser stays open: explore the pages and the popup, then close it to end the demo.');
  await demo.closed();
} else {
  await demo.close();
}
process.exit(failed ? 1 : 0);
