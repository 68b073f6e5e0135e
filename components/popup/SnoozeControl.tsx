import { useState } from 'preact/hooks';
import { shanghaiClock } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import type { SnoozeChoice } from '@/lib/reminders/snooze';
import type { Snooze } from '@/lib/store/types';

interface Props {
  snooze: Snooze | undefined;
  now: number;
  /** The longer choice beside 1 h (the end of quiet hours, else tomorrow's digest), or null when there is none. */
  long: SnoozeChoice | null;
  onSnooze(choice: SnoozeChoice): void;
  onUnsnooze(): void;
}

/**
 * 稍后提醒 beside an item (issue 25; Firefox's only way to snooze, its notifications having no buttons): the snooze
 * until when with 取消推迟, or the button, which snoozes 1 h at once or, with a longer choice, offers both.
 */
export function SnoozeControl({ snooze, now, long, onSnooze, onUnsnooze }: Props) {
  const [choosing, setChoosing] = useState(false);
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
  if (choosing && long) {
    return (
      <span class="snooze-choices" role="group" aria-label={t('popup_snooze')}>
        <button type="button" class="snooze" onClick={() => onSnooze('hour')}>
          {t('popup_snooze_hour')}
        </button>
        <button type="button" class="snooze" onClick={() => onSnooze(long)}>
          {t(long === 'quiet' ? 'popup_snooze_quiet' : 'popup_snooze_digest')}
        </button>
      </span>
    );
  }
  return (
    <button type="button" class="snooze" title={t('popup_snooze_title')} aria-expanded={long ? false : undefined} onClick={() => (long ? setChoosing(true) : onSnooze('hour'))}>
      {t('popup_snooze')}
    </button>
  );
}
