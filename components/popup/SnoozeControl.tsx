import { shanghaiClock } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import type { Snooze } from '@/lib/store/types';

interface Props {
  snooze: Snooze | undefined;
  now: number;
  onSnooze(): void;
  onUnsnooze(): void;
}

/** 稍后提醒 beside an item (issue 25; Firefox's only way to snooze): the snooze until when, or the button. */
export function SnoozeControl({ snooze, now, onSnooze, onUnsnooze }: Props) {
  if (snooze && snooze.until > now) {
    return (
      <span class="snoozed">
        {t('popup_snoozed', shanghaiClock(snooze.until).slice(6))}{' '}
        <button type="button" class="link" onClick={onUnsnooze}>
          {t('popup_snooze_cancel')}
        </button>
      </span>
    );
  }
  return (
    <button type="button" class="snooze" title={t('popup_snooze_title')} onClick={onSnooze}>
      {t('popup_snooze')}
    </button>
  );
}
