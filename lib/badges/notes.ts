/**
 * A badge's notes, in words: each problem with how to get the field, where each field was read. Worked out in the background with the badge basis, so the seller's
 * page carries none of this wording code (its size budget).
 */
import { t, type MessageKey } from '../i18n';
import type { FieldSource, PageRecord, Problem, ProblemReason } from '../pages/records';
import { fieldName } from './format';

const REASON_KEYS: Record<ProblemReason, MessageKey> = {
  'not-shown': 'problem_not_shown',
  unreadable: 'problem_unreadable',
  disagree: 'problem_disagree',
  limit: 'problem_limit',
  rules: 'problem_rules',
  'no-reply': 'problem_no_reply',
};

/** One problem in words, with how to get the field where the page can show it (点开"查看物流"). */
export function problemLine(p: Problem): string {
  const line = t(REASON_KEYS[p.reason] ?? 'problem_unreadable', fieldName(p.field), p.detail ?? '');
  const hintKey = `hint_${p.field}` as MessageKey;
  const hint = p.reason === 'not-shown' ? t(hintKey) : '';
  return hint && hint !== hintKey ? `${line} · ${hint}` : line;
}

const VIA_KEYS: Record<FieldSource['via'], MessageKey> = { column: 'via_column', label: 'via_label', page: 'via_page', url: 'via_url', cell: 'via_cell', data: 'via_data' };

/** Where each field was read: 订单号←列「订单号」 · 提问时间←标签「提问时间」. */
export function sourcesLine(sources: PageRecord['sources']): string {
  return Object.entries(sources ?? {})
    .map(([field, source]) => t('source_of', fieldName(field), t(VIA_KEYS[source!.via], source!.name)))
    .join(' · ');
}

/** The notes an opened badge shows for a record, below its deadlines. */
export function badgeNotes(r: PageRecord, problems: readonly Problem[]): string[] {
  const notes = problems.map(problemLine);
  if (r.sources) notes.push(t('badge_sources', sourcesLine(r.sources)));
  return notes;
}
