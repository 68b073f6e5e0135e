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
