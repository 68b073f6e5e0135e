/**
 * How a page's news reaches the background: in chunks of at most CHUNK records (a list has no upper bound,
 * one message has: LIMITS.records), one chunk after the other so the log takes them in the page's order, each
 * sent again after a pause when its reply never comes (the worker was stopped or restarted while writing).
 */

/**
 * Half of LIMITS.records (lib/record-check.ts): a 10,000-row list is 4 messages of ~0.5 MB, whose replies badge
 * their rows as they come; smaller chunks cost more in all (each reply redraws the list, each report re-plans reminders).
 */
const CHUNK = 2500;

/** Pauses before each resend; their count bounds the resends. */
const RETRY_MS = [500, 1000, 2000, 4000];
/** A reply slower than this counts as none (the worker writes a chunk in about a second; see BENCHMARKS.md, bench 7). */
const REPLY_TIMEOUT_MS = 30_000;

/** `items` in runs of `size`; an empty list is one empty run (an empty page is news too). */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function withTimeout<R>(reply: Promise<R | undefined>, ms: number): Promise<R | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((done) => (timer = setTimeout(done, ms, undefined)));
  return Promise.race([reply, late]).finally(() => clearTimeout(timer));
}

export interface Retry {
  /** False once there is no point sending again (the page left, the extension is gone). */
  alive(): boolean;
  warn(error: unknown): void;
  /** Called once, at the first attempt without a reply. */
  missed?(): void;
  delays?: readonly number[];
  timeoutMs?: number;
}

/** The reply to `send()`, asked again after each pause of `delays` while there is none; undefined if none ever came. */
export async function untilAnswered<R>(send: () => Promise<R | undefined>, retry: Retry): Promise<R | undefined> {
  const delays = retry.delays ?? RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = await withTimeout(send(), retry.timeoutMs ?? REPLY_TIMEOUT_MS);
      if (reply !== undefined) return reply;
    } catch (error) {
      retry.warn(error); // the message channel closed before the reply: the worker stopped
    }
    if (attempt === 0) retry.missed?.();
    if (attempt >= delays.length || !retry.alive()) return undefined;
    await pause(delays[attempt]!);
    if (!retry.alive()) return undefined;
  }
}
