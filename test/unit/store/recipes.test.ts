import { describe, expect, it } from 'vitest';
import { checkRecipe, checkRecipesFile, recipesFile } from '@/lib/pages/recipes/check';
import type { Recipe } from '@/lib/pages/recipes/format';
import { deleteRecipe, IDLE_RECIPE_MS, importRecipes, isIdleRecipe, loadRecipes, loadRecipeVisits, noteRecipeVisit, saveRecipe } from '@/lib/store/recipes';
import { loadSettings } from '@/lib/store/settings-store';
import { recipeFrom } from '@/lib/teach/teach-model';
import { UNKNOWN_MAPPING, UNKNOWN_NOW, UNKNOWN_URL } from '../../../demo/teach-page.mjs';
import { freshDb } from './helpers';

const recipe = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW);
const other: Recipe = { ...recipeFrom(UNKNOWN_URL, 'qa', { question: '咨询内容' }, UNKNOWN_NOW + 1) };

describe('recipe validation', () => {
  it('takes a taught recipe as it is', () => {
    expect(checkRecipe(recipe)).toEqual(recipe);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { ...recipe, cells: ['3300100000000000001'] }],
    ['a shipped id', { ...recipe, id: 'shipped:invoice' }],
    ['an unknown kind', { ...recipe, kind: 'refund' }],
    ['a host off the seller pages', { ...recipe, where: { host: 'evil.example' } }],
    ['a route without its slash', { ...recipe, where: { route: 'home.htm' } }],
    ['an unknown field', { ...recipe, fields: { buyerName: [{ header: ['买家'], seen: 'x' }] } }],
    ['no fields', { ...recipe, fields: {} }],
    ['a finding without words', { ...recipe, fields: { orderId: [{ seen: 'x' }] } }],
    ['a word too long', { ...recipe, fields: { orderId: [{ header: ['单'.repeat(41)], seen: 'x' }] } }],
    ['a finding with extra keys', { ...recipe, fields: { orderId: [{ header: ['单号'], seen: 'x', sample: '3300100000000000001' }] } }],
    ['no time taught', { ...recipe, taughtAt: undefined }],
  ])('refuses a recipe with %s', (_why, value) => {
    expect(checkRecipe(value)).toBeNull();
  });

  it('refuses a whole file for one bad recipe, naming it', () => {
    const file = recipesFile([recipe, other], UNKNOWN_NOW);
    expect(checkRecipesFile(file)).toEqual({ ok: true, recipes: [recipe, other] });
    expect(checkRecipesFile({ ...file, recipes: [recipe, { ...other, kind: 'x' }] })).toEqual({ ok: false, error: 'import_error_row', detail: 'recipes[1]' });
    expect(checkRecipesFile({ ...file, recipes: [recipe, recipe] })).toMatchObject({ ok: false, error: 'import_error_duplicate' });
    expect(checkRecipesFile({ ...file, version: 2 })).toMatchObject({ ok: false, error: 'import_error_version' });
    expect(checkRecipesFile({ format: 'deadline-sentinel-log' })).toMatchObject({ ok: false, error: 'import_error_format' });
  });
});

describe('taught recipes in the store', () => {
  it('saves, replaces by id and deletes, beside the settings without disturbing them', async () => {
    const { db } = freshDb();
    const settings = await loadSettings(db);
    await saveRecipe(db, recipe);
    await saveRecipe(db, other);
    await saveRecipe(db, { ...recipe, where: { ...recipe.where, route: '/home.htm/aftersale' } });
    expect((await loadRecipes(db)).map((r) => [r.id, r.where.route])).toEqual([
      [recipe.id, '/home.htm/aftersale'],
      [other.id, '/home.htm/aftersale/platform-tasks'],
    ]);
    await deleteRecipe(db, recipe.id);
    expect((await loadRecipes(db)).map((r) => r.id)).toEqual([other.id]);
    expect(await loadSettings(db)).toEqual(settings);
  });

  it('refuses to save a recipe that does not check out', async () => {
    const { db } = freshDb();
    await expect(saveRecipe(db, { ...recipe, kind: 'x' as 'qa' })).rejects.toThrow(RangeError);
    expect(await loadRecipes(db)).toEqual([]);
  });

  it('imports a good file whole and a bad one not at all', async () => {
    const { db } = freshDb();
    await saveRecipe(db, other);
    expect(await importRecipes(db, { ...recipesFile([recipe], 1), recipes: [recipe, { id: 'x' }] })).toMatchObject({ ok: false });
    expect((await loadRecipes(db)).map((r) => r.id)).toEqual([other.id]);
    expect(await importRecipes(db, recipesFile([recipe, other], 1))).toMatchObject({ ok: true });
    expect((await loadRecipes(db)).map((r) => r.id)).toEqual([recipe.id, other.id]);
  });

  it('ignores a stored recipe that does not check out (a hand edit)', async () => {
    const { db } = freshDb();
    await db.settings.put({ key: 'taught-recipes', value: [recipe, { id: 'taught:1', kind: 'qa' }] });
    expect(await loadRecipes(db)).toEqual([recipe]);
  });

  it('flags a recipe that gave nothing on 7 days of visits', async () => {
    const { db } = freshDb();
    const day = 24 * 3600_000;
    await noteRecipeVisit(db, new Map([[recipe.id, 3]]), UNKNOWN_NOW + day);
    await noteRecipeVisit(db, new Map([[recipe.id, 0]]), UNKNOWN_NOW + 7 * day);
    expect(isIdleRecipe(recipe, (await loadRecipeVisits(db))[recipe.id])).toBe(false);
    await noteRecipeVisit(db, new Map([[recipe.id, 0]]), UNKNOWN_NOW + day + IDLE_RECIPE_MS);
    const visits = (await loadRecipeVisits(db))[recipe.id];
    expect(visits).toEqual({ lastRows: 0, lastVisitAt: UNKNOWN_NOW + day + IDLE_RECIPE_MS, lastYieldAt: UNKNOWN_NOW + day });
    expect(isIdleRecipe(recipe, visits)).toBe(true);
    // Never read anything: counted from when it was taught.
    expect(isIdleRecipe(recipe, { lastRows: 0, lastVisitAt: UNKNOWN_NOW + IDLE_RECIPE_MS })).toBe(true);
    expect(isIdleRecipe(recipe, undefined)).toBe(false);
  });
});
