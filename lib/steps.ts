/**
 * Work that can pause: a generator that yields where it may stop for a while and returns its result. The
 * content script runs a page reading in slices (content/slices.ts); tests and fixtures run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows handled between two pauses: small enough that one chunk of rows stays well under a frame. */
export const ROWS_PER_STEP = 50;
