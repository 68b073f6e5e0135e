import { useCallback, useEffect, useState } from 'preact/hooks';
import { fieldName, shanghaiClock } from '@/lib/badges/format';
import { t } from '@/lib/i18n';
import { recipesFile } from '@/lib/pages/recipes/check';
import type { FieldName } from '@/lib/pages/fields/specs';
import type { Recipe } from '@/lib/pages/recipes/format';
import { withLog } from '@/lib/store/availability';
import type { SentinelDb } from '@/lib/store/db';
import { deleteRecipe, importRecipes, isIdleRecipe, loadRecipes, loadRecipeVisits, saveRecipe, type RecipeVisits } from '@/lib/store/recipes';
import { KIND_NAMES } from '../popup/TeachPage';
import { readJsonFile } from './DataSection';
import { fileName, type SaveFile } from './download';
import { messageOf, StatusLine, type Status } from './StatusLine';

interface Props {
  db: SentinelDb;
  now(): number;
  save: SaveFile;
  /** Tells the background: it compiles the recipes anew and the open seller tabs read again. */
  onLogChanged(): unknown;
}

const columnsOf = (r: Recipe) =>
  (Object.entries(r.fields) as [FieldName, Recipe['fields'][FieldName]][]).map(([f, fs]) => `${fieldName(f)}←${(fs ?? []).flatMap((x) => x.header ?? []).join('/')}`).join(' · ');

/** One taught recipe: where, when, how many rows it read last, flagged when idle for a week of visits; edit and delete. */
function RecipeItem({ recipe, visits, onSave, onDelete }: { recipe: Recipe; visits?: RecipeVisits; onSave(r: Recipe): Promise<void>; onDelete(): Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [route, setRoute] = useState(recipe.where.route ?? '');
  const [overrides, setOverrides] = useState(recipe.overridesShipped === true);
  const idle = isIdleRecipe(recipe, visits);
  const edited = (): Recipe => {
    const { overridesShipped: _, ...rest } = recipe;
    return { ...rest, where: { ...recipe.where, route: route.startsWith('/') ? route : `/${route}` }, ...(overrides ? { overridesShipped: true } : {}) };
  };
  return (
    <li class={idle ? 'recipe idle' : 'recipe'}>
      <strong>{t(KIND_NAMES[recipe.kind])}</strong> <code>{`${recipe.where.host ?? ''}${recipe.where.route ?? ''}`}</code>{' '}
      <span>{t('recipes_taught', shanghaiClock(recipe.taughtAt ?? 0))}</span>{' · '}
      <span class="rows">{visits ? t('recipes_rows', visits.lastRows) : t('recipes_never')}</span>
      <div class="hint">{t('recipes_fields', columnsOf(recipe))}</div>
      {recipe.todoList && <div class="hint">{t('recipes_todo', recipe.todoList)}</div>}
      {idle && <p class="status error">{t('recipes_idle')}</p>}
      {editing ? (
        <div class="field">
          <label>
            {t('recipes_route')} <input type="text" value={route} onInput={(e) => setRoute(e.currentTarget.value)} />
          </label>
          <label>
            <input type="checkbox" checked={overrides} onChange={(e) => setOverrides(e.currentTarget.checked)} /> {t('recipes_override')}
          </label>
          <button type="button" onClick={() => void onSave(edited()).then(() => setEditing(false))}>{t('recipes_save')}</button>
          <button type="button" onClick={() => setEditing(false)}>{t('recipes_cancel')}</button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" onClick={() => setEditing(true)}>{t('recipes_edit')}</button>
          <button type="button" class="destructive" onClick={() => void onDelete()}>{t('recipes_delete')}</button>
        </div>
      )}
    </li>
  );
}

/** The taught recipes: list, edit, delete; export and import as one JSON file (a bad file changes nothing). */
export function RecipesSection({ db, now, save, onLogChanged }: Props) {
  const [state, setState] = useState<{ recipes: Recipe[]; visits: Record<string, RecipeVisits> } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const load = useCallback(async () => {
    const [recipes, visits] = await withLog(db, () => Promise.all([loadRecipes(db), loadRecipeVisits(db)]));
    setState({ recipes, visits });
  }, [db]);
  useEffect(() => void load().catch((e: unknown) => setStatus({ tone: 'error', text: messageOf(e) })), [load]);

  const run = async (task: () => Promise<Status | null>) => {
    try {
      setStatus(await withLog(db, task));
      await load();
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    }
  };
  const changed = (task: () => Promise<unknown>) => () => run(async () => (await task(), onLogChanged(), null));

  const exportRecipes = () =>
    run(async () => {
      const name = fileName('recipes', 'json', now());
      save(name, JSON.stringify(recipesFile(await loadRecipes(db), now()), null, 1), 'application/json');
      return { tone: 'ok', text: t('opt_exported', name) };
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return null;
      const read = await readJsonFile(file);
      if ('error' in read) return { tone: 'error', text: t('recipes_import_failed', read.error) };
      const result = await importRecipes(db, read.data);
      if (!result.ok) return { tone: 'error', text: t('recipes_import_failed', t(result.error, result.detail ?? '')) };
      onLogChanged();
      return { tone: 'ok', text: t('recipes_imported', result.recipes.length) };
    });

  return (
    <section class="recipes" aria-labelledby="recipes-title">
      <h2 id="recipes-title">{t('recipes_title')}</h2>
      {state && state.recipes.length === 0 && <p class="hint">{t('recipes_none')}</p>}
      <ul class="recipe-list">
        {state?.recipes.map((r) => (
          <RecipeItem key={r.id} recipe={r} visits={state.visits[r.id]} onSave={(edited) => changed(() => saveRecipe(db, edited))()} onDelete={changed(() => deleteRecipe(db, r.id))} />
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => void exportRecipes()} disabled={!state || state.recipes.length === 0}>{t('recipes_export')}</button>
      </div>
      <div class="field">
        <label for="recipes-import">{t('recipes_import')}</label>
        <input id="recipes-import" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        <p class="hint">{t('recipes_hint')}</p>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
