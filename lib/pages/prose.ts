/**
 * Prose: what a person wrote (a review, a note, a remark), as against an element that states a row's type
 * or state (a short cell, a tag, a label, a status). Task types and states are read only from the latter;
 * a trace line is the one exception (fields/readers.ts). The one definition every reader uses.
 */
import { LABEL } from './cards';
import { words } from './knowledge';
import { hasAny } from './vocabulary';

/** A first run (up to an element boundary's space) longer than this is a sentence (`卖家已发货，等待买家确认` is 11). */
const LONG_RUN = /^[^ ]{25}/;
/** Sentence punctuation; a comma alone is not (a status may carry one). */
const SENTENCE = /[。！？!?；;…~]/;

/** A column or label of free text (备注, 评价, 留言): whatever it holds is prose. */
export const isFreeText = (header: string): boolean => hasAny(header, words('freeText'));

/**
 * Whether a normalized text is prose: sentence punctuation, a first run too long to state anything, or a
 * free-text label. Only the first run's length counts: a status cell may hold a popover of trace lines after it.
 */
export function isProse(text: string): boolean {
  return LONG_RUN.test(text) || SENTENCE.test(text) || isFreeText(LABEL.exec(text)?.[1] ?? '');
}
