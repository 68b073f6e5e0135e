import { shanghaiClock } from '@/lib/badges/format';

/** Linear scales for the history charts' SVG (no chart library: two small pictures, see README). */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A scale from [d0, d1] onto [r0, r1]; a zero-width domain maps to r0. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** The plot area's x and y scales inside a frame: x over [x0, x1], y over [0, yMax] upwards. */
export function plotScales(f: Frame, x0: number, x1: number, yMax: number) {
  return { x: scale(x0, x1, f.left, f.width - f.right), y: scale(0, yMax, f.height - f.bottom, f.top) };
}

/** `12-25` in Shanghai. */
export const monthDay = (ms: number) => shanghaiClock(ms).slice(0, 5);
