import { useMemo, useState } from 'preact/hooks';
import { fieldName, shanghaiClock } from '@/lib/badges/format';
import { t, type MessageKey } from '@/lib/i18n';
import type { RecordKind } from '@/lib/pages/records';
import { shippedFieldOf } from '@/lib/pages/recipes/compile';
import { TEACHABLE, type Recipe } from '@/lib/pages/recipes/format';
import type { RuleSettings } from '@/lib/rules/settings';
import type { SellerTab } from '@/lib/teach/page-link';
import { preview, readingOf, recipeFrom, type Mapping } from '@/lib/teach/teach-model';

export const KIND_NAMES: Record<RecordKind, MessageKey> = { invoice: 'teach_kind_invoice', logistics: 'teach_kind_logistics', qa: 'teach_kind_qa' };

interface Props {
  page: SellerTab;
  taught: readonly Recipe[];
  settings: RuleSettings;
  now: number;
  onSave(recipe: Recipe): Promise<void>;
  onClose(): void;
}

/**
 * The teach view: the page's tables as the extension reads them, the record kind, which column is which field,
 * and a preview of the records and deadlines the recipe would give, before it is saved. The rows shown here
 * are never stored: the recipe keeps header texts and the page's address only.
 */
export function TeachPage({ page, taught, settings, now, onSave, onClose }: Props) {
  const [tableAt, setTableAt] = useState(0);
  const [kind, setKind] = useState<RecordKind>('invoice');
  const [mapping, setMapping] = useState<Mapping>({});
  const [overrides, setOverrides] = useState(false);
  /** The list's name when the seller says it is a to-do list (rows leave it once done); null: a record list. */
  const [todoList, setTodoList] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const table = page.tables[tableAt];
  const headers = table?.[0] ?? [];
  const draft = useMemo(() => recipeFrom(page.href, kind, mapping, now, overrides, todoList ?? undefined), [page.href, kind, mapping, now, overrides, todoList]);
  const rows = useMemo(() => {
    if (!table || Object.keys(draft.fields).length === 0) return [];
    return preview(document.implementation.createHTMLDocument(''), page.href, table, [...taught, draft], now, settings);
  }, [table, draft, taught, now, settings, page.href]);
  // A table the shipped recipes read fully is read as they say unless the seller ticks the override.
  const shippedFull = useMemo(() => table !== undefined && readingOf(preview(document.implementation.createHTMLDocument(''), page.href, table, [], now, settings)) === 'full', [table, page.href, now, settings]);
  const pick = (header: string, field: string) => {
    const next: Mapping = Object.fromEntries(Object.entries(mapping).filter(([, h]) => h !== header));
    if (field) next[field as keyof Mapping] = header;
    setMapping(next);
  };
  const fieldOf = (header: string) => Object.entries(mapping).find(([, h]) => h === header)?.[0] ?? '';

  return (
    <section class="teach" aria-labelledby="teach-title">
      <header>
        <h2 id="teach-title">{t('teach_title')}</h2>
        <button type="button" class="link" onClick={onClose}>{t('teach_back')}</button>
      </header>
      {page.tables.length === 0 && <p>{t('teach_no_table')}</p>}
      {page.tables.length > 1 && (
        <label>
          {t('teach_table')}{' '}
          <select onChange={(e) => (setTableAt(Number(e.currentTarget.value)), setMapping({}))}>
            {page.tables.map((tb, i) => <option key={i} value={i}>{`${i + 1}: ${tb[0].slice(0, 4).join(' · ')}`}</option>)}
          </select>
        </label>
      )}
      <fieldset class="kinds">
        <legend>{t('teach_kind')}</legend>
        {(Object.keys(KIND_NAMES) as RecordKind[]).map((k) => (
          <label key={k}>
            <input type="radio" name="teach-kind" value={k} checked={kind === k} onChange={() => (setKind(k), setMapping({}))} /> {t(KIND_NAMES[k])}
          </label>
        ))}
      </fieldset>
      {table && (
        <table class="teach-columns">
          <caption>{t('teach_columns')}</caption>
          <tbody>
            {headers.map((h, c) => (
              <tr key={h}>
                <th scope="row">{h || '—'}</th>
                <td class="sample">{table[1]?.[c] ?? ''}</td>
                <td>
                  <select aria-label={h} value={fieldOf(h)} onChange={(e) => pick(h, e.currentTarget.value)} disabled={h === ''}>
                    <option value="">{t('teach_unused')}</option>
                    {TEACHABLE[kind].map((f) => <option key={f} value={f}>{fieldName(f)}{shippedFieldOf(h) === f ? ' ✓' : ''}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('teach_preview')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t('teach_preview_none')}</p>
      ) : (
        <ul class="teach-preview">
          {rows.map(({ record, deadline }) => (
            <li key={`${record.kind}:${record.id}`}>
              <span class="kind">{t(KIND_NAMES[record.kind])}</span> {record.id}{' '}
              <span class="when">{deadline === null ? t('teach_no_deadline') : t('teach_deadline', shanghaiClock(deadline))}</span>
              {(record.problems ?? []).length > 0 && <span class="muted">{t('teach_missing', [...new Set((record.problems ?? []).map((p) => fieldName(p.field)))].join('、'))}</span>}
            </li>
          ))}
        </ul>
      )}
      {shippedFull && (
        <label>
          <input type="checkbox" checked={overrides} onChange={(e) => setOverrides(e.currentTarget.checked)} /> {t('teach_override')}
        </label>
      )}
      <label>
        <input type="checkbox" checked={todoList !== null} onChange={(e) => setTodoList(e.currentTarget.checked ? t('teach_todo_name') : null)} /> {t('teach_todo')}
      </label>
      {todoList !== null && (
        <label>
          {t('teach_todo_name_label')} <input type="text" maxLength={20} value={todoList} onInput={(e) => setTodoList(e.currentTarget.value)} />
        </label>
      )}
      <p class="muted">{t('teach_privacy')}</p>
      <button type="button" class="save" disabled={rows.length === 0 || (shippedFull && !overrides)} onClick={() => void onSave(draft).then(() => setSaved(t('teach_saved')), (e: unknown) => setSaved(t('popup_error', String((e as Error)?.message ?? e))))}>
        {t('teach_save')}
      </button>
      {saved && <p role="status">{saved}</p>}
    </section>
  );
}
