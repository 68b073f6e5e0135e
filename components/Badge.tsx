import type { BadgeModel } from '@/lib/badges/badge-model';
import { formatCountdown, problemFields, shanghaiClock } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import type { RecordKind } from '@/lib/pages/records';
import type { BadgeContext } from '@/lib/badges/context';

interface Props {
  kind: RecordKind;
  model: BadgeModel;
  now: number;
  context: BadgeContext;
  /** Reopens an item the seller marked handled (the log key): the badge's 撤销. */
  onUndo?(key: string): void;
  /** Opens the popup, where the earlier answers to similar questions are (they never enter the page). */
  onAnswers?(): void;
}

function Stake({ kind, model, context }: Omit<Props, 'now'>) {
  const { pointsInWindow, settings } = context;
  if (kind === 'qa') return <span class={model.qaPriority === 'high' ? 'priority' : 'stake'}>{t(model.qaPriority === 'high' ? 'qa_high' : 'qa_normal')}</span>;
  if (kind === 'logistics') {
    const reply = model.deadlines.some((d) => d.key === 'logistics.reply');
    const amount = model.listed?.amount;
    return (
      <span class="stake">
        {t(reply ? 'stake_logistics_reply' : model.listed ? 'stake_logistics_listed' : 'stake_logistics')}
        {amount !== undefined && <b> · {t('stake_expected_compensation', amount.toFixed(2))}</b>}
      </span>
    );
  }
  return (
    <span class="stake">
      {model.compensation && <b>{t(`stake_compensation_${model.compensation}`)} · </b>}
      {model.pointsAtRisk > 0
        ? t('stake_points', model.pointsAtRisk, pointsInWindow, settings.pointsCap)
        : t('stake_no_work_order', pointsInWindow, settings.pointsCap)}
    </span>
  );
}

/** One row's deadline: countdown, urgency colour, what is at stake; every deadline and its rule when opened. */
export function Badge({ kind, model, now, context, onUndo, onAnswers }: Props) {
  const { lead, problems, disagreement } = model;
  const { forecast, settings, pointsInWindow } = context;
  return (
    <details class={`ds ${model.tone}`} aria-label={t('badge_label')}>
      <summary>
        <span class="kind">{t(`kind_${kind}`)}</span>
        {model.handled && <span class="stake">{t('badge_handled')}</span>}
        {model.handled && onUndo && (
          // In the summary, so it shows closed; a click must not also open the badge.
          <button type="button" onClick={(e) => (e.preventDefault(), onUndo(model.handled!))}>
            {t('popup_reopen')}
          </button>
        )}
        {lead && <span class="time">{model.headline ?? formatCountdown(lead.at, now)}</span>}
        {lead && !model.headline && <span class="stake">{'label' in lead ? lead.label : t('deadline_page')}</span>}
        {problems.length > 0 && (
          <span class="time">{t(problems.every((p) => p.reason === 'not-shown') ? 'problems_missing' : 'problems', problemFields(problems))}</span>
        )}
        {lead && <Stake kind={kind} model={model} context={context} />}
        {context.storageUnavailable && <span class="warn">⚠</span>}
      </summary>
      <ul>
        {model.deadlines.map((d) => (
          <li key={d.key} class={d.at < now ? 'past' : ''}>
            {shanghaiClock(d.at)} · {d.label}
          </li>
        ))}
      </ul>
      {disagreement && <div class="note">{t('page_disagrees', shanghaiClock(disagreement.computed))}</div>}
      {model.notes.map((note) => (
        <div key={note} class="note">{note}</div>
      ))}
      {problems.length > 0 && <div class="note">{t('problems_hint')}</div>}
      {!!model.similar && onAnswers && (
        <button type="button" class="note" onClick={onAnswers}>
          {t('badge_similar_open', model.similar)}
        </button>
      )}
      {context.storageUnavailable && <div class="note warn">{t('storage_unavailable_short')}</div>}
      {kind === 'invoice' && forecast && forecast.points > pointsInWindow && (
        <div class="note">{t('forecast', shanghaiClock(forecast.at).slice(0, 5), forecast.points, settings.pointsCap)}</div>
      )}
    </details>
  );
}
