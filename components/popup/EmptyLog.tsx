import { t } from '@/lib/i18n';

/** An empty log: what to do first, in two lines, instead of a row of zeros. */
export function EmptyLog({ openWelcome }: { openWelcome(): void }) {
  return (
    <section class="empty-log">
      <p>{t('popup_empty_open_pages')}</p>
      <p>
        {t('popup_empty_local')}{' '}
        <button type="button" class="link" onClick={openWelcome}>
          {t('popup_empty_guide')}
        </button>
      </p>
    </section>
  );
}
