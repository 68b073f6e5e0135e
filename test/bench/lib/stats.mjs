// Small statistics for the benches: medians of repeated runs, and formatting.

export function median(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** `12.3` with the precision a figure needs (counts as they are). */
export function fmt(value, digits) {
  if (!Number.isFinite(value)) return String(value);
  if (digits === undefined && Number.isInteger(value)) return String(value);
  return value.toFixed(digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
