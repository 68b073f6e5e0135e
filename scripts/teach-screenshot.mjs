// `node scripts/teach-screenshot.mjs`: docs/teach.png, the popup's teach view (zh-CN) over a work-order list no
// shipped recipe reads (demo/teach-page.mjs), its columns taught and the preview shown, before saving. The
// built extension in Debian Chromium; the popup runs in a tab of its own and names the seller tab (?tab=).
import { spawnSync } from 'node:child_process';
import { launchWithExtension, servePage } from './lib/chromium.mjs';
import { UNKNOWN_HTML, UNKNOWN_MAPPING, UNKNOWN_URL } from '../demo/teach-page.mjs';

if (spawnSync('node scripts/ensure-chromium.mjs && npx wxt build', { shell: true, stdio: 'inherit' }).status !== 0) process.exit(1);
const b = await launchWithExtension({ viewport: { width: 400, height: 900 } });
try {
  await servePage(b.context, UNKNOWN_URL, `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>${UNKNOWN_HTML}</body></html>`);
  const page = await b.context.newPage();
  await page.goto(UNKNOWN_URL);
  await page.waitForTimeout(1000);
  const tabId = await b.worker.evaluate(async (want) => {
    for (const tab of await chrome.tabs.query({})) if ((await chrome.tabs.sendMessage(tab.id, { type: 'where-are-you' }).catch(() => null)) === want) return tab.id;
    return -1;
  }, UNKNOWN_URL);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.teach-offer button').click();
  await popup.getByLabel('催开发票').check();
  for (const [field, header] of Object.entries(UNKNOWN_MAPPING)) await popup.getByRole('combobox', { name: header, exact: true }).selectOption(field);
  await popup.locator('.teach-preview li').first().waitFor();
  await popup.locator('.teach').screenshot({ path: 'docs/teach.png' });
  console.log('docs/teach.png written');
} finally {
  await b.close();
}
