import { leftListText } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import type { LogItem } from '@/lib/store/types';
import { itemTitle } from './item-title';

interface Props {
  /** Items closed by leaving a to-do list in the last day (log.ts leftListsSince), latest first. */
  items: readonly LogItem[];
  onReopen(item: LogItem): Promise<void>;
}

/** What closed because a to-do list read whole no longer showed it, with its evidence and 撤销: never silently. */
export function LeftLists({ items, onReopen }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="left-lists">
      <h2>{t('popup_left_lists')}</h2>
      <p class="hint">{t('popup_left_lists_hint')}</p>
      <ul class="items">
        {items.map((item) => (
          <li key={item.key}>
            <span class="kind">{t(`kind_${item.kind}`)}</span> {itemTitle(item)}
            <span class="when">{leftListText(item)}</span>
            <button type="button" class="done" onClick={() => void onReopen(item)}>
              {t('popup_reopen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
