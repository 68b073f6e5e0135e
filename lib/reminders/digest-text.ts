import { t } from '../i18n';
import type { RuleSettings } from '../rules/settings';
import type { LogItem } from '../store/types';
import { KINDS, type Bucket, type DaysAhead, type DueItem } from './days-ahead';

/** `催开票 2 · 问大家 1`: the kinds a bucket holds, in the popup's order. */
export function kindBreakdown(bucket: Bucket<DueItem>): string {
  return KINDS.filter((k) => bucket.counts[k] > 0)
    .map((k) => `${t(`kind_${k}`)} ${bucket.counts[k]}`)
    .join(' · ');
}

const line = (label: string, bucket: Bucket<DueItem>) => (bucket.total > 0 ? t('digest_line', label, bucket.total, kindBreakdown(bucket)) : `${label} 0`);

/** Whether the digest has anything to say: something overdue, due today or due tomorrow. */
export const digestHasNews = (days: DaysAhead<DueItem>) => days.overdue.total + days.days[0]!.total + days.days[1]!.total > 0;

/** The morning digest: overdue, due today, due tomorrow (each by kind), and the 30-day point total. */
export function digestText(days: DaysAhead<LogItem>, day: string, points: number, s: RuleSettings, platform: string[] = []): { title: string; message: string } {
  const [today, tomorrow] = days.days as [Bucket<LogItem>, Bucket<LogItem>];
  return {
    title: t('digest_title', day.slice(5)),
    message: [
      line(t('digest_overdue'), days.overdue),
      line(t('digest_today'), today),
      line(t('digest_tomorrow'), tomorrow),
      t('popup_points', points, s.pointsCap),
      // What the platform itself counts beside the log's (lib/platform/count-lines.ts), when the workbench was read.
      ...platform,
    ].join('\n'),
  };
}
