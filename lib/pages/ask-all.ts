/**
 * 问大家 management (`comment-manage/ask-all?itemParams=<itemId>`, older `rate.taobao.com/sellercenterv2/…/ask-all`):
 * one row per buyer question. The question cell also holds `提问人：…` and `提问时间：…`; the answers cell
 * `3条回答` or `暂无回答可展示`, and `还有179天可回答` (days left to answer, not a count). A row without a reply
 * button is still open: only the page's explicit marker (非有效问题, 无效) makes a question unanswerable. The
 * answer drawer and expanded answer rows list answers, never questions.
 *
 * id: the page's question id where it shows one, else `q-` + a hash of the item id and the normalized
 * question text: the same across days, the new and the legacy page, Simplified and Traditional.
 */
import { readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import { rawText, textOf } from './dom';
import { statusSays } from './fields/readers';
import type { PageRecord, RowRecord, ShownAnswer } from './records';
import { fail, normalizeText, ok, readCount, readTime, type Read } from './text';
import { stripInvisible } from './text/read';
import { hasAny } from './vocabulary';
import { toSimplifiedPage, words, wordsOf } from './knowledge';

/** The question is kept to this many characters: a 3,000-character text must not bloat every message. */
export const MAX_QUESTION = 500;

// Page knowledge, seen 2026-12 in public scripts for the ask-all pages (test/pages/SOURCES.md).
/** Where answers are listed: the 查看回答 drawer, the legacy page's expanded rows. Their rows are no questions. */
const ANSWER_CONTAINERS = '.next-drawer, .next-table-expanded-row, .answer-table-table';
const DRAWER_BODY = '.next-drawer-body';
const EXPANDED_ROW = '.next-table-expanded-row';
const QUESTION_ID_ATTRIBUTES = ['data-question-id', 'data-qid', 'data-questionid'];
const QUESTION_ID = /^[\w-]{1,64}$/;
const QUESTION_ID_IN_LINK = /[?&#](?:questionId|qid|question_id)=([\w-]{1,64})(?![\w-])/i;
const ITEM_ID_IN_LINK = /[?&](?:id|itemId|item_id)=(\d{6,20})(?!\d)/;
const ITEM_ID_IN_TEXT = /(?:^|ID ?:? ?)(\d{6,20})(?!\d)/i;
/** The 问 badge some lists put before the question (`问 冬天盖会起球吗？`); `问一下…` is left alone. */
const QUESTION_BADGE = /^[问問](?:[:：]\s*|\s+)/;
/** Where the question's own text ends in its cell: the asker and ask time that share it. */
const QUESTION_META = /\s提问(?:人|者|时间|日期) ?[:：]/;
/** `还有179天可回答`: the days left to answer, read by no count. */
const DAYS_LEFT = /还有 ?\d+ ?天 ?可?回答?/g;

function links(el: Element | undefined): string[] {
  if (!el) return [];
  const own = el.localName === 'a' ? [el.getAttribute('href') ?? ''] : [];
  return [...own, ...Array.from(el.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '')];
}

export function readItemIdText(text: string): Read<string> {
  const m = ITEM_ID_IN_TEXT.exec(normalizeText(text));
  return m ? ok(m[1]!) : fail('no item id in', text);
}

/** Buyer answers shown: `3条回答`, `暂无回答可展示` (0); the days left to answer are not a count. */
export function readAnswerCount(text: string): Read<number> {
  const counted = normalizeText(text).replace(DAYS_LEFT, ' ').trim();
  return counted === '' ? fail('no count in', text) : readCount(counted);
}

/**
 * The item id: the item's link or its `ID:…` line, else the page's (URL `itemParams`, summary `商品ID:…`).
 * An item cell showing only a title is no problem: the id is then absent.
 */
function readItemId(r: RowReader): string | undefined {
  for (const href of [...links(r.element('itemId')), ...links(r.row.row)]) {
    const m = ITEM_ID_IN_LINK.exec(href);
    if (m) {
      r.sources.itemId = { via: 'column', name: 'item.htm?id' };
      return m[1];
    }
  }
  const inCell = ITEM_ID_IN_TEXT.exec(r.cell('itemId') ?? '');
  if (inCell) {
    r.sources.itemId = r.columns.source.itemId!;
    return inCell[1];
  }
  return r.fromRowOrPage('itemId', readItemIdText);
}

/** The row's text outside the question and item cells, where a marker like 非有效问题 is looked for. */
function textBesides(r: RowReader, ...cells: (string | undefined)[]): string {
  let text = r.row.text;
  for (const cell of cells) if (cell) text = text.split(cell).join(' ');
  return text;
}

function pageQuestionId(row: Element, cell: Element | undefined): string | undefined {
  for (const el of [row, cell]) {
    for (const name of QUESTION_ID_ATTRIBUTES) {
      // An id goes into storage keys and badge attributes: anything but a plain token is not trusted.
      const value = el?.getAttribute(name)?.trim() ?? '';
      if (QUESTION_ID.test(value)) return value;
    }
  }
  for (const href of links(row)) {
    const m = QUESTION_ID_IN_LINK.exec(href);
    if (m) return m[1];
  }
  return undefined;
}

/** cyrb53: a 53-bit string hash, as 14 hex digits. Not cryptographic: a stable key for one seller's rows. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The id of a question the page gives none: its item and its text, read the same in either script and spacing. */
export function questionKey(itemId: string | undefined, question: string): string {
  return `q-${stableHash(`${itemId ?? ''}|${normalizeText(question).replace(/\s+/g, '')}`)}`;
}

/** An element's text as the page shows it (Traditional stays Traditional, full-width stays), spaces collapsed. */
const shownText = (el: Element): string => stripInvisible(rawText(el)).replace(/\s+/g, ' ').trim();

/**
 * The answers listed under `el` (the drawer, an expanded row): per row its first cell as shown, and the rest of
 * the row with the tab it is under, which the background reads for the time and whether the seller wrote it.
 */
function answersIn(el: Element, tab: string): ShownAnswer[] | undefined {
  const out: ShownAnswer[] = [];
  for (const tr of Array.from(el.querySelectorAll('tbody tr'))) {
    const [first, ...rest] = Array.from(tr.children);
    const text = first ? shownText(first) : '';
    if (text) out.push({ text, by: [tab, ...rest.map(textOf)].join(' ') });
  }
  return out.length > 0 ? out : undefined;
}

/** The open answer drawer's answers go to the listed question its head names (the longest, should one contain another). */
function addDrawerAnswers(root: ParentNode, rows: RowRecord[]): void {
  const drawer = root.querySelector(DRAWER_BODY);
  if (!drawer) return;
  let head = '';
  for (const el of Array.from(drawer.children)) {
    if (el.querySelector('table, [role=tab]')) break;
    head += textOf(el).replace(/ /g, '');
  }
  let best: PageRecord | undefined;
  let length = 0;
  for (const { record } of rows) {
    const q = normalizeText(record.question ?? '').replace(/ /g, '');
    if (q.length > length && head.includes(q)) [best, length] = [record, q.length];
  }
  const tab = drawer.querySelector('[aria-selected=true]');
  if (best) best.answers = answersIn(drawer, tab ? textOf(tab) : '');
}

/** The question as the page shows it (Traditional stays Traditional), without its badge, asker and ask time. */
function questionText(r: RowReader, cell: string): string {
  const element = r.element('question');
  const shown = element ? shownText(element) : cell;
  // Found in the Simplified text, cut in the shown one: Traditional → Simplified keeps every character's place.
  const meta = QUESTION_META.exec(` ${toSimplifiedPage(shown)}`);
  const own = (meta ? ` ${shown}`.slice(0, meta.index) : shown).trim();
  return Array.from(own.replace(QUESTION_BADGE, '')).slice(0, MAX_QUESTION).join('');
}

function readRow(r: RowReader): PageRecord | string | null {
  const cell = r.cell('question');
  if (cell === undefined || cell === '') return null;
  const question = questionText(r, cell);
  if (question === '') return null;
  if (hasAny(normalizeText(question), words('questionRemoved'))) return 'a question removed after a complaint';
  const itemId = readItemId(r);
  // Not in the question or item texts: a question may well ask whether something is 无效.
  const unanswerable = statusSays(r, words('invalidQuestion')) || hasAny(textBesides(r, cell, r.cell('itemId')), words('invalidQuestion'));
  const askedAt = r.field('askedAt', (t) => readTime(t, r.now));
  r.need('askedAt', askedAt);
  const next = r.row.row.nextElementSibling;
  return r.finish({
    kind: 'qa',
    id: pageQuestionId(r.row.row, r.element('question')) ?? questionKey(itemId, question),
    status: unanswerable ? 'unanswerable' : 'open',
    itemId,
    question,
    askedAt,
    buyerAnswerCount: r.field('buyerAnswerCount', readAnswerCount),
    itemQaCount: r.field('itemQaCount', readCount, { page: true }),
    answers: next?.matches(EXPANDED_ROW) ? answersIn(next, '') : undefined,
  });
}

const reading: TableReading = {
  name: 'ask-all',
  fields: ['question', 'itemId', 'askedAt', 'buyerAnswerCount', 'itemQaCount', 'status'],
  idFields: ['question'],
  // Off the 问大家 routes, a question list also shows when each was asked (a 提问时间 column or label).
  accepts: (table, { header }, kind) =>
    header.question !== undefined &&
    table.element.closest(ANSWER_CONTAINERS) === null &&
    (kind === 'ask-all' || header.askedAt !== undefined || table.rows.some((r) => hasAny(r.text, wordsOf('askedAt')))),
  row: readRow,
};

export const askAll: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'ask-all' || kind === 'seller-other',
  *read(root, now, context) {
    const rows = yield* readWith(root, now, context, reading);
    addDrawerAnswers(root, rows);
    return rows;
  },
};
