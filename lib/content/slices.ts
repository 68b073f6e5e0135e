/**
 * Runs steps (steps.ts) in slices of a few milliseconds, from the page's first idle time on (after its frame,
 * its own work and input): no task of ours grows with the size of the page, nor comes before its frame.
 */
import type { Steps } from '../steps';

/** Work per slice: well under a frame, and far under the 50 ms that makes a long task. */
const SLICE_MS = 8;
/** Longest wait for idle time: a page busy for longer still gets its badges. */
const IDLE = { timeout: 200 };

export interface SliceRun {
  /** Drops the steps not yet run (a newer pass replaces this one). */
  cancel(): void;
}

/**
 * Runs the first slice in the page's next idle time (or, `soon`, in a task of its own: a page still being parsed
 * has no idle time), the others each in a task of its own (one idle time each would give a static page's 50 ms
 * idle periods 8 ms of work); `done` gets the result, `failed` what threw.
 */
export function runInSlices<T>(steps: Steps<T>, done: (value: T) => void, failed: (error: unknown) => void, soon = false): SliceRun {
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const until = performance.now() + SLICE_MS;
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) return done(step.value);
        if (performance.now() >= until) break;
      }
    } catch (error) {
      return failed(error);
    }
    setTimeout(slice);
  };
  if (soon) setTimeout(slice);
  else requestIdleCallback(slice, IDLE);
  // The steps not run are dropped with the generator (no step has a `finally` to run).
  return { cancel: () => void (cancelled = true) };
}
