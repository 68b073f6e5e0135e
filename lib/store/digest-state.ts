/**
 * The day the morning digest last went out in, kept in the settings table under a key that is no rule setting
 * (loadSettings, the export and the import read rule keys only), so no schema version is needed for it.
 */
import type { SentinelDb } from './db';

export const DIGEST_DAY_KEY = 'digest.shownDay';

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export async function digestShownDay(db: SentinelDb): Promise<string | null> {
  const row = await db.settings.get(DIGEST_DAY_KEY);
  return isDay(row?.value) ? row.value : null;
}

export async function saveDigestShownDay(db: SentinelDb, day: string): Promise<void> {
  await db.settings.put({ key: DIGEST_DAY_KEY, value: day });
}

/** Marks `day` served unless it (or a later day) already is; true when this call marked it. One transaction: never twice. */
export function claimDigestDay(db: SentinelDb, day: string): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const shown = await digestShownDay(db);
    if (shown !== null && shown >= day) return false;
    await saveDigestShownDay(db, day);
    return true;
  });
}
