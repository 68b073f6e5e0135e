import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../pages/detect';
import type { PageReport } from '../messages';

/** Reports the current seller page to the background, again after every SPA route change. */
export function startPageWatcher(ctx: ContentScriptContext, send: (report: PageReport) => Promise<unknown>): void {
  const report = (href: string) => {
    const pageKind = detectPage(href);
    if (!pageKind || ctx.isInvalid) return;
    // A reloaded extension or a suspended worker must never surface as an error on the seller's page.
    send({ type: 'page-report', url: href, pageKind, seenAt: Date.now() }).catch(() => undefined);
  };
  report(location.href);
  // Fired from the Navigation API's `navigate`, before `location` changes: take the URL from the event.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => report(event.newUrl.href));
}
