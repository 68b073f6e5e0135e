import { t } from '@/lib/i18n';

/** The 问大家 notification set-up and the four places to answer (RULES §3). */
export function HelpPanel() {
  return (
    <details class="help">
      <summary>{t('help_title')}</summary>
      <p>{t('help_subscribe')}</p>
      <p>{t('help_places')}</p>
      <ol>
        <li>{t('help_place_1')}</li>
        <li>{t('help_place_2')}</li>
        <li>{t('help_place_3')}</li>
        <li>{t('help_place_4')}</li>
      </ol>
      <p>{t('help_pictures')}</p>
    </details>
  );
}
