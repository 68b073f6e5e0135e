import { useState } from 'preact/hooks';
import { AnswerSearch } from '@/lib/answers/search';
import { t } from '@/lib/i18n';
import type { LoggedAnswer } from '@/lib/store/types';
import { CopyButton } from './CopyButton';

interface Props {
  /** Every logged answer, loaded when the section is opened (a big log costs nothing until then). */
  load(): Promise<LoggedAnswer[]>;
  copy(text: string): Promise<void>;
}

/** The 问大家 view's search over the answer log: question and answer words, each answer with whose it is and 复制. */
export function AnswerLog({ load, copy }: Props) {
  const [search, setSearch] = useState<AnswerSearch | null>(null);
  const [query, setQuery] = useState('');
  const open = () => void load().then((answers) => setSearch(new AnswerSearch(answers)), () => setSearch(new AnswerSearch([])));
  const found = search?.find(query) ?? [];
  return (
    <details class="answer-log" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && !search && open()}>
      <summary>{t('answers_log_title', search?.size ?? '…')}</summary>
      <label>
        {t('answers_search_label')}
        <input type="search" value={query} placeholder={t('answers_search_placeholder')} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {search && found.length === 0 && <p class="empty">{t('answers_search_none')}</p>}
      <ul class="items answers">
        {found.map((a) => (
          <li key={a.key}>
            <span class="muted">{t(`answers_by_${a.by}`)} · {a.question}</span>
            <span class="answer">{a.text}</span>
            <CopyButton text={a.text} copy={copy} />
          </li>
        ))}
      </ul>
    </details>
  );
}
