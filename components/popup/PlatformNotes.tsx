import { t } from '@/lib/i18n';
import { shanghaiIso } from '@/lib/rules/wall-clock';
import { COUNTS_FRESH_MS, INVOICE_LIST_URL, logisticsCount, PACKAGE_CENTER_URL, type PlatformState } from '@/lib/store/platform';

/** `12-07 10:05(3 小时前)`: when something was read, and how long ago, so a number visibly ages. */
export function readWhen(at: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  const ago = minutes < 60 ? t('ago_minutes', minutes) : minutes < 48 * 60 ? t('ago_hours', Math.floor(minutes / 60)) : t('ago_days', Math.floor(minutes / 1440));
  return t('popup_platform_read', shanghaiIso(at).slice(5, 16).replace('T', ' '), ago);
}

/**
 * What the platform itself says (issue 21): this account may not see invoice requests (never shown as "nothing
 * due"), and the workbench's counts beside the log's, with when they were read and where to look.
 */
export function PlatformNotes({ state, logged, now }: { state: PlatformState; logged: { invoice: number; logistics: number }; now: number }) {
  const { access, counts } = state;
  const lines: { what: string; platform: number; log: number; href: string; open: string }[] = [];
  if (counts?.counts.invoiceApply !== undefined) {
    lines.push({ what: t('count_invoiceApply'), platform: counts.counts.invoiceApply, log: logged.invoice, href: INVOICE_LIST_URL, open: t('popup_platform_open_invoice') });
  }
  const parcels = counts && logisticsCount(counts.counts);
  if (parcels !== undefined) lines.push({ what: t('count_logistics'), platform: parcels, log: logged.logistics, href: PACKAGE_CENTER_URL, open: t('popup_platform_open_packages') });
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
