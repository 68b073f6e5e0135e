/**
 * The content script's work: read the page, report the records to the background, put a badge host in every
 * row the background's reply gives a deadline (the rules run there, off the seller's page), draw the badges
 * of rows on or near the screen, keep countdowns live. Never throws into the seller's page and never changes
 * it beyond its own badge hosts; everything stops when `signal` aborts (navigation away, extension reloaded).
 */
import { render } from 'preact';
// The JSX runtime's factory, which Badge.tsx brings anyway: one vnode factory in the content script, not two.
import { jsx } from 'preact/jsx-runtime';
import { Badge } from '@/components/Badge';
import { badgeAt, type BadgeBasis } from '../badges/badge-model';
import type { BadgeContext } from '../badges/context';
import type { PageReply, PageReport } from '../messages';
import { detectPage } from '../pages/detect';
import { ReadCache, RECORD_TTL_MS } from '../pages/read-cache';
import { readPageSteps } from '../pages/read-page';
import { pageOutline, unreadRowCount } from '../pages/outline';
import type { PageRecord, RowRecord } from '../pages/records';
import type { ListReading } from '../pages/list-reading';
import { ROWS_PER_STEP, type Steps } from '../steps';
import { hostFor, removeHostsExcept, shown, type BadgeHost } from './badge-hosts';
import type { NearScreen } from './near-screen';
import { keyOf, PageReports } from './page-reports';
import { chunks, untilAnswered } from './report-queue';
import { observePage } from './page-observer';
import { runInSlices, type SliceRun } from './slices';
import { withPageData, type MergeWords } from '../platform/merge';
import type { PageData } from '../platform/page-data';

export interface SentinelDeps {
  /** Sends the page's records; resolves to the badges' context and each record's basis (background/page-reports.ts). */
  report(report: PageReport): Promise<PageReply | undefined>;
  now(): number;
  /** Where failures go instead of the page's console errors. */
  warn(error: unknown): void;
  /** False once the extension was reloaded or disabled under this script; checking it ends this script's work. */
  alive(): boolean;
  /** Which rows are near the screen (near-screen.ts): only their badges are drawn. */
  nearScreen(onNear: (rows: Element[]) => void): NearScreen;
  /** The badges' context before the first reply (the background's, sent with the page knowledge). */
  context: BadgeContext;
  /** Most records one report carries; report-queue.ts CHUNK without it. */
  chunk?: number;
  /** The badges' stylesheet, from the background with the knowledge. */
  css: string;
  /** The seller's 撤销 on a badge marked handled: asks the background to reopen the item (log key). */
  reopen?(key: string): void;
  /** The worker left a report unanswered (true) or answered again (false): the page's grey notice (issue 23). */
  silent?(on: boolean): void;
  /** The badge's "相似问题的历史回答": asks the background to open the popup, which lists them. */
  answers?(): void;
  /** What the page's own requests said (lib/platform): matched with the rows read, by order number. */
  pageData?: { data: PageData; words: MergeWords };
  /**
   * The page is still arriving (its HTML parsed, document.readyState 'loading'): only a preview of its first
   * rows is read, once they are all there; nothing is told of a page half read. The whole reading waits for
   * DOMContentLoaded.
   */
  loading?(): boolean;
}

const CAPTCHA = '#nc_1_wrapper';
const TICK_MS = 30_000;
/**
 * A page's first reading stops after this many rows of each table (about two screens of a list), which are
 * reported as a preview and badged before the rest is read: the screen's badges do not wait for a long
 * list's last row and the log write of all of them (issue 24). The whole reading follows the preview's reply.
 */
export const FIRST_ROWS = 20;

interface Badged {
  kind: PageRecord['kind'];
  basis: BadgeBasis;
  row: Element;
  badge: BadgeHost;
  /** What it was last drawn from (drawnFrom), or null when it is to be drawn: an equal reply draws nothing again. */
  drawn: string | null;
}

export function startSentinel(doc: Document, deps: SentinelDeps, signal: AbortSignal): { pass(): void; refresh(): void } {
  const reports = new PageReports(deps.context);
  let badged: Badged[] = [];
  let byRow = new Map<Element, Badged[]>();
  let byKey = new Map<string, Badged>();
  /** What each host showed after the last pass: a badge whose basis did not change need not be drawn again. */
  const onHost = new WeakMap<BadgeHost, Badged>();
  let running: SliceRun | null = null;
  let observing = false;
  /** A pass asked for while one was running, run when it ends: whether it reads the page (true) or only badges. */
  let pending: boolean | null = null;
  /** The address whose first rows were read as a preview: its later readings are whole. */
  let previewed: string | null = null;
  /** A preview was sent: the page is read whole once its reply is in (or given up). */
  let readRest = false;
  /** The last reading, badged again (not re-read) when a reply brings bases. */
  let lastRows: RowRecord[] = [];
  /** The last reading took some table as an adapter's own (read-page.ts understood): no outline however few records. */
  let understood = false;
  /** Each row of the last reading whole, by its place in lastRows, and when that reading was. */
  let rowAt = new Map<Element, number>();
  let readAt = -Infinity;
  const cache = new ReadCache();

  /** The countdown tick: started by the first badge drawn, so a page without one has no timer. */
  let timer: ReturnType<typeof setInterval> | undefined;
  const onVisible = () => doc.visibilityState === 'visible' && repaint(deps.now());
  doc.addEventListener('visibilitychange', onVisible);
  /** A badge's basis and context as text: the same text draws the same badge (but for its countdown, which ticks). */
  let contextJson: { context: BadgeContext; json: string } | null = null;
  const drawnFrom = (basis: BadgeBasis) => {
    if (contextJson?.context !== reports.context) contextJson = { context: reports.context, json: JSON.stringify(reports.context) };
    return `${contextJson.json}\u0000${JSON.stringify(basis)}`;
  };
  const draw = (b: Badged, now: number) => {
    b.drawn = drawnFrom(b.basis);
    timer ??= setInterval(() => deps.alive() && onVisible(), TICK_MS);
    const { context } = reports;
    render(jsx(Badge, { kind: b.kind, model: badgeAt(b.basis, now, context.settings), now, context, onUndo: deps.reopen, onAnswers: deps.answers }), shown(b.badge, deps.css));
  };
  const near = deps.nearScreen((rows) => {
    try {
      const now = deps.now();
      if (!signal.aborted) for (const row of rows) for (const b of byRow.get(row) ?? []) draw(b, now);
    } catch (error) {
      deps.warn(error);
    }
  });
  /** Redraws the badges on or near the screen; the others are drawn when they come near. */
  const repaint = (now: number) => {
    for (const b of badged) if (near.isNear(b.row)) draw(b, now);
  };

  const retry = { alive: () => deps.alive() && !signal.aborted, warn: deps.warn };

  /** One chunk until answered; after its first miss its rows show the page alone while it is sent again. */
  const sendChunk = async (report: PageReport, seq: number) => {
    await answerOf(report, seq);
    if (report.preview && readRest && !signal.aborted) {
      readRest = false;
      // After the next frame, which shows the preview's badges on screen (near-screen.ts); a page still arriving
      // is read whole on DOMContentLoaded instead.
      if (!deps.loading?.()) requestAnimationFrame(() => pass());
    }
  };
  const answerOf = async (report: PageReport, seq: number) => {
    const missed = () => {
      deps.silent?.(true);
      reports.offline(seq, report.records);
      pass(false);
    };
    const reply = await untilAnswered(() => deps.report(report), { ...retry, missed });
    if (signal.aborted) return;
    // New settings: read and report the page again; else badge the last reading with the new bases.
    if (reply) {
      deps.silent?.(false);
      if (reports.answered(seq, report.records, reply)) pass();
      else rebadge(report.records);
    } else {
      reports.unanswered(seq, report.records);
      pass(false);
    }
  };

  /** A long list's first rows (FIRST_ROWS), for their bases alone: not told as news, so the whole reading reports them. False when not sent. */
  const preview = (href: string, records: PageRecord[], now: number): boolean => {
    const pageKind = detectPage(href);
    if (!pageKind || records.length === 0) return false;
    const report: PageReport = { type: 'page-report', url: href, pageKind, seenAt: now, records: records.slice(0, deps.chunk), preview: true };
    void sendChunk(report, reports.sending(report.records, false));
    return true;
  };

  /** The page's news in chunks: the first goes now, each next one once the one before it is answered (or given up). */
  const send = (href: string, records: PageRecord[], now: number, only?: PageRecord[], list?: ListReading) => {
    const pageKind = detectPage(href);
    const news = pageKind && reports.news(href, records, only, list);
    if (!pageKind || !news) return;
    let previous: Promise<void> | null = null;
    for (const chunk of chunks(news, deps.chunk)) {
      // Every chunk carries the list: each one's rows are on it, and none closes a row of another.
      const report: PageReport = { type: 'page-report', url: href, pageKind, seenAt: now, records: chunk, list };
      // A page kind we know, showing rows we could not read: its markup changed. Send its shape, no data.
      if (records.length === 0 && !understood && pageKind !== 'seller-other' && unreadRowCount(doc) > 0) report.outline = pageOutline(doc.documentElement);
      const seq = reports.sending(chunk);
      previous = previous ? previous.then(() => sendChunk(report, seq)) : sendChunk(report, seq);
    }
  };

  /** New bases for rows that all have a badge: those alone are redrawn; else the whole last reading is badged again. */
  const rebadge = (records: readonly PageRecord[]) => {
    const now = deps.now();
    const all = records.map((r) => byKey.get(keyOf(r)));
    if (all.some((b) => !b || !reports.basis(b.badge.key))) return pass(false);
    for (const b of all as Badged[]) {
      const basis = reports.basis(b.badge.key)!;
      if (basis === b.basis) continue;
      b.basis = basis;
      // A preview's badge, the whole reading's reply agreeing with it: drawn already.
      if (b.drawn !== null && b.drawn === drawnFrom(basis)) continue;
      b.drawn = null;
      if (near.isNear(b.row)) draw(b, now);
    }
  };

  /** Puts a badge host in every row of the reading that has something to show, draws those near the screen, removes the others. */
  function* badgeRows(rows: RowRecord[], now: number): Steps<void> {
    const kinds = new Set(reports.context.settings.badgeKinds);
    const next: Badged[] = [];
    const nextByRow = new Map<Element, Badged[]>();
    const nextByKey = new Map<string, Badged>();
    for (const [i, { record, row }] of rows.entries()) {
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      const key = keyOf(record);
      const basis = reports.basis(key);
      if (!basis || !kinds.has(record.kind)) continue; // undefined: the background has not answered for it yet
      const badge = hostFor(row, key);
      const old = onHost.get(badge);
      const drawn = old?.drawn != null && (old.basis === basis || old.drawn === drawnFrom(basis)) ? old.drawn : null;
      const b: Badged = { kind: record.kind, basis, row, badge, drawn };
      onHost.set(badge, b);
      nextByKey.set(key, b);
      next.push(b);
      const list = nextByRow.get(row);
      if (list) list.push(b);
      else nextByRow.set(row, [b]);
    }
    for (const row of byRow.keys()) if (!nextByRow.has(row)) near.unwatch(row);
    for (const row of nextByRow.keys()) if (!byRow.has(row)) near.watch(row);
    badged = next;
    byRow = nextByRow;
    byKey = nextByKey;
    removeHostsExcept(new Set(next.map((b) => b.badge.host)));
    for (const b of next) if (!b.drawn && near.isNear(b.row)) draw(b, now);
  }

  function* passSteps(href: string, now: number, read: boolean, arriving: boolean): Steps<void> {
    const reading = read ? yield* readPageSteps(doc, href, now, cache, previewed === href && !arriving ? undefined : FIRST_ROWS) : null;
    // A page still arriving whose first rows are not all there yet: nothing is told of it.
    if (arriving && reading && !reading.cut) return;
    let rows = reading ? reading.records : lastRows;
    if (reading && deps.pageData) rows = withPageData(rows, deps.pageData.data, doc, detectPage(href), now, deps.pageData.words);
    if (reading) {
      understood = reading.understood > 0;
      rowAt = new Map(rows.map((r, i) => [r.row, i]));
      readAt = now;
    }
    lastRows = rows;
    yield* badgeRows(rows, now);
    if (reading?.cut) {
      previewed = href;
      readRest = true;
      // Nothing to preview: the rest is read at once.
      if (!preview(href, rows.map((r) => r.record), now)) pending = true;
    } else if (reading) send(href, rows.map((r) => r.record), now, undefined, reading.list);
  }

  /**
   * A change inside rows of the last reading, each of whose record came from that row alone: those rows are
   * read again and re-hosted, and only their news is told; the rest of the page is not looked at. False
   * when the page must be read whole (any other change, or the last whole reading is older than the cache's
   * reuse of records, whose relative times are read against the clock).
   */
  function rereadRows(changed: ReadonlySet<Node>, href: string, now: number): boolean {
    if (now - readAt >= RECORD_TTL_MS) return false;
    // Rows matched with the page's own data are read whole again, so a re-read row keeps what the data said.
    if (deps.pageData && (deps.pageData.data.invoices.size > 0 || deps.pageData.data.sold.size > 0)) return false;
    const rows = new Set<Element>();
    for (const node of changed) {
      const row = (node instanceof Element ? node : node.parentElement)?.closest('tr');
      if (!row || !rowAt.has(row)) return false;
      rows.add(row);
    }
    const reread: PageRecord[] = [];
    for (const row of rows) {
      const i = rowAt.get(row)!;
      const last = lastRows[i]!;
      const record = cache.reread(row, now, last.record) as PageRecord | string | null | undefined;
      if (!record || typeof record === 'string' || keyOf(record) !== keyOf(last.record)) return false;
      lastRows[i] = { record, row };
      reread.push(record);
      // The page may have re-rendered the cell that held the badge.
      for (const b of byRow.get(row) ?? []) {
        const badge = hostFor(row, b.badge.key);
        if (badge === b.badge) continue;
        b.badge = badge;
        onHost.set(badge, b);
        if (near.isNear(row)) draw(b, now);
      }
    }
    send(href, lastRows.map((r) => r.record), now, reread);
    return true;
  }

  /**
   * Reads the page again (or, after a reply, only badges the last reading again), in slices. A change during
   * a pass is read by one more pass once this one ends (rather than restarting it, which a page that changes
   * every frame would starve); its unchanged rows come from the cache.
   */
  function pass(read = true, changed?: ReadonlySet<Node> | null) {
    if (running) {
      pending = (pending ?? false) || read;
      return;
    }
    const ended = () => {
      running = null;
      if (pending !== null) {
        const next = pending;
        pending = null;
        pass(next);
      }
    };
    try {
      if (!deps.alive() || signal.aborted) return;
      const href = doc.location?.href ?? '';
      // A preview's reply, or DOMContentLoaded for a page still arriving, brings the whole reading: none before it.
      if (read && readRest) return;
      const arriving = deps.loading?.() ?? false;
      if (arriving && read && previewed === href) return;
      // No observer on a page with nothing to read (whose reading ends at once): a route change to a seller page passes
      // again; none on a page still arriving, whose parsing would wake it for every row.
      if (!observing && !arriving && detectPage(href)) {
        observing = true;
        observePage(doc.documentElement, (nodes) => pass(true, nodes), signal);
      }
      if (doc.querySelector(CAPTCHA)) return; // resumes when the captcha's removal mutates the page
      if (changed && rereadRows(changed, href, deps.now())) return;
      running = runInSlices(passSteps(href, deps.now(), read, arriving), ended, (error) => {
        deps.warn(error);
        ended();
      }, arriving);
    } catch (error) {
      deps.warn(error);
    }
  }

  /** While the page arrives, once a frame until its preview: a long list's first rows are badged before its last ones are parsed. */
  let trsTried = 0;
  const early = () => {
    if (signal.aborted || !deps.loading?.() || previewed !== null) return;
    const trs = doc.getElementsByTagName('tr').length;
    if (!running && trs > FIRST_ROWS && trs !== trsTried) {
      trsTried = trs;
      pass();
    }
    requestAnimationFrame(early);
  };

  signal.addEventListener('abort', () => {
    running?.cancel();
    clearInterval(timer);
    near.stop();
    doc.removeEventListener('visibilitychange', onVisible);
    removeHostsExcept(new Set());
  });
  if (deps.loading?.()) {
    // Once: a preview still unanswered is read whole after its reply instead.
    doc.addEventListener('DOMContentLoaded', () => readRest || pass(), { once: true, signal });
    requestAnimationFrame(early);
  } else pass();
  // The log or the settings changed elsewhere (the options page, the popup): report every row again, whose reply redraws them.
  const refresh = () => {
    reports.forget();
    pass();
  };
  return { pass, refresh };
}
