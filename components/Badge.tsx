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

/** What is at stake, worded in the background (badge-basis.ts); the page's own stake (自动赔付, 免自动赔) leads it. */
function Stake({ model }: { model: BadgeModel }) {
  return (
    <span class={model.qaPriority === 'high' ? 'priority' : 'stake'}>
      {model.compensation && <b>{t(`stake_compensation_${model.compensation}`)} · </b>}
      {model.stake}
    </span>
  );
}

/** One row's deadline: countdown, urgency colour, what is at stake; every deadline and its rule when opened. */
export function Badge({ kind, model, now, context, onUndo, onAnswers }: Props) {
  const { lead, problems } = model;
  return (
    <details class={`ds ${model.tone}`} aria-label={t('badge_label')}>
      <summary>
        <span class="kind">{t(`kind_${kind}`)}</span>
        {model.quiet && <span class="stake">{model.quiet}</span>}
        {model.handled && onUndo && (
          // In the summary, so it shows closed; a click must not also open the badge.
          <button type="button" onClick={(e) => (e.preventDefault(), onUndo(model.handled!))}>
            {t('popup_reopen')}
          </button>
        )}
        {lead && <span class="time">{model.headline ?? formatCountdown(lead.at, now)}</span>}
        {lead && !model.headline && <span class="stake">{lead.label ?? t('deadline_page')}</span>}
        {problems.length > 0 && (
          <span class="time">{t(problems.every((p) => p.reason === 'not-shown') ? 'problems_missing' : 'problems', problemFields(problems))}</span>
        )}
        {lead && model.stake && <Stake model={model} />}
        {context.storageUnavailable && <span class="warn">⚠</span>}
      </summary>
      <ul>
        {model.deadlines.map((d) => (
          <li key={d.key} class={d.at < now ? 'past' : ''}>
            {shanghaiClock(d.at)} · {d.label}
          </li>
        ))}
      </ul>
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
      {kind === 'invoice' && context.forecastNote && <div class="note">{context.forecastNote}</div>}
    </details>
  );
}
