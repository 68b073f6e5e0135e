/**
 * The seller pages to open once, per page kind, on each host the content script runs on (lib/pages/hosts.ts).
 * A test checks each link against detectPage, so the welcome page cannot point at a page the extension does not read.
 */
import type { MessageKey } from '@/lib/i18n';
import type { PageKind } from '@/lib/pages/detect';

export interface PageLink {
  kind: PageKind;
  /** What the page is, and what the extension learns from it. */
  title: MessageKey;
  learns: MessageKey;
  urls: readonly string[];
}

const QIANNIU = ['https://myseller.taobao.com', 'https://qn.taobao.com'] as const;
const onBothHosts = (route: string) => QIANNIU.map((origin) => `${origin}/home.htm/${route}`);

export const PAGE_LINKS: readonly PageLink[] = [
  { kind: 'invoice-requests', title: 'welcome_page_invoice', learns: 'welcome_learns_invoice', urls: onBothHosts('merchant-invoice/') },
  { kind: 'sold-orders', title: 'welcome_page_sold', learns: 'welcome_learns_sold', urls: onBothHosts('trade-platform/tp/sold') },
  {
    kind: 'package-center',
    title: 'welcome_page_package',
    learns: 'welcome_learns_package',
    urls: onBothHosts('package-center/packageMonitor'),
  },
  {
    kind: 'ask-all',
    title: 'welcome_page_ask_all',
    learns: 'welcome_learns_ask_all',
    urls: [...onBothHosts('comment-manage/ask-all'), 'https://rate.taobao.com/sellercenterv2/index.htm/ask-all'],
  },
];
