import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '@/lib/content/slices';
import type { Steps } from '@/lib/steps';

/** Ten steps, each taking `ms` of (faked) time. */
function* work(log: number[], clock: { t: number }, ms: number): Steps<string> {
  for (let i = 0; i < 10; i++) {
    clock.t += ms;
    log.push(i);
    yield;
  }
  return 'done';
}

/** A clock the test moves, and the idle callbacks asked for, run when the test says. */
function fakeClockAndIdle() {
  const clock = { t: 0 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.t);
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
  return { clock, idle };
}

describe('runInSlices', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('runs nothing at once, a slice in the next idle time, the rest in later tasks, then hands over the result', async () => {
    const { clock, idle } = fakeClockAndIdle();
    const log: number[] = [];
    const result = new Promise<string>((resolve, reject) => runInSlices(work(log, clock, 3), resolve, reject));
    expect(log).toEqual([]);
    idle.shift()!();
    expect(log).toEqual([0, 1, 2]); // 9 ms of work: the slice (8 ms) stops after the step that crossed it
    expect(await result).toBe('done');
    expect(idle).toEqual([]);
    expect(log).toHaveLength(10);
  });

  it('soon (a page still being parsed, which has no idle time): runs its first slice in a task, not waiting for idle time', async () => {
    const { clock, idle } = fakeClockAndIdle();
    const log: number[] = [];
    const result = new Promise<string>((resolve, reject) => runInSlices(work(log, clock, 3), resolve, reject, true));
    expect(log).toEqual([]);
    expect(await result).toBe('done');
    expect(idle).toEqual([]);
    expect(log).toHaveLength(10);
  });

  it('runs nothing more once cancelled', async () => {
    const { clock, idle } = fakeClockAndIdle();
    const log: number[] = [];
    const done = vi.fn<(value: unknown) => void>();
    const run = runInSlices(work(log, clock, 5), done, done);
    idle.shift()!();
    run.cancel();
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
  });

  it('hands over what a step threw', async () => {
    function* failing(): Steps<never> {
      yield;
      throw new Error('bad page');
    }
    const error = await new Promise((resolve) => runInSlices(failing(), () => resolve(null), resolve));
    expect(error).toEqual(new Error('bad page'));
  });
});
