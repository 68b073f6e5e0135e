import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/welcome/Welcome';
import { notificationLevel, sendTestNotification } from '@/components/welcome/notification-check';
import { t } from '@/lib/i18n';

document.title = t('welcome_title');
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <Welcome
    checkNotifications={notificationLevel}
    sendTest={sendTestNotification}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
