import { deadlineLabel, formatCountdown, shanghaiClock } from '../badges/format';
import { HOUR_MS } from '../rules/shanghai';
import { t } from '../i18n';
import type { RuleSettings } from '../rules/settings';
import type { LogItem } from '../store/types';
import type { DueReminder } from './planner';

const QUESTION_CHARS = 40;

/** What the notification says: what, which order or question, how long is left, what is at stake. */
export function notificationText(item: LogItem, due: DueReminder, now: number, s: RuleSettings, pointsInWindow: number): { title: string; message: string } {
  const { deadline } = due;
  // Sent before quiet hours: say when it falls due tonight, not only how long is left.
  const title = `${t(`kind_${item.kind}`)} · ${due.early ? t('notify_early', shanghaiClock(deadline.at).slice(6)) : formatCountdown(deadline.at, now)}`;
  const which =
    item.kind === 'qa'
      ? t('notify_question', (item.question ?? item.id).slice(0, QUESTION_CHARS))
      : item.orderId
        ? t('notify_order', item.orderId)
        : t('notify_work_order', item.workOrderId ?? item.key);
  const when = t('notify_deadline', deadlineLabel(deadline.key, s), shanghaiClock(deadline.at));
  const stake =
    item.kind === 'invoice' && item.workOrderId !== undefined
      ? t('stake_points', s.pointsPerComplaint, pointsInWindow, s.pointsCap)
      : item.kind === 'logistics'
        ? t(item.workOrderCreatedAt !== undefined ? 'stake_logistics_reply' : 'stake_logistics')
        : '';
  return { title, message: [which, when, stake].filter(Boolean).join('\n') };
}

/** One notification for many: how many are overdue, due within the due-soon window, and due later. */
export function summaryText(due: readonly DueReminder[], now: number, s: RuleSettings): { title: string; message: string } {
  const overdue = due.filter((d) => d.deadline.at < now).length;
  const soon = due.filter((d) => d.deadline.at >= now && d.deadline.at <= now + s.dueSoonHours * HOUR_MS).length;
  const later = due.length - overdue - soon;
  const parts = [t('notify_summary', overdue, soon, s.dueSoonHours), later > 0 ? t('notify_summary_later', later) : ''];
  return { title: t('notify_summary_title', due.length), message: [...parts.filter(Boolean), t('notify_summary_open')].join('\n') };
}
