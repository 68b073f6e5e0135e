/**
 * Durations and the fixed +8 h view of an instant: all that display code (the badges, in the content
 * script) needs of Shanghai time, without the time-zone library, which rule arithmetic uses (shanghai.ts).
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** 24 h. Shanghai has no DST (none since 1991), so a calendar day is always exactly this long. */
export const DAY_MS = 24 * HOUR_MS;

/** UTC+8: Shanghai's offset all year since 1992 (no DST since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/**
 * An instant as Shanghai wall time in ISO shape, `2022-12-25T23:59:59.999Z` read without its Z: for display
 * and form values, by the fixed offset (instants from 1992 on; rule arithmetic goes through TZDateMini).
 */
export function shanghaiIso(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
}
