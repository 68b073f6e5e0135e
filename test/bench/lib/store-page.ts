/**
 * The popup query bench inside Chromium, on the browser's own IndexedDB: test/bench/run.mjs bundles this file
 * (esbuild, IIFE `__sentinelBench`) and evaluates it in the extension's popup page, whose database it fills.
 */
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { HOUR_MS } from '@/lib/rules/shanghai';
import { openSentinelDb } from '@/lib/store/db';
import { addPenalty } from '@/lib/store/log';
import { summarize } from '@/lib/store/summary';
import { bigLog, DEFAULT_SHAPE } from './log-data';
import { sameAnswer, scanSummary } from './scan';

const LIMIT = 100;
const db = () => openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });

/** Writes the large log (as the Node bench builds it) into the page's database; returns ms and row counts. */
export async function seed(now: number): Promise<{ ms: number; tickets: number; questions: number }> {
  const start = performance.now();
  const { tickets, questions } = bigLog(now, DEFAULT_SETTINGS, DEFAULT_SHAPE);
  const d = db();
  for (let k = 0; k < tickets.length; k += 10_000) await d.tickets.bulkPut(tickets.slice(k, k + 10_000));
  await d.questions.bulkPut(questions);
  for (const days of [3, 12, 25]) await addPenalty(d, { at: now - days * 24 * HOUR_MS, points: 1, rule: 'invoice', source: 'page', ticketKey: `invoice:x${days}` });
  const counts = { tickets: await d.tickets.count(), questions: await d.questions.count() };
  d.close();
  return { ms: performance.now() - start, ...counts };
}

/** Whether summarize() and the full scan give the same answer (also the warm-up of both). */
export async function check(now: number): Promise<boolean> {
  const d = db();
  const same = sameAnswer(await summarize(d, now, DEFAULT_SETTINGS, LIMIT), await scanSummary(d, now, DEFAULT_SETTINGS, LIMIT), now);
  d.close();
  return same;
}

/** One timed run of summarize() (`query`) or of the scan, in ms. The bench collects garbage between runs. */
export async function time(which: 'query' | 'scan', now: number): Promise<number> {
  const d = db();
  await d.open();
  const start = performance.now();
  await (which === 'query' ? summarize(d, now, DEFAULT_SETTINGS, LIMIT) : scanSummary(d, now, DEFAULT_SETTINGS, LIMIT));
  const ms = performance.now() - start;
  d.close();
  return ms;
}
