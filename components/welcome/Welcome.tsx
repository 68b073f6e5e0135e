import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { NotificationLevel } from './notification-check';
import { PAGE_LINKS } from './page-links';
import { WELCOME_CSS } from './welcome-style';

interface Props {
  checkNotifications(): Promise<NotificationLevel>;
  sendTest(): Promise<void>;
  openOptions(): void;
}

const WATCHES: readonly MessageKey[] = ['welcome_watch_invoice', 'welcome_watch_logistics', 'welcome_watch_qa'];

const LEVEL_TEXT: Record<NotificationLevel, MessageKey> = {
  granted: 'welcome_notify_granted',
  denied: 'welcome_notify_denied',
  unknown: 'welcome_notify_unknown',
};

/** The first-run page: what is watched, which pages to open once, privacy, notifications, where the settings are. */
export function Welcome({ checkNotifications, sendTest, openOptions }: Props) {
  const [level, setLevel] = useState<NotificationLevel | null>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => void checkNotifications().then(setLevel, () => setLevel('unknown')), [checkNotifications]);
  return (
    <main class="welcome">
      <style>{WELCOME_CSS}</style>
      <h1>{t('welcome_title')}</h1>
      <p class="lead">{t('welcome_intro')}</p>

      <section>
        <h2>{t('welcome_watches')}</h2>
        <ul>{WATCHES.map((key) => <li key={key}>{t(key)}</li>)}</ul>
      </section>

      <section>
        <h2>{t('welcome_open_once')}</h2>
        <p>{t('welcome_open_once_why')}</p>
        <ul class="pages">
          {PAGE_LINKS.map((page) => (
            <li key={page.kind} data-kind={page.kind}>
              <strong>{t(page.title)}</strong> — {t(page.learns)}
              <div class="links">
                {page.urls.map((url) => (
                  <a key={url} href={url} target="_blank" rel="noreferrer">
                    {new URL(url).hostname}
                  </a>
                ))}
              </div>
            </li>
          ))}
        </ul>
        <p class="hint">{t('welcome_work_orders')}</p>
      </section>

      <section>
        <h2>{t('welcome_privacy')}</h2>
        <p>{t('welcome_privacy_text')}</p>
      </section>

      <section class={`notifications ${level ?? ''}`}>
        <h2>{t('welcome_notifications')}</h2>
        <p role="status">{level === null ? t('welcome_notify_checking') : t(LEVEL_TEXT[level])}</p>
        {level !== 'granted' && level !== null && <p>{t('welcome_notify_how')}</p>}
        <p class="hint">{t('welcome_notify_system')}</p>
        <button type="button" onClick={() => void sendTest().then(() => setSent(true))}>
          {t('welcome_test_button')}
        </button>
        {sent && <span class="sent">{t('welcome_test_sent')}</span>}
      </section>

      <section>
        <h2>{t('welcome_settings')}</h2>
        <p>{t('welcome_settings_text')}</p>
        <button type="button" onClick={openOptions}>
          {t('popup_options')}
        </button>
      </section>
    </main>
  );
}
