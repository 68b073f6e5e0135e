// The fake browser has no i18n: read the real catalogue and substitute $1…$9 as browsers do.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function catalogue(locale: 'zh_CN' | 'en'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
}

export function installI18n(locale: 'zh_CN' | 'en' = 'zh_CN'): void {
  const messages = catalogue(locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const message = messages[key]?.message ?? '';
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}
