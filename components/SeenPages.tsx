import { useEffect, useState } from 'preact/hooks';
import type { SeenPage } from '@/lib/background/page-reports';
import type { PageKind } from '@/lib/pages/detect';
import { t, type MessageKey } from '@/lib/i18n';

const PAGE_NAMES: Record<PageKind, MessageKey> = {
  'invoice-requests': 'page_invoice_requests',
  'sold-orders': 'page_sold_orders',
  'order-detail': 'page_order_detail',
  'ask-all': 'page_ask_all',
  'seller-other': 'page_seller_other',
};

/** The seller pages this browser session showed; the full summary arrives with the store. */
export function SeenPages() {
  const [pages, setPages] = useState<SeenPage[] | null>(null);
  useEffect(() => {
    browser.storage.session
      .get('seenPages')
      .then((s) => setPages((s.seenPages as SeenPage[] | undefined) ?? []))
      .catch(() => setPages([]));
  }, []);
  if (pages === null) return <p>{t('popup_loading')}</p>;
  if (pages.length === 0) return <p>{t('popup_no_pages')}</p>;
  return (
    <ul>
      {pages.map((p) => (
        <li key={p.url}>
          {t(PAGE_NAMES[p.pageKind])} · {new URL(p.url).pathname} · {p.recordCount}
        </li>
      ))}
    </ul>
  );
}
