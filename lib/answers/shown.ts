/**
 * The answers a page showed under a question (PageRecord.answers, as the content script read them), read in the
 * background: the text without the page's 展开/收起 control, the answer's time, and whether the seller wrote it
 * (the drawer's 卖家回答 tab, or a 商家/卖家/掌柜 mark beside the answer).
 */
import { knowledgeVersion } from '../pages/knowledge';
import type { PageRecord } from '../pages/records';
import { useShippedKnowledge } from '../pages/shipped-knowledge';
import { readTime } from '../pages/text/time';
import { WORDS } from '../pages/words';
import { plainText } from './plain';

export interface AnswerReading {
  text: string;
  /** When it was answered, as the page shows it; absent when it shows no time. */
  at?: number;
  seller: boolean;
}

/** Seen 2026-12: the drawer's 卖家回答 tab (node_admin's userscript); 商家/掌柜/官方 marks a guess from the product pages. */
const SELLER_MARKS = ['卖家', '商家', '掌柜', '官方'];
/** An answer's time in the forms readTime reads (2026-06-28 10:11:12, 2026年6月28日, 06-28 10:11, 昨天 10:11). */
const ANSWER_TIME = /(?:\d{4} ?[-/.年] ?)?\d{1,2} ?[-/.月] ?\d{1,2} ?日?(?:[ T]?\d{1,2}:\d{2}(?::\d{2})?)?|(?:今天|昨天|前天) ?\d{1,2}:\d{2}(?::\d{2})?/;

/**
 * What of an answer's row the log reads, and nothing more: its seller marks and its time. The background keeps this
 * in place of the row on receipt (record-check.ts), so the answerer's name is in no journal or log.
 */
export function answerFacts(by: string): string {
  const plain = plainText(by);
  return [...SELLER_MARKS.filter((mark) => plain.includes(mark)), ANSWER_TIME.exec(plain)?.[0] ?? ''].join(' ').trim();
}

/** The drawer's expand control, which sits inside the answer's cell (ask-all-drawer-open fixture). */
const EXPAND_CONTROL = /^(?:展开|收起)\s+|\s+(?:展开|收起)$/g;

/** One shown answer, or null when it is none (the table's 暂无数据 row, an empty text). */
export function readAnswer(shown: { text: string; by: string }, now: number): AnswerReading | null {
  // The page readers (readTime) read with the page knowledge, which no one installs in the background.
  if (knowledgeVersion() === 0) useShippedKnowledge();
  const text = shown.text.replace(EXPAND_CONTROL, '').trim();
  if (text === '' || WORDS.noData.some((w) => plainText(text) === w)) return null;
  const by = plainText(shown.by);
  const reading: AnswerReading = { text, seller: SELLER_MARKS.some((mark) => by.includes(mark)) };
  const at = readTime(by, now);
  if (at.ok) reading.at = at.value;
  return reading;
}

/** A question record's shown answers, read; each text once (the same answer in two tabs counts once, the seller's way). */
export function readAnswers(r: PageRecord, now: number): AnswerReading[] {
  const byText = new Map<string, AnswerReading>();
  for (const shown of r.answers ?? []) {
    const reading = readAnswer(shown, now);
    const seen = reading && byText.get(reading.text);
    if (reading && (!seen || (reading.seller && !seen.seller))) byText.set(reading.text, reading);
  }
  return [...byText.values()];
}

/** Whether the page showed the seller's own answer to this question: then it is answered, whatever its count says. */
export const sellerAnswered = (readings: readonly AnswerReading[]): boolean => readings.some((a) => a.seller);
