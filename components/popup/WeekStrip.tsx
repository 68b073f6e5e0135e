import { t, type MessageKey } from '@/lib/i18n';
import { KINDS, type Bucket, type DaysAhead } from '@/lib/reminders/days-ahead';
import { kindBreakdown } from '@/lib/reminders/digest-text';
import type { LogItem } from '@/lib/store/types';

export const WEEK_DAYS = 7;

interface Props {
  week: DaysAhead<LogItem>;
  /** The bucket the list below is filtered to ('overdue' or a day), or null for every item. */
  selected: string | null;
  onSelect(day: string | null): void;
}

/** `周三` / `Wed` of a Shanghai day written `2026-12-02`. */
function weekday(day: string): string {
  const index = new Date(`${day}T00:00:00Z`).getUTCDay(); // our own ISO date, not page text
  return t(`week_day_${index}` as MessageKey);
}

function Cell({ bucket, label, sub, selected, onSelect }: { bucket: Bucket<LogItem>; label: string; sub: string; selected: boolean; onSelect(): void }) {
  const what = bucket.total > 0 ? kindBreakdown(bucket) : t('week_nothing');
  return (
    <button
      type="button"
      class={`day ${bucket.tone ?? 'empty'}`}
      aria-pressed={selected}
      aria-label={`${label} ${sub}: ${what}`}
      title={what}
      data-day={bucket.day}
      onClick={onSelect}
    >
      <span class="label">{label}</span>
      <span class="sub">{sub}</span>
      {KINDS.filter((k) => bucket.counts[k] > 0).map((k) => (
        <span key={k} class={`count ${k}`}>
          {t(`kind_short_${k}`)} {bucket.counts[k]}
        </span>
      ))}
    </button>
  );
}

/** What falls due on each of the next 7 days by kind, overdue first; a click filters the list below to that day. */
export function WeekStrip({ week, selected, onSelect }: Props) {
  const toggle = (day: string) => onSelect(selected === day ? null : day);
  const today = week.days[0]!.day;
  return (
    <section class="week" aria-label={t('week_title', WEEK_DAYS)}>
      <div class="strip">
        <Cell bucket={week.overdue} label={t('week_overdue')} sub={String(week.overdue.total)} selected={selected === 'overdue'} onSelect={() => toggle('overdue')} />
        {week.days.map((b) => (
          <Cell
            key={b.day}
            bucket={b}
            label={b.day === today ? t('week_today') : weekday(b.day)}
            sub={b.day.slice(5)}
            selected={selected === b.day}
            onSelect={() => toggle(b.day)}
          />
        ))}
      </div>
      {selected !== null && (
        <p class="filtered">
          {selected === 'overdue' ? t('week_showing_overdue') : t('week_showing_day', selected.slice(5))}{' '}
          <button type="button" class="link" onClick={() => onSelect(null)}>
            {t('week_show_all')}
          </button>
        </p>
      )}
    </section>
  );
}

/** The items of the bucket the strip selected, or null when none is. */
export function selectedItems(week: DaysAhead<LogItem> | null, selected: string | null): LogItem[] | null {
  if (!week || selected === null) return null;
  return (selected === 'overdue' ? week.overdue : week.days.find((b) => b.day === selected))?.items ?? [];
}
