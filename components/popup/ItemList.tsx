import type { ComponentChildren } from 'preact';
import type { AnswerSuggestion } from '@/lib/answers/suggest';
import { useState } from 'preact/hooks';
import { leading } from '@/lib/badges/badge-model';
import { deadlineLabel, formatCountdown } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import { itemDeadlines } from '@/lib/record-deadlines';
import type { RuleSettings } from '@/lib/rules/settings';
import { itemFactsOf } from '@/lib/store/derive';
import type { LogItem } from '@/lib/store/types';
import { AnswerSuggestions } from './AnswerSuggestions';
import { itemTitle } from './item-title';
import { SnoozeControl } from './SnoozeControl';
import { longSnooze, type SnoozeChoice } from '@/lib/reminders/snooze';
import type { Snooze } from '@/lib/store/types';

type Kind = LogItem['kind'];
const KINDS: Kind[] = ['invoice', 'logistics', 'qa'];

function lead(item: LogItem, s: RuleSettings, now: number) {
  try {
    return leading(itemDeadlines(itemFactsOf(item), s), now);
  } catch {
    return null; // an out-of-range instant: the item still shows, without a countdown
  }
}


interface Props {
  items: LogItem[];
  now: number;
  settings: RuleSettings;
  onDone(item: LogItem): void;
  /** An open question's earlier answers to similar questions, shown below it with 复制 (copy). */
  suggestionsFor?(item: LogItem): readonly AnswerSuggestion[];
  copy?(text: string): Promise<void>;
  /** What the 问大家 view shows below its list (the answer log's search). */
  qaView?: ComponentChildren;
  /** 稍后提醒 (issue 25): the snoozed items, and snoozing one for 1 h or clearing its snooze. */
  snoozes?: ReadonlyMap<string, Snooze>;
  onSnooze?(item: LogItem, choice: SnoozeChoice): void;
  onUnsnooze?(item: LogItem): void;
  /** The side panel: a click shows the item's row in the seller tab (or opens its page) instead of a new tab. */
  openItem?(item: LogItem): void;
}

/** Nearest deadline first, filtered by kind; each opens the page where it was seen. */
export function ItemList({ items, now, settings, onDone, suggestionsFor, copy, qaView, snoozes, onSnooze, onUnsnooze, openItem }: Props) {
  const [kind, setKind] = useState<Kind | null>(null);
  const shown = kind ? items.filter((i) => i.kind === kind) : items;
  return (
    <section>
      <div class="filters" role="group">
        {[null, ...KINDS].map((k) => (
          <button key={k ?? 'all'} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {k ? t(`kind_${k}`) : t('popup_filter_all')}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="empty">{t('popup_no_pages')}</p>
      ) : (
        <ul class="items">
          {shown.map((item) => {
            const d = lead(item, settings, now);
            return (
              <li key={item.key} class={d && d.at < now ? 'overdue' : ''}>
                <a href={item.url} target="_blank" rel="noreferrer" onClick={openItem && ((e) => (e.preventDefault(), openItem(item)))}>
                  <span class="kind">{t(`kind_${item.kind}`)}</span> {itemTitle(item)}
                </a>
                {d && (
                  <span class="when" title={deadlineLabel(d.key, settings)}>
                    {formatCountdown(d.at, now)}
                  </span>
                )}
                <button type="button" class="done" title={t('popup_done_title')} onClick={() => onDone(item)}>
                  {t('popup_done')}
                </button>
                {onSnooze && <SnoozeControl snooze={snoozes?.get(item.key)} now={now} long={longSnooze(settings)} onSnooze={(choice) => onSnooze(item, choice)} onUnsnooze={() => onUnsnooze?.(item)} />}
                {suggestionsFor && copy && <AnswerSuggestions suggestions={suggestionsFor(item)} copy={copy} />}
              </li>
            );
          })}
        </ul>
      )}
      {kind === 'qa' && qaView}
    </section>
  );
}
