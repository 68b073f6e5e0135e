import { useEffect, useState } from 'preact/hooks';
import { formatCountdown } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import { itemDeadlines } from '@/lib/record-deadlines';
import type { RuleSettings } from '@/lib/rules/settings';
import type { SentinelDb } from '@/lib/store/db';
import { itemFactsOf } from '@/lib/store/derive';
import { loadSettings, openItems } from '@/lib/store/log';
import type { LogItem } from '@/lib/store/types';

interface Row {
  item: LogItem;
  at: number;
}

/** The lead deadline of each open item: the next ahead, else the last one passed. */
function lead(item: LogItem, s: RuleSettings, now: number): number | null {
  try {
    const times = itemDeadlines(itemFactsOf(item), s).map((d) => d.at);
    return times.find((at) => at >= now) ?? times.at(-1) ?? null;
  } catch {
    return null;
  }
}

/** Open items, nearest deadline first, each linking to the page where it was seen. The full summary comes later. */
export function DueList({ db, now }: { db: SentinelDb; now: number }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    Promise.all([openItems(db), loadSettings(db)])
      .then(([items, s]) =>
        setRows(
          items
            .map((item) => ({ item, at: lead(item, s, now) }))
            .filter((r): r is Row => r.at !== null)
            .sort((a, b) => a.at - b.at),
        ),
      )
      .catch(() => setRows([]));
  }, [db, now]);
  if (rows === null) return <p>{t('popup_loading')}</p>;
  if (rows.length === 0) return <p>{t('popup_no_pages')}</p>;
  return (
    <ul>
      {rows.map(({ item, at }) => (
        <li key={item.key}>
          <a href={item.url} target="_blank" rel="noreferrer">
            {t(`kind_${item.kind}`)} · {item.kind === 'qa' ? (item.question ?? item.id).slice(0, 24) : (item.orderId ?? item.workOrderId)}
          </a>{' '}
          · {formatCountdown(at, now)}
        </li>
      ))}
    </ul>
  );
}
