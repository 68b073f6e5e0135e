import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { startSentinel } from '@/lib/content/sentinel';
import { watchLocation } from '@/lib/content/location-watch';
import { watchNearScreen } from '@/lib/content/near-screen';
import type { ScriptContext } from '@/lib/content/script-context';
import type { KnowledgeReply, KnowledgeRequest, OpenAnswersRequest, PageReply, PlatformReport, ReopenRequest } from '@/lib/messages';
import { isPageKnowledge, useKnowledge } from '@/lib/pages/knowledge';
import { readTables } from '@/lib/pages/table';
import { PageData, type PlatformReply } from '@/lib/platform/page-data';
import { openTapChannel } from '@/lib/platform/tap-channel';
import { showNotice } from '@/lib/content/page-notice';
import { showRow } from '@/lib/content/show-row';
import { detectPage } from '@/lib/pages/detect';
import { t, useCatalogue } from '@/lib/i18n';

/** A reply slower than this is a silent worker (a stale, crashed or stopped one): the page says so (issue 23). */
const SILENT_MS = 3000;
/** Whether the worker last failed to answer: the grey notice shows, and the popup, asking, says so too. */
let silent = false;
const beSilent = (on: boolean) => {
  silent = on;
  showNotice(document, on ? t('worker_silent') : null, 'silent');
};

const wait = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));
const isKnowledge = (r: KnowledgeReply | undefined): r is KnowledgeReply =>
  isPageKnowledge(r?.knowledge) && !!r.context?.settings && typeof r.badgeCss === 'string' && typeof r.messages === 'object' && r.messages !== null;

/**
 * The page knowledge from the background, asked again (1 s, 2 s, 4 s… at most 30 s apart) for as long as the tab
 * is open: a worker that does not answer may answer later (restarted, reloaded by the seller). A late answer
 * to an earlier ask ends the pause at once.
 */
async function fetchKnowledge(alive: () => boolean): Promise<KnowledgeReply | null> {
  for (let attempt = 0; alive(); attempt++) {
    // The page's address as it is now: after a client route change the sender's address can still be the old one.
    const request: KnowledgeRequest = { type: 'page-knowledge', url: location.href };
    const asked = (browser.runtime.sendMessage(request) as Promise<KnowledgeReply | undefined>).catch(() => undefined);
    // A refusal or a bad answer never settles this: the pause runs its course.
    const answer = asked.then((r) => (isKnowledge(r) ? r : new Promise<never>(() => undefined)));
    let reply = await Promise.race([answer, wait(SILENT_MS)]);
    if (!reply && alive()) {
      beSilent(true);
      reply = await Promise.race([answer, wait(Math.min(30_000, 1000 * 2 ** attempt))]);
    }
    if (reply) {
      if (silent) beSilent(false);
      return reply;
    }
  }
  return null;
}

/** The page's notice: only on 发票管理, only when its own data said no permission or failed. */
function noticeFor(data: PageData): void {
  const onInvoices = detectPage(location.href) === 'invoice-requests';
  const text =
    !onInvoices ? null
    : data.invoiceAccess === 'no-permission' ? t('invoice_no_permission')
    : data.invoiceAccess === 'failed' ? t('invoice_read_failed', data.invoiceWhy)
    : null;
  showNotice(document, text);
}

export default defineContentScript({
  matches: SELLER_MATCHES,
  // document_start for the tap's handshake (lib/platform/tap-channel.ts), which must happen before any page
  // script runs; a page still arriving gets only its first rows previewed (sentinel.ts), and is read whole from
  // DOMContentLoaded on, as at document_idle.
  runAt: 'document_start',
  // The content build's context is lib/content/script-context.ts (wxt.config.ts): use only what it has.
  async main(ctx: ScriptContext) {
    const inbox = openTapChannel(document);
    // The popup asks whether the worker answers here (issue 23), from the start: it may never have.
    const status = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) =>
      void (sender.id === browser.runtime.id && (message as { type?: string })?.type === 'sentinel-status' && sendResponse({ silent }));
    browser.runtime.onMessage.addListener(status);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(status));
    // Page knowledge lives in the background (knowledge.ts): read nothing until it is here.
    const start = await fetchKnowledge(() => !ctx.isInvalid);
    if (!start || ctx.isInvalid) return;
    useKnowledge(start.knowledge);
    useCatalogue(start.messages);
    const pageData = new PageData();
    // The worker takes a reopen only from the frame it answered with that handled badge (badge-owners.ts); a
    // restarted worker has forgotten: 'unknown', so the rows are reported again and the reopen sent once more.
    const reopen = async (key: string, again = true): Promise<void> => {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'reopen-item', key } satisfies ReopenRequest).catch(() => undefined);
      if (reply !== 'unknown' || !again) return;
      sentinel.refresh();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await reopen(key, false);
    };
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
        reopen: (key) => void reopen(key),
        silent: beSilent,
        answers: () => void browser.runtime.sendMessage({ type: 'open-answers' } satisfies OpenAnswersRequest).catch(() => undefined),
        pageData: { data: pageData, words: { disagree: (a, b) => t('data_disagree', a, b), unitUnknown: () => t('data_time_unit_unknown') } },
        loading: () => document.readyState === 'loading',
      },
      ctx.signal,
    );
    // The rest wants the whole page (its notices go above its table).
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (ctx.isInvalid) return;
    // SPA route changes: the URL changes before the new rows arrive; pass again once it has.
    watchLocation(() => (noticeFor(pageData), sentinel.pass()), ctx.signal);
    // The page's own data (lib/platform): copies the tap made before this script ran, then each as it comes.
    // Each copy goes to the background to be read (lib/platform/read-copy.ts), off the seller's page.
    const take = async (copy: string) => {
      const report: PlatformReport = { type: 'platform-report', url: location.href, seenAt: Date.now(), copy };
      if (inbox.refused > 0) report.refused = inbox.refused;
      inbox.refused = 0;
      const reply = (await browser.runtime.sendMessage(report).catch(() => undefined)) as PlatformReply | undefined;
      const taken = ctx.isInvalid ? null : pageData.apply(reply);
      if (taken === 'invoice') noticeFor(pageData);
      if (taken) sentinel.pass();
    };
    for (const copy of inbox.copies.splice(0)) void take(copy);
    inbox.deliver = (copy) => void take(copy);
    ctx.onInvalidated(() => {
      inbox.deliver = undefined;
      showNotice(document, null);
      beSilent(false);
    });
    // The background asks (lib/background/open-item.ts, refresh-tabs.ts): show-row, a click in the side panel (issue 25):
    // scroll to the item's row; where-are-you, from a notification click, whether this
    // tab still shows the item's page (no tabs permission needed), answered through sendResponse, which Chrome and
    // Firefox both take without the polyfill (see wxt.config.ts); refresh-badges, after the log, the settings or the
    // taught recipes changed: the knowledge is fetched again first. The popup asks page-tables (teach-page.ts): the
    // tables as read here, headers and first rows, to teach a recipe from; the answer is never stored.
    // From the worker (no tab) or an extension page (the popup, which a test opens in a tab); never another page's script.
    const fromBackground = (message: unknown, sender: { id?: string; tab?: unknown; url?: string }, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/')))) return;
      const { type, keys } = (message ?? {}) as { type?: string; keys?: unknown };
      if (type === 'show-row' && Array.isArray(keys)) sendResponse(showRow(document, keys.map(String)));
      if (type === 'where-are-you') sendResponse(location.href);
      if (type === 'page-tables') sendResponse(readTables(document).map((tb) => [tb.headers, ...tb.rows.slice(0, 5).map((r) => tb.headers.map((h) => r.cells.get(h) ?? ''))]));
      if (type === 'refresh-badges') void fetchKnowledge(() => !ctx.isInvalid).then((k) => (k && useKnowledge(k.knowledge), sentinel.refresh()));
    };
    browser.runtime.onMessage.addListener(fromBackground);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(fromBackground));
  },
});
