import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LogItem } from '@/lib/store/types';
import { itemTitle } from './item-title';

interface Props {
  /** The items the seller marked handled, loaded when the section is opened (a big log costs nothing until then). */
  load(): Promise<LogItem[]>;
  onReopen(item: LogItem): Promise<void>;
}

/** What the seller marked handled, each with 撤销: a mis-click must not silence a deadline for good. */
export function HandledList({ load, onReopen }: Props) {
  const [items, setItems] = useState<LogItem[] | null>(null);
  const refresh = () => load().then(setItems, () => setItems([]));
  return (
    <details class="handled" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void refresh()}>
      <summary>{t('popup_handled')}</summary>
      {items?.length === 0 && <p class="empty">{t('popup_handled_none')}</p>}
      <ul class="items">
        {items?.map((item) => (
          <li key={item.key}>
            <span class="kind">{t(`kind_${item.kind}`)}</span> {itemTitle(item)}
            <button type="button" class="done" onClick={() => void onReopen(item).then(refresh)}>
              {t('popup_reopen')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
