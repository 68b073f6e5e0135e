/**
 * The variants a page fixture is re-rendered in (variants.test.ts): ways a real page may differ from the
 * fixture while showing the same rows. Each is a pure, seeded transformation of a parsed document (null
 * where it does not apply); `expect` turns the fixture's expected records into the variant's, where the
 * variant changes what the records say.
 */
import { absoluteDeadline, withoutUnit } from './absolute-deadline';
import { countdownInStatus } from './countdown-in-status';
import type { Transform } from './dom';
import { noteSentence } from './note-sentence';
import { rehashClasses } from './rehash-classes';
import { reorderColumns } from './reorder-columns';
import { headerRuleWords } from './header-rules';
import { headerSynonyms } from './header-synonyms';
import { movedPage, siblingRoute } from './sibling-route';
import { splitCountdown } from './split-countdown';
import { tableToCards } from './table-to-cards';
import { toTraditional, traditionalText } from './traditional';
import { wrapCells } from './wrap-cells';
import { yearlessTimes } from './yearless-times';

export type ExpectedRecord = Record<string, unknown>;

export interface Variant {
  name: string;
  description: string;
  transform: Transform;
  /** The address the variant is served at (null: the variant does not apply there). Default: the fixture's. */
  url?: (url: string) => string | null;
  /** The records the variant must yield, from the fixture's (`html`: the fixture's source). Default: the same. */
  expect?: (records: readonly ExpectedRecord[], html: string) => ExpectedRecord[];
}

/**
 * The question as the variant shows it, Traditional; an id the page does not show (the adapter's hash of
 * the question text, `q-…`) cannot stay the same, so such a record is matched by its question instead.
 */
function traditionalRecords(records: readonly ExpectedRecord[], html: string): ExpectedRecord[] {
  return records.map((record) => {
    if (typeof record.question !== 'string') return record;
    const { id, ...rest } = record;
    const shown = typeof id === 'string' && html.includes(id);
    return { ...(shown ? { id } : {}), ...rest, question: toTraditional(record.question) };
  });
}

export const VARIANTS: readonly Variant[] = [
  { name: 'reorder-columns', description: 'columns in another order', transform: reorderColumns },
  { name: 'header-synonyms', description: 'header words swapped for common synonyms', transform: headerSynonyms },
  { name: 'header-rules', description: 'header words only header rules cover', transform: headerRuleWords },
  { name: 'countdown-in-status', description: 'the countdown shown in the status cell', transform: countdownInStatus },
  { name: 'cards', description: 'tables rendered as card lists of label：value pairs', transform: tableToCards },
  { name: 'wrap-cells', description: 'extra wrappers around cell content', transform: wrapCells },
  { name: 'rehash-classes', description: 'build-hashed class names changed', transform: rehashClasses },
  { name: 'traditional', description: 'text in Traditional characters', transform: traditionalText, expect: traditionalRecords },
  { name: 'sibling-route', description: 'the page served at a sibling route of its app', transform: movedPage, url: siblingRoute },
  { name: 'note-sentence', description: 'a 备注 column of sentences naming tasks', transform: noteSentence },
  { name: 'yearless-times', description: 'trace and ask times without a year', transform: yearlessTimes },
  { name: 'split-countdown', description: 'the countdown drawn one element per number', transform: splitCountdown },
  { name: 'absolute-deadline', description: 'an absolute 截止时间 instead of a countdown', transform: absoluteDeadline, expect: withoutUnit },
];
