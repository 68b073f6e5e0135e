/**
 * The morning digest's set time, relative to the test's own clock: a browser test that involves reminders sets
 * the digest to a minute it chose (or off), never assumes where the suite's hour stands against 09:00.
 */
import { shanghaiDay } from '../../lib/reminders/digest-schedule';

export const MIN = 60_000;
export const DAY = 24 * 60 * MIN;
const SHANGHAI = 8 * 60 * MIN;

/** The digest setting (minutes after Shanghai midnight) that names the Shanghai minute of `ms`. */
export const shanghaiMinuteOf = (ms: number): number => Math.floor(((ms + SHANGHAI) % DAY) / MIN);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The next whole Shanghai minute at least `lead` ms away, as the digest setting and its instant; around Shanghai
 * midnight it waits for the new day, so the set time and "now" share a day.
 */
export async function nextSetMinute(lead = 20_000): Promise<{ minutes: number; at: number }> {
  for (;;) {
    const now = Date.now();
    const at = Math.ceil((now + lead) / MIN) * MIN;
    const minutes = shanghaiMinuteOf(at);
    if (minutes > 0 && shanghaiDay(at) === shanghaiDay(now)) return { minutes, at };
    await sleep(30_000);
  }
}

/** The settings rows that set the digest to `minutes` (null: off) and, optionally, the day it last went out in. */
export const digestRows = (minutes: number | null, shownDay?: string) => [
  { key: 'digestMinutes', value: minutes },
  ...(shownDay === undefined ? [] : [{ key: 'digest.shownDay', value: shownDay }]),
];

/**
 * Run inside an extension page (sent there as source by Playwright or by the Firefox helper, so self-contained):
 * waits for the log to exist, writes `rows` into its settings, then has the background re-plan as the options page
 * does (log-changed from an extension page).
 */
export async function putSettingsAndReplan(rows: { key: string; value: unknown }[]): Promise<void> {
  for (let i = 0; !(await indexedDB.databases()).some((d) => d.name === 'deadline-sentinel'); i++) {
    if (i > 100) throw new Error('the log was never created');
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('deadline-sentinel');
    open.addEventListener('error', () => reject(open.error));
    open.addEventListener('success', () => {
      const tx = open.result.transaction('settings', 'readwrite');
      for (const row of rows) tx.objectStore('settings').put(row);
      tx.addEventListener('complete', () => (open.result.close(), resolve()));
      tx.addEventListener('error', () => reject(tx.error));
    });
  });
  const ext = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: object): Promise<unknown> } } | undefined>;
  await (ext.browser ?? ext.chrome)!.runtime.sendMessage({ type: 'log-changed' });
}
