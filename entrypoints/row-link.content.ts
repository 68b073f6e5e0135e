import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { showRow } from '@/lib/content/show-row';

/**
 * Answers the worker's show-row (issue 25: a click in the side panel) on the seller pages the seller script runs
 * on. Only this extension's worker may ask (no tab: not a content script or a web page).
 */
export default defineContentScript({
  matches: SELLER_MATCHES,
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
      const m = message as { type?: string; keys?: unknown };
      if (sender.id !== browser.runtime.id || sender.tab || m?.type !== 'show-row' || !Array.isArray(m.keys)) return;
      sendResponse(showRow(document, m.keys.map(String)));
    });
  },
});
