/**
 * Which rows are on or near the screen. Only their badges render and tick: a 1,000-row list costs the
 * page the badges of about two screens, not a thousand. One IntersectionObserver watches every badged row.
 */

/** Half a screen above and below the viewport: a badge is drawn before scrolling brings it into view, and no more. */
const MARGIN = '50% 0px';

export interface NearScreen {
  watch(row: Element): void;
  unwatch(row: Element): void;
  isNear(row: Element): boolean;
  stop(): void;
}

/** Calls `onNear` with the rows that came near the screen (maybe none); rows start as not near until the observer says. */
export function watchNearScreen(onNear: (rows: Element[]) => void): NearScreen {
  const near = new WeakSet<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      const arrived: Element[] = [];
      for (const entry of entries) {
        if (!entry.isIntersecting) near.delete(entry.target);
        else if (!near.has(entry.target)) {
          near.add(entry.target);
          arrived.push(entry.target);
        }
      }
      onNear(arrived);
    },
    { rootMargin: MARGIN },
  );
  return {
    watch: (row) => observer.observe(row),
    unwatch: (row) => {
      observer.unobserve(row);
      near.delete(row);
    },
    isNear: (row) => near.has(row),
    stop: () => observer.disconnect(),
  };
}
