/** Which seller page a URL is. Pure: a function of the URL only (work-order lists are found by content, not here). */
export type PageKind = 'invoice-requests' | 'sold-orders' | 'order-detail' | 'ask-all' | 'package-center' | 'seller-other';

const QIANNIU_HOSTS = new Set(['myseller.taobao.com', 'qn.taobao.com']);

/** The Qianniu SPA route after `/home.htm/`, e.g. `trade-platform/tp/sold`; the hash is part of some routes. */
function qianniuRoute(url: URL): string | null {
  if (!QIANNIU_HOSTS.has(url.hostname)) return null;
  const m = /^\/home\.htm\/?(.*)$/.exec(url.pathname);
  return m ? m[1]! : '';
}

export function detectPage(href: string): PageKind | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'rate.taobao.com') {
    return /^\/sellercenterv2\/.*ask-all/.test(url.pathname + url.hash) ? 'ask-all' : null;
  }
  const route = qianniuRoute(url);
  if (route === null) return QIANNIU_HOSTS.has(url.hostname) ? 'seller-other' : null;
  if (route.startsWith('trade-platform/tp/sold')) return 'sold-orders';
  if (route.startsWith('trade-platform/tp/detail')) return 'order-detail';
  if (route.startsWith('merchant-invoice')) return 'invoice-requests';
  if (route.startsWith('comment-manage/ask-all')) return 'ask-all';
  // 物流 → 包裹中心 (packageMonitor): the platform's own lists of late and stalled parcels (rpa-conn-qianniu-all docs, 2026-06).
  if (route.startsWith('package-center')) return 'package-center';
  return 'seller-other';
}
