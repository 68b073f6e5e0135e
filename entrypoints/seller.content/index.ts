import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { startSentinel } from '@/lib/content/sentinel';
import { watchLocation } from '@/lib/content/location-watch';
import { watchNearScreen } from '@/lib/content/near-screen';
import type { ScriptContext } from '@/lib/content/script-context';
import type { KnowledgeReply, KnowledgeRequest, PageReply, ReopenRequest } from '@/lib/messages';
import { isPageKnowledge, useKnowledge } from '@/lib/pages/knowledge';
import { readTables } from '@/lib/pages/table';


/** The page knowledge from the background, asked again (1 s, 2 s, 4 s…) while the worker is starting or busy. */
async function fetchKnowledge(alive: () => boolean): Promise<KnowledgeReply | null> {
  for (let attempt = 0; attempt < 6 && alive(); attempt++) {
    // The page's address as it is now: after a client route change the sender's address can still be the old one.
    const request: KnowledgeRequest = { type: 'page-knowledge', url: location.href };
    const reply = (await browser.runtime.sendMessage(request).catch(() => null)) as KnowledgeReply | null;
    if (isPageKnowledge(reply?.knowledge) && reply.context?.settings && typeof reply.badgeCss === 'string') return reply;
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
  }
  return null;
}

export default defineContentScript({
  matches: SELLER_MATCHES,
  runAt: 'document_idle',
  // The content build's context is lib/content/script-context.ts (wxt.config.ts): use only what it has.
  async main(ctx: ScriptContext) {
    // Page knowledge lives in the background (knowledge.ts): read nothing until it is here.
    const start = await fetchKnowledge(() => !ctx.isInvalid);
    if (!start || ctx.isInvalid) return;
    useKnowledge(start.knowledge);
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
        context: start.context,
        css: start.badgeCss,
        reopen: (key) => void browser.runtime.sendMessage({ type: 'reopen-item', key } satisfies ReopenRequest).catch(() => undefined),
      },
      ctx.signal,
    );
    // SPA route changes: the URL changes before the new rows arrive; pass again once it has.
    watchLocation(sentinel.pass, ctx.signal);
    // The background asks (lib/background/open-item.ts, refresh-tabs.ts): where-are-you, from a notification click, whether this
    // tab still shows the item's page (no tabs permission needed), answered through sendResponse, which Chrome and
    // Firefox both take without the polyfill (see wxt.config.ts); refresh-badges, after the log, the settings or the
    // taught recipes changed: the knowledge is fetched again first. The popup asks page-tables (teach-page.ts): the
    // tables as read here, headers and first rows, to teach a recipe from; the answer is never stored.
    // From the worker (no tab) or an extension page (the popup, which a test opens in a tab); never another page's script.
    const fromBackground = (message: unknown, sender: { id?: string; tab?: unknown; url?: string }, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/')))) return;
      const type = (message as { type?: string })?.type;
      if (type === 'where-are-you') sendResponse(location.href);
      if (type === 'page-tables') sendResponse(readTables(document).map((t) => [t.headers, ...t.rows.slice(0, 5).map((r) => t.headers.map((h) => r.cells.get(h) ?? ''))]));
      if (type === 'refresh-badges') void fetchKnowledge(() => !ctx.isInvalid).then((k) => (k && useKnowledge(k.knowledge), sentinel.refresh()));
    };
    browser.runtime.onMessage.addListener(fromBackground);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(fromBackground));
  },
});
