/**
 * The recipes the seller taught, kept as one row of the settings table (`taught-recipes`): a short list
 * written whole, so no schema version is needed and an edit is one put. Every load checks every recipe
 * (pages/recipes/check.ts); one that does not check out is ignored, never compiled.
 * How each read on its latest visits is a second row (`recipe-visits`), so noting a visit never rewrites a recipe.
 */
import { checkRecipe, checkRecipesFile, type RecipesCheck } from '../pages/recipes/check';
import type { Recipe } from '../pages/recipes/format';
import type { SentinelDb } from './db';

const RECIPES_KEY = 'taught-recipes';
const VISITS_KEY = 'recipe-visits';

/** Per recipe: how many records its words gave on the latest visit, when that was, and when it last gave any. */
export interface RecipeVisits {
  lastRows: number;
  lastVisitAt: number;
  lastYieldAt?: number;
}

/** A recipe whose pages were visited for this long without it giving a record is flagged in the options page. */
export const IDLE_RECIPE_MS = 7 * 24 * 3600_000;

export async function loadRecipes(db: SentinelDb): Promise<Recipe[]> {
  const row = await db.settings.get(RECIPES_KEY);
  return Array.isArray(row?.value) ? row.value.map(checkRecipe).filter((r): r is Recipe => r !== null) : [];
}

async function writeRecipes(db: SentinelDb, recipes: readonly Recipe[]): Promise<void> {
  await (recipes.length === 0 ? db.settings.delete(RECIPES_KEY) : db.settings.put({ key: RECIPES_KEY, value: structuredClone([...recipes]) }));
}

/** Adds the recipe, or replaces the one of its id. Throws RangeError, writing nothing, if it does not check out. */
export async function saveRecipe(db: SentinelDb, recipe: Recipe): Promise<void> {
  const checked = checkRecipe(recipe);
  if (!checked) throw new RangeError(`invalid recipe ${recipe.id}`);
  await db.transaction('rw', db.settings, async () => {
    const all = await loadRecipes(db);
    const at = all.findIndex((r) => r.id === checked.id);
    await writeRecipes(db, at < 0 ? [...all, checked] : all.map((r, i) => (i === at ? checked : r)));
  });
}

export async function deleteRecipe(db: SentinelDb, id: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => writeRecipes(db, (await loadRecipes(db)).filter((r) => r.id !== id)));
}

/** Imports a recipes file: all of it (a recipe of a known id replaces it) or, on any problem, nothing. */
export async function importRecipes(db: SentinelDb, data: unknown): Promise<RecipesCheck> {
  const checked = checkRecipesFile(data);
  if (!checked.ok) return checked;
  await db.transaction('rw', db.settings, async () => {
    const incoming = new Set(checked.recipes.map((r) => r.id));
    await writeRecipes(db, [...(await loadRecipes(db)).filter((r) => !incoming.has(r.id)), ...checked.recipes]);
  });
  return checked;
}

export async function loadRecipeVisits(db: SentinelDb): Promise<Record<string, RecipeVisits>> {
  const value = (await db.settings.get(VISITS_KEY))?.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, RecipeVisits>) : {};
}

/** Notes a visit of a page where these recipes were in force, with how many records each gave. */
export async function noteRecipeVisit(db: SentinelDb, rows: ReadonlyMap<string, number>, now: number): Promise<void> {
  if (rows.size === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const visits = await loadRecipeVisits(db);
    for (const [id, lastRows] of rows) {
      const before = visits[id];
      const lastYieldAt = lastRows > 0 ? now : before?.lastYieldAt;
      visits[id] = { lastRows, lastVisitAt: now, ...(lastYieldAt !== undefined ? { lastYieldAt } : {}) };
    }
    await db.settings.put({ key: VISITS_KEY, value: visits });
  });
}

/** Whether a recipe's pages have been visited for 7 days and more without it giving a record. */
export function isIdleRecipe(recipe: Recipe, visits: RecipeVisits | undefined): boolean {
  if (!visits) return false;
  return visits.lastRows === 0 && visits.lastVisitAt - (visits.lastYieldAt ?? recipe.taughtAt ?? visits.lastVisitAt) >= IDLE_RECIPE_MS;
}
