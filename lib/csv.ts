/**
 * CSV for Excel and WPS (the tools sellers use): RFC 4180 quoting, CRLF line ends, a UTF-8 BOM so Chinese
 * opens correctly. Every cell is page text, hence hostile: a cell that a spreadsheet would run as a formula
 * (= + - @ tab CR at its start) gets a leading `'` and shows as typed.
 *
 * Order, work-order, item and question numbers that are all digits are written as ="3289100000000000101":
 * Excel and WPS show that as exactly that text, where a bare 19-digit number would become 3.2891E+18 and lose
 * its last digits. It is the one formula written, and only digits can appear inside it, so it cannot run anything.
 */
import { deadlineLabel, leftListText } from './badges/format';
import { t } from './i18n';
import { itemDeadlines } from './record-deadlines';
import type { RuleSettings } from './rules/settings';
import { SHANGHAI_OFFSET_MS, shanghaiIso } from './rules/shanghai';
import { itemFactsOf } from './store/derive';
import type { LoggedAnswer, LogItem, QaEntry, Ticket } from './store/types';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/; // full-width forms too: some spreadsheets fold them
const DIGITS_AS_TEXT = /^="\d{1,64}"$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A spreadsheet cell that shows these digits as text, exactly (see above); other ids stay plain text. */
export function idCell(id: string | undefined): string {
  if (id === undefined) return '';
  return /^\d{1,64}$/.test(id) ? `="${id}"` : id;
}

function cell(value: string): string {
  const safe = FORMULA_START.test(value) && !DIGITS_AS_TEXT.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows → CSV text, BOM first, every line (the last too) ending in CRLF. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}


/** `2022-12-25 23:59` in Asia/Shanghai, whatever the browser's zone; '' for no time. */
export function shanghaiDateTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15 - SHANGHAI_OFFSET_MS) return '';
  const iso = shanghaiIso(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Every open deadline, one per line: `开票时效(…) 2022-12-15 23:59`. */
function deadlines(item: LogItem, settings: RuleSettings): string {
  try {
    return itemDeadlines(itemFactsOf(item), settings)
      .map((d) => `${deadlineLabel(d.key, settings)} ${shanghaiDateTime(d.at)}`)
      .join('\n');
  } catch {
    return t('csv_deadlines_unknown'); // a fact out of the rules' range: the row itself is still worth exporting
  }
}

function closedBy(item: LogItem): string {
  if (item.closedBy === 'list') return leftListText(item); // its evidence: which list, when read whole, how many rows
  return item.closedBy === undefined ? '' : t(item.closedBy === 'page' ? 'csv_closed_by_page' : 'csv_closed_by_user');
}

const seen = (item: LogItem) => [shanghaiDateTime(item.firstSeenAt), shanghaiDateTime(item.lastSeenAt)];
const SEEN_HEADER = () => [t('csv_first_seen'), t('csv_last_seen')];

export function ticketsCsv(tickets: readonly Ticket[], settings: RuleSettings): string {
  const header = [
    t('csv_kind'), t('csv_status'), t('csv_order_id'), t('csv_work_order_id'), t('csv_requested_at'), t('csv_work_order_created_at'),
    t('csv_last_update_at'), t('csv_province'), t('csv_deadlines'), t('csv_final_due'), ...SEEN_HEADER(), t('csv_closed_at'), t('csv_closed_by'), t('csv_url'),
  ];
  const rows = tickets.map((item) => [
    t(`kind_${item.kind}`), t(`csv_status_${item.status}`), idCell(item.orderId), idCell(item.workOrderId),
    shanghaiDateTime(item.requestedAt), shanghaiDateTime(item.workOrderCreatedAt), shanghaiDateTime(item.lastUpdateAt), item.province ?? '',
    deadlines(item, settings), shanghaiDateTime(item.finalDueAt), ...seen(item), shanghaiDateTime(item.closedAt), closedBy(item), item.url,
  ]);
  return toCsv([header, ...rows]);
}

/** The seller's answers first, then by when they were answered. */
const answerOrder = (a: LoggedAnswer, b: LoggedAnswer) => Number(b.by === 'seller') - Number(a.by === 'seller') || (a.at ?? 0) - (b.at ?? 0);

/**
 * One row per question and logged answer (answerer, time, text), a question without answers on one row with
 * those cells empty; answers whose question the log no longer holds are left out.
 */
export function answersCsv(questions: readonly QaEntry[], answers: readonly LoggedAnswer[] = []): string {
  const header = [
    t('csv_question_id'), t('csv_item_id'), t('csv_question'), t('csv_status'), t('csv_asked_at'), t('csv_answer_count'),
    t('csv_item_qa_count'), t('csv_answered_at'), t('csv_answer'), t('csv_suggest_at'), ...SEEN_HEADER(), t('csv_closed_at'), t('csv_url'),
    t('csv_answer_by'), t('csv_answer_at'), t('csv_answer_text'),
  ];
  const byQuestion = new Map<string, LoggedAnswer[]>();
  for (const a of answers) byQuestion.set(a.questionKey, [...(byQuestion.get(a.questionKey) ?? []), a]);
  const rows = questions.flatMap((q) => {
    const facts = [
      idCell(q.id), idCell(q.itemId), q.question ?? '', t(`csv_status_${q.status}`), shanghaiDateTime(q.askedAt), count(q.buyerAnswerCount),
      count(q.itemQaCount), shanghaiDateTime(q.answeredAt), q.answerText ?? '', shanghaiDateTime(q.finalDueAt), ...seen(q), shanghaiDateTime(q.closedAt), q.url,
    ];
    const own = (byQuestion.get(q.key) ?? []).sort(answerOrder);
    return own.length === 0 ? [[...facts, '', '', '']] : own.map((a) => [...facts, t(`answers_by_${a.by}`), shanghaiDateTime(a.at), a.text]);
  });
  return toCsv([header, ...rows]);
}
