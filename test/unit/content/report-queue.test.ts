import { describe, expect, it, vi } from 'vitest';
import { chunks, untilAnswered } from '@/lib/content/report-queue';

const quick = { alive: () => true, warn: () => undefined, delays: [1, 2, 4], timeoutMs: 50 };

describe('chunks', () => {
  it('cuts a list into runs of at most the size, in order, and an empty list into one empty run', () => {
    const list = Array.from({ length: 2501 }, (_, i) => i);
    const runs = chunks(list, 1000);
    expect(runs.map((r) => r.length)).toEqual([1000, 1000, 501]);
    expect(runs.flat()).toEqual(list);
    expect(chunks([], 1000)).toEqual([[]]);
  });
});

describe('untilAnswered', () => {
  it('sends again after a closed channel, no reply and a timeout, and takes the first reply', async () => {
    const answers: (() => Promise<string | undefined>)[] = [
      () => Promise.reject(new Error('The message port closed before a response was received.')),
      () => Promise.resolve(undefined),
      () => new Promise(() => undefined), // never answered
      () => Promise.resolve('reply'),
    ];
    let calls = 0;
    const send = vi.fn<() => Promise<string | undefined>>(() => answers[calls++]!());
    const missed = vi.fn<() => void>();
    expect(await untilAnswered(send, { ...quick, missed })).toBe('reply');
    expect(send).toHaveBeenCalledTimes(4);
    expect(missed).toHaveBeenCalledOnce();
  });

  it('gives up after its last pause, and stops as soon as there is no point going on', async () => {
    const send = vi.fn<() => Promise<undefined>>(async () => undefined);
    expect(await untilAnswered(send, quick)).toBeUndefined();
    expect(send).toHaveBeenCalledTimes(4);
    let alive = true;
    const once = vi.fn<() => Promise<undefined>>(async () => void (alive = false));
    expect(await untilAnswered(once, { ...quick, alive: () => alive })).toBeUndefined();
    expect(once).toHaveBeenCalledOnce();
  });
});
