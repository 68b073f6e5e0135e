import { acceptPageReport, rememberPage } from '@/lib/background/page-reports';
import type { PageReport } from '@/lib/messages';

// Until the Dexie store lands, recent page reports live in session storage so they survive worker suspension.
const SEEN_KEY = 'seenPages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async (message, sender) => {
    const report = acceptPageReport(message, sender, browser.runtime.id);
    if (!report) return;
    const stored = await browser.storage.session.get(SEEN_KEY);
    const seen = (stored[SEEN_KEY] as PageReport[] | undefined) ?? [];
    await browser.storage.session.set({ [SEEN_KEY]: rememberPage(seen, report) });
  });
});
