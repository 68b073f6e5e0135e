/**
 * Folding an imported row into the log's row of the same key (pure). The rules mirror merge.ts, with a whole
 * row in place of a page record: the row last seen later gives the facts it has and where it was seen, the
 * other only fills gaps; the earliest firstSeenAt and answeredAt stay; done is final (the first closer stays).
 * Merging the same row again changes nothing, so importing a file twice is the same as importing it once.
 */
import type { LogItem, PenaltyEvent, QaEntry, ReminderState, Ticket } from './types';

/** Facts an older row may know that the newer one does not show. */
const FACTS = [
  'orderId', 'workOrderId', 'requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'province', 'expectedCompensation',
  'question', 'itemId', 'askedAt', 'buyerAnswerCount', 'itemQaCount', 'answerText',
] as const;

function factsOf(row: LogItem): Record<string, unknown> {
  const fields = row as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of FACTS) if (fields[f] !== undefined) out[f] = fields[f];
  return out;
}

/** IndexedDB keeps keys whose value is undefined: drop them so equal facts give equal rows. */
export function compact<T extends object>(row: T): T {
  for (const k of Object.keys(row) as (keyof T)[]) if (row[k] === undefined) delete row[k];
  return row;
}

/** The done row that closed first (an unknown closing time counts as last); the existing row wins a tie. */
function firstCloser(existing: LogItem, imported: LogItem): LogItem | undefined {
  const done = [existing, imported].filter((r) => r.status === 'done');
  return done.reduce<LogItem | undefined>((first, r) => (first && (first.closedAt ?? Infinity) <= (r.closedAt ?? Infinity) ? first : r), undefined);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/** Q&A status when neither row is done: unanswerable follows the newer reading; answered, once seen, stays. */
function questionStatus(existing: QaEntry, imported: QaEntry, newer: QaEntry, answeredAt: number | undefined): QaEntry['status'] {
  if (newer.status === 'unanswerable') return 'unanswerable';
  const answered = answeredAt !== undefined || existing.status === 'answered' || imported.status === 'answered';
  return answered ? 'answered' : 'open';
}

/** One row from the log's and the file's rows of an item (dueTimes/finalDueAt are derived afterwards). */
export function mergeItem<T extends LogItem>(existing: T | undefined, imported: T): T {
  if (!existing) return compact(structuredClone(imported));
  const importedNewer = imported.lastSeenAt > existing.lastSeenAt;
  const [newer, older] = importedNewer ? [imported, existing] : [existing, imported];
  const merged = { ...factsOf(older), ...structuredClone(newer), firstSeenAt: Math.min(existing.firstSeenAt, imported.firstSeenAt) } as T;
  // The earlier page deadline stands, with its own rounding, as a page reading would leave it (page-deadline.ts).
  const page = [existing, imported].filter((r) => r.pageDeadline !== undefined).sort((a, b) => a.pageDeadline! - b.pageDeadline!)[0];
  Object.assign(merged, { pageDeadline: page?.pageDeadline, pageUnit: page?.pageUnit });
  const closer = firstCloser(existing, imported);
  if (closer) Object.assign(merged, { status: 'done', closedAt: closer.closedAt, closedBy: closer.closedBy, closedWhy: closer.closedWhy });
  else if (merged.kind !== 'qa') Object.assign(merged, { status: 'open', closedAt: undefined, closedBy: undefined, closedWhy: undefined });
  // The first sighting on the stalled list never moves later: the earlier of both copies.
  if (merged.kind !== 'qa') (merged as Ticket).stalledSince = minDefined((existing as Ticket).stalledSince, (imported as Ticket).stalledSince);
  if (merged.kind === 'qa') {
    const [e, i] = [existing as QaEntry, imported as QaEntry];
    const answeredAt = minDefined(e.answeredAt, i.answeredAt);
    merged.answeredAt = answeredAt;
    if (!closer) Object.assign(merged, { status: questionStatus(e, i, newer as QaEntry, answeredAt), closedAt: undefined, closedBy: undefined, closedWhy: undefined });
  }
  return compact(merged);
}

/** A reminder state: the later sending wins (the existing one on a tie). */
export function mergeReminder(existing: ReminderState | undefined, imported: ReminderState): ReminderState {
  return existing && existing.sentAt >= imported.sentAt ? existing : compact(structuredClone(imported));
}

/** The same deduction, whichever copy of the log it came from. */
export const penaltySignature = (e: PenaltyEvent): string => JSON.stringify([e.at, e.ticketKey ?? null, e.points, e.source, e.rule]);

/** A file row as v7 keeps it: a row of an older log without a rule is the invoice rule's (RULES §4). */
export const withRule = (e: PenaltyEvent): PenaltyEvent => (e.rule === undefined ? { ...e, rule: 'invoice' } : e);

/**
 * The file's penalties not already logged, matched one to one (two identical user entries stay two, and
 * importing them twice still leaves two). Ids in use by another event are dropped so the log assigns new ones.
 */
export function newPenalties(existing: readonly PenaltyEvent[], imported: readonly PenaltyEvent[]): PenaltyEvent[] {
  const unmatched = new Map<string, number>();
  for (const e of existing) unmatched.set(penaltySignature(e), (unmatched.get(penaltySignature(e)) ?? 0) + 1);
  const usedIds = new Set(existing.map((e) => e.id));
  const added: PenaltyEvent[] = [];
  for (const e of imported.map(withRule)) {
    const signature = penaltySignature(e);
    const left = unmatched.get(signature) ?? 0;
    if (left > 0) {
      unmatched.set(signature, left - 1);
      continue;
    }
    const row = compact(structuredClone(e));
    if (usedIds.has(row.id)) delete row.id;
    added.push(row);
  }
  return added;
}

/** JSON with sorted keys: two rows are the same record when their canonical forms are equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
