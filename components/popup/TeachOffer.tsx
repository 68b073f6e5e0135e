import { useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { detectPage } from '@/lib/pages/detect';
import type { Recipe } from '@/lib/pages/recipes/format';
import type { RuleSettings } from '@/lib/rules/settings';
import type { SellerTab } from '@/lib/teach/page-link';
import { preview, readingOf } from '@/lib/teach/teach-model';
import { TeachPage } from './TeachPage';

interface Props {
  page: SellerTab | null;
  taught: readonly Recipe[];
  settings: RuleSettings;
  now: number;
  onSave(recipe: Recipe): Promise<void>;
}

/** A table worth teaching: a header row of two or more columns, and rows. */
const isListTable = (table: SellerTab['tables'][number]) => table[0].filter((h) => h !== '').length >= 2 && table.length > 1;

/**
 * 教它读这个页面: offered up front on a seller page whose list the recipes in force read not at all or only in
 * part, and always under the 更多 menu.
 */
export function TeachOffer({ page, taught, settings, now, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const reading = useMemo(() => {
    if (!page || detectPage(page.href) === null) return null;
    const readings = page.tables.filter(isListTable).map((tb) => readingOf(preview(document.implementation.createHTMLDocument(''), page.href, tb, taught, now, settings)));
    return readings.find((r) => r !== 'full') ?? null;
  }, [page, taught, now, settings]);
  if (open && page) return <TeachPage page={page} taught={taught} settings={settings} now={now} onSave={onSave} onClose={() => setOpen(false)} />;
  const teach = (
    <button type="button" class="teach-open" onClick={() => setOpen(true)} disabled={!page}>
      {t('teach_open')}
    </button>
  );
  return reading ? (
    <p class="teach-offer">
      {t(reading === 'unread' ? 'teach_unread' : 'teach_half')} {teach}
    </p>
  ) : (
    <details class="menu">
      <summary>{t('teach_menu')}</summary>
      {teach}
      {!page && <p class="muted">{t('teach_no_page')}</p>}
    </details>
  );
}
