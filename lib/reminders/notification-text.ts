import { deadlineLabel, formatCountdown, shanghaiClock } from '../badges/format';
import { HOUR_MS } from '../rules/shanghai';
import { t } from '../i18n';
import type { RuleSettings } from '../rules/settings';
import type { LogItem, Ticket } from '../store/types';
import type { DueReminder } from './planner';

const QUESTION_CHARS = 40;

/** A parcel's stake: the work order's reply once one is seen, else whether the platform already lists it as stalled. */
function logisticsStake(item: Ticket): string {
  if (item.workOrderCreatedAt !== undefined) return t('stake_logistics_reply');
  if (item.stalledSince === undefined) return t('stake_logistics');
  const amount = item.expectedCompensation === undefined ? '' : ` · ${t('stake_expected_compensation', item.expectedCompensation.toFixed(2))}`;
  return `${t('stake_logistics_listed')}${amount}`;
}

/** What the notification says: what, which order or question, how long is left, what is at stake. */
export function notificationText(item: LogItem, due: DueReminder, now: number, s: RuleSettings, pointsInWindow: number): { title: string; message: string } {
  const { deadline } = due;
  // A deadline kept from a 已超时 sighting is when this browser first saw it overdue, not when it passed: no count-up.
  const sighting = deadline.key === 'page' && item.pageUnit === 0;
  // Sent before quiet hours: say when it falls due tonight, not only how long is left.
  const left = due.early ? t('notify_early', shanghaiClock(deadline.at).slice(6)) : sighting ? t('badge_page_overdue', shanghaiClock(deadline.at)) : formatCountdown(deadline.at, now);
  const title = `${t(`kind_${item.kind}`)} · ${left}`;
  const which =
    item.kind === 'qa'
      ? t('notify_question', (item.question ?? item.id).slice(0, QUESTION_CHARS))
      : item.orderId
        ? t('notify_order', item.orderId)
        : t('notify_work_order', item.workOrderId ?? item.key);
  const when = sighting ? '' : t('notify_deadline', deadlineLabel(deadline.key, s), shanghaiClock(deadline.at));
  const stake =
    item.kind === 'invoice' && item.workOrderId !== undefined
      ? t('stake_points', s.pointsPerComplaint, pointsInWindow, s.pointsCap)
      : item.kind === 'logistics'
        ? logisticsStake(item)
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
