/**
 * Benches 4 and 6 in Node (they import lib/*.ts, so they run through vitest; test/bench/run.mjs starts this
 * file with test/bench/vitest.bench.config.ts and reads the figures it writes to $BENCH_OUT as JSON):
 * - the popup's query, summarize(), over 100,000 tickets and 10,000 questions in fake-indexeddb, side by side
 *   with a full-table scan computing the same answer (counts and the nearest 100);
 * - the reminder planner over 1,000 open items, and how many alarms a reminder run over them registers.
 * Not part of any test suite: every figure is a measurement, nothing here asserts a time.
 */
import { expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runReminders } from '@/lib/background/reminders';
import { itemDeadlines } from '@/lib/record-deadlines';
import { nextCountChange, planReminders, type PlanItem } from '@/lib/reminders/planner';
import { DEFAULT_SETTINGS, type RuleSettings } from '@/lib/rules/settings';
import { HOUR_MS } from '@/lib/rules/shanghai';
import { openSentinelDb } from '@/lib/store/db';
import { itemFactsOf } from '@/lib/store/derive';
import { addPenalty, openItems } from '@/lib/store/log';
import { summarize } from '@/lib/store/summary';
import type { LogItem } from '@/lib/store/types';
import { bigLog, DEFAULT_SHAPE } from './lib/log-data';
import { sameAnswer, scanSummary, type Answer } from './lib/scan';
import { installI18n } from '../support/i18n';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIMIT = 100;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}

function planItemsOf(items: LogItem[], s: RuleSettings): PlanItem[] {
  return items.map((i) => ({ key: i.key, deadlines: itemDeadlines(itemFactsOf(i), s) }));
}

/** Median ms per call of `f`, each sample averaging `reps` calls. */
function perCall(f: () => unknown, reps: number): { median: number; samples: number[] } {
  const samples: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const start = performance.now();
    for (let k = 0; k < reps; k++) f();
    samples.push((performance.now() - start) / reps);
  }
  samples.shift(); // warm-up
  return { median: median(samples), samples };
}

it('store and planner benches', { timeout: 900_000 }, async () => {
  const s = DEFAULT_SETTINGS;
  const now = Date.now();
  const out: Record<string, unknown> = { runs: RUNS, shape: DEFAULT_SHAPE };

  // ── the popup's query over a large log
  const built = await timed(() => bigLog(now, s));
  const { tickets, questions } = built.value;
  const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const seeded = await timed(async () => {
    await db.tickets.bulkPut(tickets);
    await db.questions.bulkPut(questions);
    for (const days of [3, 12, 25]) await addPenalty(db, { at: now - days * 24 * HOUR_MS, points: 1, rule: 'invoice', source: 'page', ticketKey: `invoice:x${days}` });
  });
  out.seed = { buildMs: built.ms, putMs: seeded.ms, tickets: await db.tickets.count(), questions: await db.questions.count() };

  const query: number[] = [];
  const scan: number[] = [];
  let answers: { query: Answer; scan: Answer } | null = null;
  for (let r = 0; r < RUNS + 1; r++) {
    // Alternating order, so that neither always runs on the warmer cache.
    const order = r % 2 ? (['scan', 'query'] as const) : (['query', 'scan'] as const);
    const got: Partial<Record<'query' | 'scan', { ms: number; value: Answer }>> = {};
    for (const which of order) got[which] = await timed(() => (which === 'query' ? summarize(db, now, s, LIMIT) : scanSummary(db, now, s, LIMIT)));
    if (r === 0) {
      answers = { query: got.query!.value, scan: got.scan!.value };
      continue; // warm-up
    }
    query.push(got.query!.ms);
    scan.push(got.scan!.ms);
  }
  const a = answers!;
  out.summary = {
    queryMs: median(query),
    scanMs: median(scan),
    querySamples: query,
    scanSamples: scan,
    same: sameAnswer(a.query, a.scan, now),
    counts: { overdue: a.query.overdue, dueSoon: a.query.dueSoon, atRisk: a.query.atRisk, qaWaiting: a.query.qaWaiting, items: a.query.items.length },
    open: { tickets: tickets.filter((t) => t.status === 'open').length, questions: questions.filter((q) => q.status === 'open').length },
  };

  // ── the reminder planner over 1,000 open items
  const open = (await openItems(db)).slice(0, 1000);
  const inputs = perCall(() => planItemsOf(open, s), 3);
  const planItems = planItemsOf(open, s);
  const leads = s.reminderLeadMinutes;
  const first = planReminders(planItems, new Map(), leads, now);
  const steady = new Map(first.sent.map((st) => [st.key, st]));
  out.planner = {
    items: planItems.length,
    deadlines: planItems.reduce((n, p) => n + p.deadlines.length, 0),
    inputsMs: inputs.median,
    firstRunMs: perCall(() => planReminders(planItems, new Map(), leads, now), 20).median,
    steadyMs: perCall(() => planReminders(planItems, steady, leads, now), 20).median,
    countChangeMs: perCall(() => nextCountChange(planItems, s.dueSoonHours * HOUR_MS, now), 20).median,
    due: first.due.length,
  };

  // ── alarms registered by one reminder run over those items (fake browser, as the unit tests use it)
  fakeBrowser.reset();
  installI18n();
  let notifications = 0;
  fakeBrowser.notifications.create = (async (id: string) => {
    notifications += 1;
    return id;
  }) as unknown as typeof fakeBrowser.notifications.create;
  fakeBrowser.notifications.getAll = (async () => ({})) as unknown as typeof fakeBrowser.notifications.getAll;
  fakeBrowser.notifications.clear = (async () => true) as typeof fakeBrowser.notifications.clear;
  fakeBrowser.action.setBadgeText = (async () => undefined) as typeof fakeBrowser.action.setBadgeText;
  fakeBrowser.action.setBadgeBackgroundColor = (async () => undefined) as typeof fakeBrowser.action.setBadgeBackgroundColor;
  fakeBrowser.action.setTitle = (async () => undefined) as typeof fakeBrowser.action.setTitle;
  const small = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await small.tickets.bulkPut(open.filter((i) => i.kind !== 'qa') as typeof tickets);
  await small.questions.bulkPut(open.filter((i) => i.kind === 'qa') as typeof questions);
  const run = await timed(() => runReminders(small, () => now));
  const again = await timed(() => runReminders(small, () => now + 60_000));
  const alarms = await fakeBrowser.alarms.getAll();
  out.alarms = { count: alarms.length, names: alarms.map((x) => x.name), notifications, runMs: run.ms, secondRunMs: again.ms };

  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(out, null, 2));
  else console.log(JSON.stringify(out, null, 2));
  expect(out.summary).toBeDefined();
});
