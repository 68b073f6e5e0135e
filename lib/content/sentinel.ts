/**
 * The content script's work: read the page, badge every row with a deadline, report the records to the
 * background, keep countdowns live. Never throws into the seller's page and never changes it beyond
 * its own badge hosts; everything stops when `signal` aborts (navigation away, extension reloaded).
 */
import { h, render } from 'preact';
import { Badge } from '@/components/Badge';
import { badgeModel } from '../badges/badge-model';
import type { BadgeContext } from '../badges/context';
import type { PageReport } from '../messages';
import { detectPage } from '../pages/detect';
import { readPage } from '../pages/read-page';
import { pageOutline, unreadRowCount } from '../pages/outline';
import type { PageRecord, RowRecord } from '../pages/records';
import { DEFAULT_SETTINGS } from '../rules/settings';
import { hostFor, removeHostsExcept, type BadgeHost } from './badge-hosts';
import { observePage } from './page-observer';

export interface SentinelDeps {
  /** Sends the page's records; resolves to the context (settings, ledger) for the badges. */
  report(report: PageReport): Promise<BadgeContext | undefined>;
  now(): number;
  /** Where failures go instead of the page's console errors. */
  warn(error: unknown): void;
  /** False once the extension was reloaded or disabled under this script; checking it ends this script's work. */
  alive(): boolean;
}

const CAPTCHA = '#nc_1_wrapper';
const TICK_MS = 30_000;

interface Shown {
  kind: PageRecord['kind'];
  record: PageRecord;
  badge: BadgeHost;
}

export function startSentinel(doc: Document, deps: SentinelDeps, signal: AbortSignal): { pass(): void } {
  let context: BadgeContext = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };
  let rows: RowRecord[] = [];
  let shown: Shown[] = [];
  let lastSent = '';

  const paint = (now: number) => {
    for (const s of shown) {
      const model = badgeModel(s.record, now, context.settings);
      if (model) render(h(Badge, { kind: s.kind, model, now, context }), s.badge.mount);
    }
  };

  /** A countdown read again a moment later moves by milliseconds: that alone is not news for the log. */
  const reportKey = (href: string, records: PageRecord[]) =>
    JSON.stringify([href, records.map((r) => (r.pageDeadline === undefined ? r : { ...r, pageDeadline: Math.round(r.pageDeadline / 60_000) }))]);

  const send = (href: string, records: PageRecord[], now: number) => {
    const pageKind = detectPage(href);
    const key = reportKey(href, records);
    if (!pageKind || key === lastSent) return;
    lastSent = key;
    const report: PageReport = { type: 'page-report', url: href, pageKind, seenAt: now, records };
    // A page kind we know, showing rows we could not read: its markup changed. Send its shape, no data.
    if (records.length === 0 && pageKind !== 'seller-other' && unreadRowCount(doc) > 0) report.outline = pageOutline(doc.documentElement);
    deps
      .report(report)
      .then((ctx) => {
        if (ctx && !signal.aborted && JSON.stringify(ctx) !== JSON.stringify(context)) {
          context = ctx;
          badgeRows(deps.now()); // the settings may hide some kinds; nothing is read or sent again
        }
      })
      .catch(deps.warn);
  };

  /** Puts a badge in every row of the last reading that has something to show, and removes the others. */
  const badgeRows = (now: number) => {
    const kinds = new Set(context.settings.badgeKinds);
    const next: Shown[] = [];
    for (const { record, row } of rows) {
      if (!kinds.has(record.kind) || !badgeModel(record, now, context.settings)) continue;
      next.push({ kind: record.kind, record, badge: hostFor(row, `${record.kind}:${record.id}`) });
    }
    shown = next;
    removeHostsExcept(new Set(next.map((x) => x.badge.host)), (b) => render(null, b.mount));
    paint(now);
  };

  const pass = () => {
    try {
      if (!deps.alive() || signal.aborted || doc.querySelector(CAPTCHA)) return; // resumes when the captcha's removal mutates the page
      const now = deps.now();
      const href = doc.location?.href ?? '';
      rows = readPage(doc, href, now);
      badgeRows(now);
      send(href, rows.map((r) => r.record), now);
    } catch (error) {
      deps.warn(error);
    }
  };

  observePage(doc.documentElement, pass, signal);
  const timer = setInterval(() => {
    if (deps.alive() && doc.visibilityState === 'visible') paint(deps.now());
  }, TICK_MS);
  const onVisible = () => doc.visibilityState === 'visible' && paint(deps.now());
  doc.addEventListener('visibilitychange', onVisible);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisible);
    removeHostsExcept(new Set(), (b) => render(null, b.mount));
  });
  pass();
  return { pass };
}
