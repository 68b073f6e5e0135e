// `npm run demo`: the built extension in Debian Chromium on bundled sample seller pages (deadlines relative
// to now). Headless by default: screenshots go to demo-output/ and a summary is printed.
// `--headed` (needs a display) leaves the browser open to explore.
import { mkdirSync } from 'node:fs';
import { launchWithExtension, readBadges, servePage } from './lib/chromium.mjs';
import { samplePages } from '../demo/sample-pages.mjs';

const headed = process.argv.includes('--headed');
const OUT = 'demo-output';
mkdirSync(OUT, { recursive: true });

const browser = await launchWithExtension({ headless: !headed, viewport: { width: 1200, height: 640 } });
const pages = samplePages(Date.now());
for (const p of pages) await servePage(browser.context, p.url.replace(/#.*$/, ''), p.html);

let failed = false;
for (const p of pages) {
  const tab = await browser.context.newPage();
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

if (headed) {
  console.log('\nThe browser stays open: explore the pages, then close it to end the demo.');
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  await browser.close();
}
process.exit(failed ? 1 : 0);
