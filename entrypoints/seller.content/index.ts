import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { startSentinel } from '@/lib/content/sentinel';
import { watchNearScreen } from '@/lib/content/near-screen';
import type { KnowledgeRequest, PageReply } from '@/lib/messages';
import { isPageKnowledge, useKnowledge, type PageKnowledge } from '@/lib/pages/knowledge';

const KNOWLEDGE_REQUEST: KnowledgeRequest = { type: 'page-knowledge' };

/** The page knowledge from the background, asked again (1 s, 2 s, 4 s…) while the worker is starting or busy. */
async function fetchKnowledge(alive: () => boolean): Promise<PageKnowledge | null> {
  for (let attempt = 0; attempt < 6 && alive(); attempt++) {
    const reply: unknown = await browser.runtime.sendMessage(KNOWLEDGE_REQUEST).catch(() => null);
    if (isPageKnowledge(reply)) return reply;
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
  }
  return null;
}

export default defineContentScript({
  matches: SELLER_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Page knowledge lives in the background (knowledge.ts): read nothing until it is here.
    const knowledge = await fetchKnowledge(() => !ctx.isInvalid);
    if (!knowledge || ctx.isInvalid) return;
    useKnowledge(knowledge);
    const sentinel = startSentinel(
      document,
      {
        report: (report) => browser.runtime.sendMessage(report) as Promise<PageReply | undefined>,
        now: () => Date.now(),
        // The seller's console is not ours to fill.
        warn: (error) => console.debug('[时效哨兵]', error),
        // Reading isInvalid aborts ctx.signal once the extension is gone, which removes every badge.
        alive: () => !ctx.isInvalid,
        nearScreen: watchNearScreen,
      },
      ctx.signal,
    );
    // SPA route changes: the URL changes before the new rows arrive; pass again once it has.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(sentinel.pass, 0));
    // The background asks (lib/background/open-item.ts, refresh-tabs.ts): where-are-you, from a notification click, whether this
    // tab still shows the item's page (no tabs permission needed), answered through sendResponse, which Chrome and
    // Firefox both take without the polyfill (see wxt.config.ts); refresh-badges, after the log or settings changed.
    const fromBackground = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (href: string) => void) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
      const type = (message as { type?: string })?.type;
      if (type === 'where-are-you') sendResponse(location.href);
      if (type === 'refresh-badges') sentinel.refresh();
    };
    browser.runtime.onMessage.addListener(fromBackground);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(fromBackground));
  },
});
