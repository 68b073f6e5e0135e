/**
 * Whether each page kind still reads: a kind that used to yield records and now shows rows it cannot read,
 * or whose records stopped showing a field they used to (the platform renamed a column), is flagged in the
 * popup. Work-order lists, found by content on any seller page, are judged as their own kind.
 */
import type { PageReport } from '../messages';
import { asProblem } from '../pages/records';
import type { SentinelDb } from './db';
import type { FieldHealth, PageHealth } from './types';

/** The fields whose loss is worth flagging: the ones a deadline or an item's identity rests on. */
export const WATCHED_FIELDS = [
  'orderId', 'workOrderId', 'requestedAt', 'workOrderCreatedAt', 'pageDeadline', 'lastUpdateAt', 'province', 'askedAt', 'itemId',
  'buyerAnswerCount',
] as const;

/** Which health a report counts for: its page kind, or work orders on any other seller page. */
function healthKind(report: PageReport): string | null {
  if (report.pageKind !== 'seller-other') return report.pageKind;
  return report.records.length > 0 ? 'work-orders' : null; // an empty other page is no broken list
}

/** A page's route: path and hash path, without query (the apply list and the 待回传 list show different fields). */
export function routeOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.hash.split('?')[0]}`;
  } catch {
    return '';
  }
}

/**
 * Per watched field of this route: found in a column or label of some record now, or missing (not shown,
 * unreadable) from every record. Fields filled from the URL, the page or a popover are no sign of a column.
 */
function fieldsSeen(report: PageReport, now: number, previous: PageHealth['fields'] = {}): PageHealth['fields'] {
  const route = routeOf(report.url);
  const fields: Record<string, FieldHealth> = { ...previous[route] };
  for (const field of WATCHED_FIELDS) {
    const found = report.records.some((r) => ['column', 'label'].includes(r.sources?.[field]?.via ?? ''));
    const missed = report.records.some((r) => (r.problems ?? []).map(asProblem).some((p) => p.field === field && p.reason !== 'disagree'));
    if (found) fields[field] = { ...fields[field], foundAt: now };
    else if (missed) fields[field] = { ...fields[field], missedAt: now };
  }
  return { ...previous, [route]: fields };
}

/** Notes whether a page kind's report yielded records, which fields they showed, or rows it could not read (with their outline). */
export async function notePageHealth(db: SentinelDb, report: PageReport, now: number): Promise<void> {
  const kind = healthKind(report);
  if (kind === null) return;
  if (report.records.length === 0 && report.outline === undefined) return; // an empty list is not a broken one
  const previous: PageHealth = (await db.pages.get(kind)) ?? { kind };
  const next: PageHealth =
    report.records.length > 0
      ? {
          kind,
          lastRecordsAt: now,
          fields: fieldsSeen(report, now, previous.fields),
          ...(previous.lastUnreadAt !== undefined ? { lastUnreadAt: previous.lastUnreadAt } : {}),
          url: report.url,
        }
      : { ...previous, lastUnreadAt: now, outline: report.outline, url: report.url };
  await db.pages.put(next);
}

/** The fields a page kind showed before on a route and, on its latest reading there, no longer did. */
export function lostFields(page: PageHealth): string[] {
  const lost = Object.values(page.fields ?? {}).flatMap((fields) =>
    Object.entries(fields).filter(([, f]) => f.foundAt !== undefined && f.missedAt !== undefined && f.missedAt > f.foundAt),
  );
  return [...new Set(lost.map(([field]) => field))];
}

/** Page kinds that used to yield records and, seen last, showed rows they could not read or lost a field. */
export async function brokenPageKinds(db: SentinelDb): Promise<PageHealth[]> {
  const all = await db.pages.toArray();
  return all.filter(
    (p) => (p.lastRecordsAt !== undefined && p.lastUnreadAt !== undefined && p.lastUnreadAt > p.lastRecordsAt) || lostFields(p).length > 0,
  );
}
