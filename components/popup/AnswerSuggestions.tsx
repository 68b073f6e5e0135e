import { t } from '@/lib/i18n';
import type { AnswerSuggestion } from '@/lib/answers/suggest';
import { CopyButton } from './CopyButton';

/** Beside an open question: the seller's earlier answers to similar questions, each with 复制. */
export function AnswerSuggestions({ suggestions, copy }: { suggestions: readonly AnswerSuggestion[]; copy(text: string): Promise<void> }) {
  if (suggestions.length === 0) return null;
  return (
    <div class="suggestions">
      <span class="muted">{t('badge_similar_answers')}</span>
      <ul>
        {suggestions.map((s) => (
          <li key={s.text} title={s.question}>
            <span class="muted">{t(s.sameItem ? 'answers_same_item' : 'answers_other_item')} · {s.question}</span>
            <span class="answer">{s.text}</span>
            <CopyButton text={s.text} copy={copy} />
          </li>
        ))}
      </ul>
    </div>
  );
}
