import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import { withLog } from '@/lib/store/availability';
import type { SentinelDb } from '@/lib/store/db';
import { pointHistory, type PointHistory } from '@/lib/store/history';
import { HISTORY_CSS } from './history-style';
import { HistoryPoints } from './HistoryPoints';
import { HistoryWeeks } from './HistoryWeeks';
import { messageOf } from './StatusLine';

interface Props {
  db: SentinelDb;
  now(): number;
  settings: RuleSettings;
}

/** The options page's history: the 30-day points over 90 days with the cap and each deduction, and met/missed per week. */
export function HistorySection({ db, now, settings }: Props) {
  const [history, setHistory] = useState<PointHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    withLog(db, () => pointHistory(db, now(), settings)).then(setHistory, (e: unknown) => setError(messageOf(e)));
  }, [db, now, settings]);
  return (
    <section class="history">
      <style>{HISTORY_CSS}</style>
      <h2>{t('history_title')}</h2>
      {error !== null && <p role="alert" class="status error">{t('opt_load_failed', error)}</p>}
      {history && (
        <>
          <h3>{t('history_points_title', settings.pointsWindowDays)}</h3>
          <HistoryPoints history={history} settings={settings} />
          <h3>{t('history_weeks_title')}</h3>
          <HistoryWeeks weeks={history.weeks} />
          <p class="hint">{t('history_basis')}</p>
        </>
      )}
    </section>
  );
}
