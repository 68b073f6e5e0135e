import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { PageHealth } from '@/lib/store/types';
import { fieldName } from '@/lib/badges/format';
import { lostFields } from '@/lib/store/page-health';
import { taughtAt } from '@/lib/pages/recipes/compile';
import type { Recipe } from '@/lib/pages/recipes/format';

const PAGE_NAMES: Record<string, MessageKey> = {
  'invoice-requests': 'page_invoice_requests',
  'sold-orders': 'page_sold_orders',
  'order-detail': 'page_order_detail',
  'ask-all': 'page_ask_all',
  'package-center': 'page_package_center',
  'work-orders': 'page_work_orders',
};

/** The taught recipes in force at the page's address, for the diagnostic: what it was read with (shipped recipes are the build's). */
const recipesLine = (url: string | undefined, taught: readonly Recipe[]) => `recipes: shipped${url ? taughtAt(url, taught).map((r) => ` + ${JSON.stringify(r)}`).join('') : ''}`;

/** Page kinds whose markup seems to have changed, so the seller is not silently unprotected. */
export function BrokenPages({ pages, copy, taught = [] }: { pages: PageHealth[]; copy(text: string): Promise<void>; taught?: readonly Recipe[] }) {
  const [copied, setCopied] = useState('');
  if (pages.length === 0) return null;
  return (
    <section class="broken" role="alert">
      {pages.map((p) => (
        <p key={p.kind}>
          {t('broken_title', t(PAGE_NAMES[p.kind] ?? 'page_invoice_requests'))}{' '}
          {lostFields(p).length > 0 && <span>{t('broken_fields', lostFields(p).map(fieldName).join('、'))} </span>}
          <button
            type="button"
            onClick={() =>
              copy(`Deadline Sentinel diagnostic · ${p.kind} · ${p.url ?? ''} · lost: ${lostFields(p).join(',')}\n${recipesLine(p.url, taught)}\n${p.outline ?? ''}`)
                .then(() => setCopied(p.kind))
                .catch(() => setCopied(''))
            }
          >
            {t('broken_copy')}
          </button>
          {copied === p.kind && <span> {t('broken_copied')}</span>}
        </p>
      ))}
    </section>
  );
}
