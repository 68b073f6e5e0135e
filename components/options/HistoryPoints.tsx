import { t } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import { DAY_MS } from '@/lib/rules/shanghai';
import type { PenaltyRule } from '@/lib/rules/ledger';
import type { PointStep } from '@/lib/rules/point-history';
import type { PointHistory } from '@/lib/store/history';
import { itemTitle } from '@/components/popup/item-title';
import { monthDay, plotScales, type Frame } from './chart-scale';

/** Sized for the popup's width (380 px); wider pages scale it up to the CSS max-width. */
const FRAME: Frame = { width: 320, height: 150, left: 22, right: 10, top: 12, bottom: 20 };
const TICK_DAYS = 30;

/** What a deduction was for: the item it names, else the seller's note, else who recorded it. */
export function deductionCause(d: PointHistory['deductions'][number]): string {
  if (d.item) return `${t(`kind_${d.item.kind}`)} ${itemTitle(d.item)}`;
  if (d.ticketKey) return d.ticketKey;
  return d.note ?? t(d.source === 'page' ? 'history_cause_page' : 'history_cause_user');
}

const isOther = (d: { rule: PenaltyRule }) => d.rule === 'other';

/**
 * The invoice rule's rolling 30-day total over the span as a step line, the cap as a dashed line, each deduction a
 * numbered dot; other causes (RULES §4: never capped, never in N/6) as their own line and dots in their own colour.
 */
export function HistoryPoints({ history: h, settings }: { history: PointHistory; settings: RuleSettings }) {
  const cap = settings.pointsCap;
  const yMax = Math.max(cap, ...h.steps.map((s) => s.points), ...h.otherSteps.map((s) => s.points), 1);
  const { x, y } = plotScales(FRAME, h.from, h.to, yMax);
  // A step line: along at the total, then straight up or down where it changes.
  const path = ([first, ...rest]: PointStep[]) =>
    [`M${x(first!.at)} ${y(first!.points)}`, ...rest.map((s) => `H${x(s.at)} V${y(s.points)}`), `H${x(h.to)}`].join(' ');
  // A date every 30 days, none too close to the right end, which says 今天.
  const ticks = Array.from({ length: Math.floor((h.to - h.from) / (TICK_DAYS * DAY_MS)) + 1 }, (_, i) => h.from + i * TICK_DAYS * DAY_MS).filter(
    (at) => h.to - at > TICK_DAYS * DAY_MS / 3,
  );
  const totalAfter = (d: PointHistory['deductions'][number]) => (isOther(d) ? h.otherSteps : h.steps).findLast((s) => s.at <= d.at)?.points ?? 0;
  const now = h.steps.at(-1)?.points ?? 0;
  const otherNow = h.otherSteps.at(-1)?.points ?? 0;
  const hasOther = h.deductions.some(isOther) || otherNow > 0;
  return (
    <figure class="chart points-chart">
      <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-label={t('history_points_aria', now, cap, h.deductions.length)}>
        {[0, Math.round(yMax / 2), yMax].map((v) => (
          <g key={v} class="grid">
            <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(v)} y2={y(v)} />
            <text x={FRAME.left - 4} y={y(v) + 3} text-anchor="end">{v}</text>
          </g>
        ))}
        <line class="cap" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(cap)} y2={y(cap)} />
        <text class="cap-label" x={FRAME.width - FRAME.right} y={y(cap) - 3} text-anchor="end">{t('history_cap', cap)}</text>
        {ticks.map((at) => (
          <text key={at} class="tick" x={x(at)} y={FRAME.height - 6} text-anchor={at === h.from ? 'start' : 'middle'}>{monthDay(at)}</text>
        ))}
        <text class="tick" x={x(h.to)} y={FRAME.height - 6} text-anchor="end">{t('history_today')}</text>
        <path class="total" d={path(h.steps)} />
        {hasOther && <path class="total other" d={path(h.otherSteps)} />}
        {h.deductions.map((d, i) => (
          <g key={d.id ?? i} class={isOther(d) ? 'deduction other' : 'deduction'}>
            <circle cx={x(d.at)} cy={y(totalAfter(d))} r={6} />
            <text x={x(d.at)} y={y(totalAfter(d)) + 3} text-anchor="middle">{i + 1}</text>
            <title>{t('history_deduction', monthDay(d.at), d.points, deductionCause(d))}</title>
          </g>
        ))}
      </svg>
      <figcaption>
        {t('history_points_now', now, cap)}
        {hasOther && <span class="other"> · {t('history_other_now', otherNow, cap)}</span>}
      </figcaption>
      {h.deductions.length === 0 ? (
        <p class="hint">{t('history_none')}</p>
      ) : (
        <ol class="deductions">
          {h.deductions.map((d, i) => (
            <li key={d.id ?? i} class={isOther(d) ? 'other' : undefined}>
              <span class="dot">{i + 1}</span> {isOther(d) && <span class="rule">{t('history_rule_other')} · </span>}
              {t('history_deduction', monthDay(d.at), d.points, deductionCause(d))}
              {d.effective < d.points && <span class="capped"> · {t('history_capped', d.effective)}</span>}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
