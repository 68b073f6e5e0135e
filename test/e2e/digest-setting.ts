/**
 * Sets the morning digest for a Chromium test (minutes after Shanghai midnight, or null: off) and, optionally, the
 * day it last went out in, from an extension page. A test that involves reminders sets it, so its hour against the
 * default 09:00 never decides what it sees.
 */
import type { ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { digestRows, putSettingsAndReplan } from '../support/digest-clock';

export async function setDigest(b: ExtensionBrowser, minutes: number | null, shownDay?: string): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.evaluate(putSettingsAndReplan, digestRows(minutes, shownDay));
  } finally {
    await page.close();
  }
}
