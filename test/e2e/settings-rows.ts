/**
 * Writes setting rows for a Chromium test from an extension page, then has the worker re-plan as the options
 * page does (setDigest's way, for any key); and quiet hours placed relative to the test's own clock.
 */
import type { ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { MIN, putSettingsAndReplan, shanghaiMinuteOf } from '../support/digest-clock';

export async function setSettings(b: ExtensionBrowser, rows: { key: string; value: unknown }[]): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.evaluate(putSettingsAndReplan, rows);
  } finally {
    await page.close();
  }
}

/**
 * Quiet hours from `from` to `to` whole minutes after the current Shanghai minute of `now` (negative: before),
 * as the setting and as the instants they start and end: wherever the suite's hour stands, even across midnight.
 */
export function quietAround(now: number, from: number, to: number): { value: { start: number; end: number }; startAt: number; endAt: number } {
  const minute = shanghaiMinuteOf(now);
  const wrap = (m: number) => (((m % 1440) + 1440) % 1440);
  const thisMinute = Math.floor(now / MIN) * MIN;
  return { value: { start: wrap(minute + from), end: wrap(minute + to) }, startAt: thisMinute + from * MIN, endAt: thisMinute + to * MIN };
}

/**
 * Whole minutes from the current minute of `now` to the first minute boundary at least `lead` ms away: the nearest
 * quiet-hours edge (the setting has whole minutes) that still leaves a test `lead` to get ready for it.
 */
export const minutesAhead = (now: number, lead: number): number => Math.ceil((now + lead) / MIN) - Math.floor(now / MIN);
