/**
 * Bench 10 in the browser: the seller's earlier answers for one question over a log of 10,000 answers, through
 * the answer index (lib/answers/suggest.ts) and through a full scan that computes the same top three (every
 * logged question's terms scanned for each query: document frequencies, the same BM25+ scores MiniSearch gives,
 * the same candidate cut, evidence check and order). Bundled by answers.mjs and evaluated in a Chromium page.
 */
import { AnswerIndex, BM25, CANDIDATES, idf, MIN_SHARED, rankSuggestions, type AnswerSuggestion, type SellerAnswer } from '@/lib/answers/suggest';
import { questionTerms } from '@/lib/answers/tokens';

/** A deterministic PRNG (mulberry32): the same log on every run. */
function random(start: number): () => number {
  let a = start;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GOODS = ['羽绒服', '围巾', '充电器', '面霜', '坚果', '保温杯', '运动鞋', '床单', '耳机', '背包', '口红', '茶叶', '台灯', '雨伞', '手表', '毛衣', '牛仔裤', '蓝牙音箱', '电饭煲', '枕头'];
const ASKS = [
  '{g}会不会起球', '{g}洗了会缩水吗', '{g}有没有色差', '{g}是正品吗', '{g}保质期多久', '{g}发什么快递', '{g}多久能到', '{g}质量怎么样',
  '{g}尺码偏大还是偏小', '{g}冬天穿冷不冷', '{g}有异味吗', '{g}可以机洗吗', '{g}容易坏吗', '{g}送人合适吗', '{g}有礼盒包装吗', '{g}噪音大不大',
  '{g}续航多久', '{g}敏感肌能用吗', '{g}孕妇能用吗', '{g}适合老人吗', '{g}掉色吗', '{g}防水吗', '{g}重不重', '{g}保修多久', '{g}支持七天无理由吗',
];
const PLACES = ['', '南方', '北方', '东北', '广州', '上海', '夏天', '冬天', '宿舍', '办公室'];

export function sellerAnswers(count: number): SellerAnswer[] {
  const rnd = random(20261201);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const question = `${pick(PLACES)}${pick(ASKS).replace('{g}', pick(['这款', '这个', '', '请问']) + pick(GOODS))}${pick(['', '？', '呢', '啊'])}`;
    return { key: `a${i}`, questionKey: `qa:q${i}`, itemId: String(600_000_000_000 + Math.floor(rnd() * 300)), question, text: `回答${i}:${question}` };
  });
}

export const PROBES = ['南方冬天穿这件羽绒服冷不冷', '围巾洗了缩水吗', '充电器是不是正品', '面霜敏感肌可以用吗', '坚果保质期是多久', '保温杯有没有异味', '耳机续航时间多长', '可以开发票吗'];

/** The full scan: per query, every indexed question's terms, the same scores and choices as AnswerIndex.suggest. */
export function fullScan(docs: readonly { answer: SellerAnswer; terms: readonly string[] }[], question: string, itemId: string | undefined): AnswerSuggestion[] {
  const query = questionTerms(question);
  const withTerm = new Map<string, number>();
  let length = 0;
  for (const d of docs) {
    length += d.terms.length;
    for (const t of d.terms) withTerm.set(t, (withTerm.get(t) ?? 0) + 1);
  }
  const n = docs.length;
  const avg = length / n;
  const weight = (t: string) => idf(n, withTerm.get(t) ?? 0);
  const evidence = (terms: readonly string[], common: readonly string[]) => {
    const total = terms.reduce((s, t) => s + weight(t), 0);
    return total === 0 ? 0 : common.reduce((s, t) => s + weight(t), 0) / total;
  };
  const scored: { answer: SellerAnswer; score: number; common: string[]; terms: readonly string[] }[] = [];
  for (const d of docs) {
    const common = query.filter((t) => d.terms.includes(t));
    if (common.length === 0) continue;
    const norm = BM25.k * (1 - BM25.b + (BM25.b * d.terms.length) / avg);
    const score = common.reduce((s, t) => s + weight(t) * (BM25.d + (BM25.k + 1) / (1 + norm)), 0) * common.length;
    scored.push({ answer: d.answer, score, common, terms: d.terms });
  }
  scored.sort((x, y) => y.score - x.score);
  const kept = scored.slice(0, CANDIDATES).filter((s) => (evidence(query, s.common) + evidence(s.terms, s.common)) / 2 >= MIN_SHARED);
  return rankSuggestions(kept, itemId);
}

let index: AnswerIndex | null = null;
let docs: { answer: SellerAnswer; terms: string[] }[] = [];

/** Builds the index and the scan's term lists over `count` answers; returns the build time of each. */
export function build(count: number): { indexMs: number; termsMs: number } {
  const answers = sellerAnswers(count);
  let t = performance.now();
  index = new AnswerIndex();
  index.add(answers);
  const indexMs = performance.now() - t;
  t = performance.now();
  docs = answers.map((answer) => ({ answer, terms: questionTerms(answer.question) }));
  return { indexMs, termsMs: performance.now() - t };
}

/** Whether both give the same suggestions for every probe, and how many probes got any. */
export function check(): { same: number; offered: number; probes: number } {
  let same = 0;
  let offered = 0;
  for (const [i, q] of PROBES.entries()) {
    const item = String(600_000_000_000 + i);
    const a = index!.suggest(q, item);
    if (JSON.stringify(a) === JSON.stringify(fullScan(docs, q, item))) same += 1;
    if (a.length > 0) offered += 1;
  }
  return { same, offered, probes: PROBES.length };
}

/** Milliseconds per question for all probes through `which`. */
export function time(which: 'index' | 'scan'): number {
  const t = performance.now();
  for (const [i, q] of PROBES.entries()) {
    const item = String(600_000_000_000 + i);
    if (which === 'index') index!.suggest(q, item);
    else fullScan(docs, q, item);
  }
  return (performance.now() - t) / PROBES.length;
}
