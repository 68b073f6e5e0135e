/** Whether notifications can show: Chrome says so (notifications.getPermissionLevel); Firefox has no such call. */
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export type NotificationLevel = 'granted' | 'denied' | 'unknown';

type WithLevel = { getPermissionLevel?: () => Promise<string> };

export async function notificationLevel(): Promise<NotificationLevel> {
  const check = (browser.notifications as unknown as WithLevel).getPermissionLevel;
  if (!check) return 'unknown';
  try {
    const level = await check.call(browser.notifications);
    return level === 'granted' ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
}

/** One notification now, so the seller sees whether the system shows it (the browser may allow what the OS hides). */
export async function sendTestNotification(): Promise<void> {
  await browser.notifications.create('ds-test', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('welcome_test_title'),
    message: t('welcome_test_message'),
  });
}
