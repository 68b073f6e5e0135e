import { t } from '@/lib/i18n';
import type { WeekOutcome } from '@/lib/rules/point-history';
import { monthDay, plotScales, type Frame } from './chart-scale';

const FRAME: Frame = { width: 320, height: 130, left: 22, right: 6, top: 12, bottom: 20 };
/** A date under every few weeks: 13 labels do not fit at the popup's width. */
const LABEL_EVERY = 4;

/** Per week, deadlines met (green) beside missed (red), the current week last. */
export function HistoryWeeks({ weeks }: { weeks: WeekOutcome[] }) {
  const yMax = Math.max(1, ...weeks.flatMap((w) => [w.met, w.missed]));
  const { y } = plotScales(FRAME, 0, 1, yMax);
  const slot = (FRAME.width - FRAME.left - FRAME.right) / weeks.length;
  const bar = Math.max(2, slot / 2 - 2);
  const met = weeks.reduce((n, w) => n + w.met, 0);
  const missed = weeks.reduce((n, w) => n + w.missed, 0);
  const column = (x: number, value: number, kind: 'met' | 'missed') =>
    value > 0 && (
      <g class={kind}>
        <rect x={x} y={y(value)} width={bar} height={y(0) - y(value)} />
        <text x={x + bar / 2} y={y(value) - 2} text-anchor="middle">{value}</text>
      </g>
    );
  return (
    <figure class="chart weeks-chart">
      <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-label={t('history_weeks_aria', weeks.length, met, missed)}>
        <line class="axis" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(0)} y2={y(0)} />
        <text class="tick" x={FRAME.left - 4} y={y(yMax) + 3} text-anchor="end">{yMax}</text>
        {weeks.map((w, i) => {
          const x0 = FRAME.left + i * slot + 1;
          return (
            <g key={w.start} class="week">
              <title>{t('history_week', monthDay(w.start), w.met, w.missed)}</title>
              {column(x0, w.met, 'met')}
              {column(x0 + bar + 1, w.missed, 'missed')}
              {(weeks.length - 1 - i) % LABEL_EVERY === 0 && (
                <text class="tick" x={x0 + bar} y={FRAME.height - 6} text-anchor="middle">{monthDay(w.start)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key met">■</span> {t('history_met', met)} <span class="key missed">■</span> {t('history_missed', missed)}
      </figcaption>
    </figure>
  );
}
