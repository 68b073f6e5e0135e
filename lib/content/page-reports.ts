/**
 * What the background has been told about this page and what it answered. A report carries only the records
 * that are new or changed since the last one (a list that grows by 50 rows sends 50, not the whole list), and
 * each reply's badge bases are kept per record. Replies can overtake each other: a record's basis is replaced
 * only by the reply to a later report.
 */
import { noDeadlineBasis, type BadgeBasis } from '../badges/badge-model';
import type { BadgeContext } from '../badges/context';
import type { PageReply } from '../messages';
import type { PageRecord } from '../pages/records';
import type { ListReading } from '../pages/list-reading';

export const keyOf = (r: PageRecord): string => `${r.kind}:${r.id}`;

/** Each record's newsKey, made once: news() and sending() both ask it of every record of a reading. */
const newsKeys = new WeakMap<PageRecord, string>();
/** A countdown read again a moment later moves by milliseconds: that alone is not news for the log. */
function newsKey(r: PageRecord): string {
  let key = newsKeys.get(r);
  if (key === undefined) {
    key = JSON.stringify(r.pageDeadline === undefined ? r : { ...r, pageDeadline: Math.round(r.pageDeadline / 60_000) });
    newsKeys.set(r, key);
  }
  return key;
}

/** A badge without the rules (no reply from the background): the page's own countdown, if any, and a note saying so. */
function offlineBasis(r: PageRecord): BadgeBasis | null {
  if (r.status !== 'open') return null;
  return noDeadlineBasis({ problems: [...(r.problems ?? []), { field: 'rules', reason: 'no-reply' }], pageDeadline: r.pageDeadline });
}

export class PageReports {
  /** The badges' context: the background's, from the knowledge reply until the first report's reply. */
  constructor(public context: BadgeContext) {}

  #href = '';
  /** kind:id → the record last reported from this page, and its newsKey. */
  #told = new Map<string, { record: PageRecord; news: string }>();
  #toldEmpty = false;
  #listKey = '';
  #lastRecords: readonly PageRecord[] = [];
  #sent = 0;
  /** The settings the kept bases were worked out under (null before the first reply). */
  #settingsKey: string | null = null;
  readonly #bases = new Map<string, { seq: number; basis: BadgeBasis | null }>();

  /** The basis for the record `kind:id`; undefined while the background has not answered for it. */
  basis(key: string): BadgeBasis | null | undefined {
    return this.#bases.get(key)?.basis;
  }

  /**
   * The records of this reading the background has not been told, or null when there are none to tell;
   * with `only`, the reading's records that may have changed (the rows read again), the rest being as told.
   */
  news(href: string, records: readonly PageRecord[], only?: readonly PageRecord[], list?: ListReading): PageRecord[] | null {
    // A list that changed as a whole (a row gone, loading done) is news even when no record is.
    const listKey = list ? JSON.stringify(list) : this.#listKey;
    if (href !== this.#href) {
      this.#href = href;
      this.#told.clear();
      this.#bases.clear();
      this.#toldEmpty = false;
      this.#listKey = '';
      only = undefined;
    } else if (!only && listKey === this.#listKey && records.length === this.#lastRecords.length && records.every((r, i) => r === this.#lastRecords[i])) {
      return null; // the read cache's same objects: nothing changed, nothing to serialize
    }
    const listNews = listKey !== this.#listKey;
    this.#listKey = listKey;
    this.#lastRecords = records;
    if (records.length === 0) {
      if (this.#toldEmpty && !listNews) return null;
      this.#toldEmpty = true;
      return [];
    }
    this.#toldEmpty = false;
    const fresh = (only ?? records).filter((r) => {
      const told = this.#told.get(keyOf(r));
      if (told?.record === r) return false; // the read cache's same object
      const news = newsKey(r);
      if (told?.news !== news) return true;
      told.record = r; // the same news in a new object: known at a glance next time
      return false;
    });
    return fresh.length > 0 || listNews ? fresh : null;
  }

  /** Marks these records as told (unless a preview's, `tell` false); the number names the report for its reply. */
  sending(records: readonly PageRecord[], tell = true): number {
    if (tell) for (const r of records) this.#told.set(keyOf(r), { record: r, news: newsKey(r) });
    return ++this.#sent;
  }

  /**
   * The background's reply to report `seq`, about `records`. True when it came under other settings than the
   * bases kept so far: every record is then news again, so that its basis is worked out anew.
   */
  answered(seq: number, records: readonly PageRecord[], reply: PageReply): boolean {
    const { bases, ...context } = reply;
    this.context = context;
    records.forEach((r, i) => this.#take(seq, r, bases[i] ?? null));
    const settingsKey = JSON.stringify(context.settings);
    const changed = this.#settingsKey !== null && settingsKey !== this.#settingsKey;
    this.#settingsKey = settingsKey;
    if (changed) {
      this.#told.clear();
      this.#lastRecords = [];
    }
    return changed;
  }

  /** No reply yet (it is being sent again): these records show without the rules meanwhile. */
  offline(seq: number, records: readonly PageRecord[]): void {
    for (const r of records) if (this.#bases.get(keyOf(r)) === undefined) this.#take(seq, r, offlineBasis(r));
  }

  /** No reply at all: these records are told again next time, and shown meanwhile without the rules. */
  unanswered(seq: number, records: readonly PageRecord[]): void {
    this.#lastRecords = [];
    this.#listKey = '';
    for (const r of records) {
      this.#told.delete(keyOf(r));
      this.#take(seq, r, offlineBasis(r));
    }
  }

  /** Everything on the page is news again (the log or the settings changed): the next reading reports it all. */
  forget(): void {
    this.#listKey = '';
    this.#told.clear();
    this.#lastRecords = [];
    this.#toldEmpty = false;
    this.#settingsKey = null; // the reply under new settings is the answer to this, not a reason to report again
  }

  #take(seq: number, record: PageRecord, basis: BadgeBasis | null): void {
    const key = keyOf(record);
    if ((this.#bases.get(key)?.seq ?? 0) <= seq) this.#bases.set(key, { seq, basis });
  }
}
