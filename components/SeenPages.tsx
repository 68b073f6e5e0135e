import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '@/lib/messages';

const PAGE_NAMES: Record<PageReport['pageKind'], string> = {
  'invoice-requests': '发票申请',
  'sold-orders': '已卖出的宝贝',
  'order-detail': '订单详情',
  'ask-all': '问大家',
  'seller-other': '卖家中心',
};

/** The seller pages this browser session showed; the full summary arrives with the store. */
export function SeenPages() {
  const [pages, setPages] = useState<PageReport[] | null>(null);
  useEffect(() => {
    browser.storage.session
      .get('seenPages')
      .then((s) => setPages((s.seenPages as PageReport[] | undefined) ?? []))
      .catch(() => setPages([]));
  }, []);
  if (pages === null) return <p>加载中…</p>;
  if (pages.length === 0) return <p>本次还没有打开卖家后台页面。</p>;
  return (
    <ul>
      {pages.map((p) => (
        <li key={p.url}>
          {PAGE_NAMES[p.pageKind]} · {new URL(p.url).pathname}
        </li>
      ))}
    </ul>
  );
}
