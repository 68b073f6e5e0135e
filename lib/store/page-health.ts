import type { PageReport } from '../messages';
import type { SentinelDb } from './db';
import type { PageHealth } from './types';

/** Notes whether a page kind's report yielded records, or showed rows it could not read (with their outline). */
export async function notePageHealth(db: SentinelDb, report: PageReport, now: number): Promise<void> {
  if (report.pageKind === 'seller-other') return; // work-order lists are found by content: no kind to judge
  if (report.records.length === 0 && report.outline === undefined) return; // an empty list is not a broken one
  const previous: PageHealth = (await db.pages.get(report.pageKind)) ?? { kind: report.pageKind };
  const next: PageHealth =
    report.records.length > 0
      ? { kind: report.pageKind, lastRecordsAt: now, ...(previous.lastUnreadAt !== undefined ? { lastUnreadAt: previous.lastUnreadAt } : {}) }
      : { ...previous, lastUnreadAt: now, outline: report.outline, url: report.url };
  await db.pages.put(next);
}

/** Page kinds that used to yield records and, seen last, showed rows they could not read. */
export async function brokenPageKinds(db: SentinelDb): Promise<PageHealth[]> {
  const all = await db.pages.toArray();
  return all.filter((p) => p.lastRecordsAt !== undefined && p.lastUnreadAt !== undefined && p.lastUnreadAt > p.lastRecordsAt);
}
