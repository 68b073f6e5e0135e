/**
 * Taught recipes checked before they are stored, imported or compiled: a recipe file is hostile until proven
 * otherwise (a hand edit, another version). Known keys only, each of the right type and size; a recipe holds
 * header, label and parameter words and where it applies, never a cell's text (no buyer data).
 */
import { isSellerUrl } from '../../seller-url';
import { FIELD_RULES } from '../fields/specs';
import type { Finding, Recipe } from './format';

export const RECIPES_FORMAT = 'deadline-sentinel-recipes';
export const RECIPES_VERSION = 1;
/** More recipes than a shop teaches: refuse rather than slow every page's knowledge. */
export const MAX_RECIPES = 200;

export interface RecipesFile {
  format: typeof RECIPES_FORMAT;
  version: typeof RECIPES_VERSION;
  exportedAt: number;
  recipes: Recipe[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const words = (v: unknown, max = 20): v is string[] => Array.isArray(v) && v.length > 0 && v.length <= max && v.every((w) => text(w, 40));
const onlyKeys = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const instant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 8.64e15;

function isFinding(v: unknown): v is Finding {
  if (!isObject(v) || !onlyKeys(v, ['header', 'label', 'urlParam', 'seen', 'unverified']) || !text(v.seen, 100)) return false;
  const lists = [v.header, v.label, v.urlParam].filter((l) => l !== undefined);
  return lists.length > 0 && lists.every((l) => words(l)) && (v.unverified === undefined || v.unverified === true);
}

function isWhere(v: unknown): boolean {
  if (!isObject(v) || !onlyKeys(v, ['host', 'route'])) return false;
  if (v.host !== undefined && !(text(v.host, 100) && isSellerUrl(`https://${v.host}/`))) return false;
  return v.route === undefined || (text(v.route, 200) && v.route.startsWith('/'));
}

/** The recipe if it is one a seller may have taught; null otherwise. */
export function checkRecipe(v: unknown): Recipe | null {
  if (!isObject(v) || !onlyKeys(v, ['id', 'kind', 'where', 'fields', 'taughtAt', 'overridesShipped', 'todoList'])) return null;
  if (!text(v.id, 60) || !v.id.startsWith('taught:') || !['invoice', 'logistics', 'qa'].includes(v.kind as string)) return null;
  if (!isWhere(v.where) || !instant(v.taughtAt) || (v.overridesShipped !== undefined && v.overridesShipped !== true)) return null;
  if (!isObject(v.fields) || Object.keys(v.fields).length === 0) return null;
  // A to-do list closes what it stops showing: only on a route of its own, never on every seller page.
  if (v.todoList !== undefined && !(text(v.todoList, 20) && (v.where as { route?: unknown }).route !== undefined)) return null;
  const fieldsOk = Object.entries(v.fields).every(([field, fs]) => Object.hasOwn(FIELD_RULES, field) && Array.isArray(fs) && fs.length > 0 && fs.length <= 10 && fs.every(isFinding));
  return fieldsOk ? structuredClone(v as unknown as Recipe) : null;
}

export type RecipesCheck = { ok: true; recipes: Recipe[] } | { ok: false; error: 'import_error_format' | 'import_error_version' | 'import_error_row' | 'import_error_duplicate' | 'import_error_too_many'; detail?: string };

/** A recipes file checked whole: the first problem found is named (`recipes[2]`) and none of it is taken. */
export function checkRecipesFile(data: unknown): RecipesCheck {
  if (!isObject(data) || data.format !== RECIPES_FORMAT || !Array.isArray(data.recipes)) return { ok: false, error: 'import_error_format' };
  if (data.version !== RECIPES_VERSION) return { ok: false, error: 'import_error_version', detail: String(data.version) };
  if (data.recipes.length > MAX_RECIPES) return { ok: false, error: 'import_error_too_many', detail: String(data.recipes.length) };
  const recipes: Recipe[] = [];
  for (const [i, v] of data.recipes.entries()) {
    const recipe = checkRecipe(v);
    if (!recipe) return { ok: false, error: 'import_error_row', detail: `recipes[${i}]` };
    if (recipes.some((r) => r.id === recipe.id)) return { ok: false, error: 'import_error_duplicate', detail: recipe.id };
    recipes.push(recipe);
  }
  return { ok: true, recipes };
}

export function recipesFile(recipes: readonly Recipe[], now: number): RecipesFile {
  return { format: RECIPES_FORMAT, version: RECIPES_VERSION, exportedAt: now, recipes: structuredClone([...recipes]) };
}
