import { t } from '@/lib/i18n';
import { countLines, readWhen } from '@/lib/platform/count-lines';
import { COUNTS_FRESH_MS, type PlatformState } from '@/lib/store/platform';

/**
 * What the platform itself says (issue 21): this account may not see invoice requests (never shown as "nothing
 * due"), and the workbench's counts beside the log's, with when they were read and where to look.
 */
export function PlatformNotes({ state, logged, now }: { state: PlatformState; logged: { invoice: number; logistics: number }; now: number }) {
  const { access, counts } = state;
  const lines = countLines(state, logged);
  if (access?.state !== 'no-permission' && lines.length === 0) return null;
  const stale = counts !== undefined && now - counts.readAt > COUNTS_FRESH_MS;
  return (
    <section class="platform">
      {access?.state === 'no-permission' && (
        <p class="platform-access" role="alert">
          {t('popup_invoice_no_permission', readWhen(access.at, now))}
        </p>
      )}
      {lines.map((l) => (
        <p class="platform-count" key={l.what}>
          {t('popup_platform_line', l.what, l.platform, l.log)}{' '}
          <a href={l.href} target="_blank" rel="noreferrer">
            → {l.open}
          </a>
        </p>
      ))}
      {counts && lines.length > 0 && (
        <p class={stale ? 'platform-when stale' : 'platform-when'}>
          {readWhen(counts.readAt, now)}
          {stale && ` · ${t('popup_platform_stale')}`}
        </p>
      )}
    </section>
  );
}
