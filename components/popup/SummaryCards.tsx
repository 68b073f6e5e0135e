import { shanghaiClock } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import type { Summary } from '@/lib/store/summary';

/** The day at a glance: what is overdue, due soon, at risk, waiting; the 30-day points and their forecast. */
export function SummaryCards({ summary: s, settings }: { summary: Summary; settings: RuleSettings }) {
  const cards: [string, number, string][] = [
    [t('popup_overdue'), s.overdue, 'overdue'],
    [t('popup_due_soon', settings.dueSoonHours), s.dueSoon, 'soon'],
    [t('popup_at_risk'), s.atRisk, 'risk'],
    [t('popup_qa_waiting'), s.qaWaiting, 'qa'],
  ];
  return (
    <section class="summary">
      <div class="cards">
        {cards.map(([label, n, tone]) => (
          <div key={tone} class={`card ${tone}${n > 0 ? ' lit' : ''}`}>
            <strong>{n}</strong>
            <span>{label}</span>
          </div>
        ))}
      </div>
      <p class="points">
        {t('popup_points', s.points, settings.pointsCap)}
        {s.forecast && s.forecast.points > s.points && <span> · {t('forecast', shanghaiClock(s.forecast.at).slice(0, 5), s.forecast.points, settings.pointsCap)}</span>}
      </p>
    </section>
  );
}
