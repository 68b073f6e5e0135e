/**
 * 问大家 management (`comment-manage/ask-all`, older `rate.taobao.com/sellercenterv2/…/ask-all`): one row
 * per buyer question. A question the system judged invalid (无效) or that has no reply entry (no 回答 button
 * or link) is unanswerable; the rest are open.
 *
 * id: the page's question id (a `data-question-id`/`data-qid` attribute, or `questionId=`/`qid=` in a link),
 * else `q-` + a hash of item id, question text and ask-time text: stable while the row shows the same.
 */
import { columnsOf, readWith, type PageAdapter, type RowReader, type TableReading } from './adapter';
import { rawText, textOf } from './dom';
import type { PageRecord } from './records';
import { readCount, readTime } from './text';
import { stripInvisible } from './text/read';
import { hasAny, WORDS } from './vocabulary';

const FIELDS = ['question', 'item', 'askedAt', 'answers', 'itemQaCount', 'questionStatus'] as const;
/** The question is kept to this many characters: a 3,000-character text must not bloat every message. */
export const MAX_QUESTION = 500;

// Page knowledge, seen 2022-12 in public scripts for the ask-all pages.
const QUESTION_ID_ATTRIBUTES = ['data-question-id', 'data-qid', 'data-questionid'];
const QUESTION_ID = /^[\w-]{1,64}$/;
const QUESTION_ID_IN_LINK = /[?&#](?:questionId|qid|question_id)=([\w-]{1,64})(?![\w-])/i;
const ITEM_ID_IN_LINK = /[?&](?:id|itemId|item_id)=(\d{6,20})(?!\d)/;
const ITEM_ID_IN_TEXT = /ID ?:? ?(\d{6,20})(?!\d)/i;
const CLICKABLE = 'a, button, [role="button"]';
/** The 问 badge some lists put before the question (`问 冬天盖会起球吗？`); `问一下…` is left alone. */
const QUESTION_BADGE = /^[问問](?:[:：]\s*|\s+)/;

function links(el: Element | undefined): string[] {
  if (!el) return [];
  const own = el.localName === 'a' ? [el.getAttribute('href') ?? ''] : [];
  return [...own, ...Array.from(el.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '')];
}

/** The item id from the item's link or an `ID:…` text; absent (not a problem) when the row shows neither. */
function readItemId(r: RowReader): string | undefined {
  for (const href of [...links(r.element('item')), ...links(r.row.row)]) {
    const m = ITEM_ID_IN_LINK.exec(href);
    if (m) return m[1];
  }
  return ITEM_ID_IN_TEXT.exec(r.cell('item') ?? '')?.[1];
}

/** The row's text outside the question and item cells, where status words like 无效 are looked for. */
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

/** A reply entry: an enabled link or button saying 回答/去回答/回复…, not 查看回答 or 回答数. */
function hasReplyEntry(row: Element): boolean {
  return Array.from(row.querySelectorAll(CLICKABLE)).some((el) => {
    if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
    return (WORDS.replyEntry as readonly string[]).includes(textOf(el).replace(/\s+/g, ''));
  });
}

function readRow(r: RowReader): PageRecord | string | null {
  const fullQuestion = r.cell('question');
  if (fullQuestion === undefined || fullQuestion === '') return null;
  // As the page shows it (Traditional stays Traditional), spaces collapsed, without the 问 badge.
  const element = r.element('question');
  const shown = element ? stripInvisible(rawText(element)).replace(/\s+/g, ' ').trim() : fullQuestion;
  const asked = shown.replace(QUESTION_BADGE, '');
  const question = Array.from(asked).slice(0, MAX_QUESTION).join('');
  const itemId = readItemId(r);
  // Not in the question or item texts: a question may well ask whether something is 无效.
  const statusText = r.cell('questionStatus') ?? textBesides(r, fullQuestion, r.cell('item'));
  const answerable = !hasAny(statusText, WORDS.invalidQuestion) && hasReplyEntry(r.row.row);
  const id =
    pageQuestionId(r.row.row, r.element('question')) ??
    `q-${stableHash([itemId ?? '', asked, r.cell('askedAt') ?? ''].join('|'))}`;
  return r.finish({
    kind: 'qa',
    id,
    status: answerable ? 'open' : 'unanswerable',
    itemId,
    question,
    askedAt: r.read('askedAt', r.cell('askedAt'), (t) => readTime(t, r.now)),
    buyerAnswerCount: r.read('buyerAnswerCount', r.cell('answers'), readCount),
    itemQaCount: r.read('itemQaCount', r.cell('itemQaCount'), readCount),
  });
}

const reading: TableReading = {
  name: 'ask-all',
  idFields: ['question'],
  columns: (table) => {
    const columns = columnsOf(table, FIELDS);
    return columns.question ? columns : null;
  },
  row: readRow,
};

export const askAll: PageAdapter = {
  name: reading.name,
  appliesTo: (kind) => kind === 'ask-all',
  read: (root, now, context) => readWith(root, now, context, reading),
};
