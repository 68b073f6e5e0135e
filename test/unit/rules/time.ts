/** Test helper: Shanghai wall time → epoch ms without going through the code under test. */
export function sh(text: string): number {
  const ms = Date.parse(`${text}+08:00`);
  if (Number.isNaN(ms)) throw new Error(`bad time ${text}`);
  return ms;
}

export const H = 3_600_000;
export const D = 24 * H;
