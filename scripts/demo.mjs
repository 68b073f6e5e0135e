// `npm run demo`: the built extension in Debian Chromium on bundled sample seller pages (deadlines relative
// to now). Headless by default: screenshots of the badged pages, the popup and the notifications the visit
// triggered go to demo-output/, and a summary is printed. `--headed` (needs a display) leaves the browser open.
import { mkdirSync } from 'node:fs';
import { launchWithExtension, readBadges, servePage } from './lib/chromium.mjs';
import { samplePages } from '../demo/sample-pages.mjs';

const headed = process.argv.includes('--headed');
const OUT = 'demo-output';
mkdirSync(OUT, { recursive: true });

const browser = await launchWithExtension({ headless: !headed, viewport: { width: 1200, height: 640 } });
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

const pages = samplePages(Date.now());
for (const p of pages) await servePage(context, p.url.replace(/#.*$/, ''), p.html);

let failed = false;
for (const p of pages) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(p.url);
  await tab.waitForSelector('[data-deadline-sentinel]', { timeout: 10_000 }).catch(() => undefined);
  // Open the first badge, to show every deadline of an item with the rule behind it.
  await tab.locator('[data-deadline-sentinel]').first().click().catch(() => undefined);
  await tab.waitForTimeout(300); // let the badges' Preact render settle before the screenshot
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

await new Promise((r) => setTimeout(r, 1_000)); // the background notifies after logging
const shown = await worker.evaluate(() => globalThis.demoShown);
const toolbar = await worker.evaluate(() => chrome.action.getBadgeText({}));
console.log(`\nNotifications (${shown.length}); toolbar badge: ${toolbar || '(none)'}`);
for (const n of shown) console.log(`  · ${n.title} — ${n.message.replace(/\n/g, ' / ')}`);
const cards = await context.newPage();
await cards.setViewportSize({ width: 420, height: 120 + 96 * shown.length });
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

const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForSelector('.cards', { timeout: 10_000 }).catch(() => (failed = true));
await popup.screenshot({ path: `${OUT}/popup.png` });
const options = await context.newPage();
await options.setViewportSize({ width: 900, height: 900 });
await options.goto(`chrome-extension://${extensionId}/options.html`);
await options.waitForTimeout(500);
await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
console.log(`\nPopup: ${OUT}/popup.png; options: ${OUT}/options.png; notifications: ${OUT}/notifications.png`);
if (shown.length === 0) failed = true;

if (headed) {
  console.log('\nThe browser stays open: explore the pages and the popup, then close it to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await browser.close();
}
process.exit(failed ? 1 : 0);
