/**
 * Recipes → the page knowledge the readers use (knowledge.ts): per field, the header words, labels and URL
 * parameters of every recipe in force, shipped ones first (a header the shipped words name is read as they
 * say), beside the field's rules (fields/specs.ts). Runs in the background, the popup and tests: the content
 * script only ever receives the result, so recipes cost its bundle nothing.
 */
import { TRADITIONAL_PAIRS } from '../../chinese';
import { FIELD_RULES, type FieldName, type FieldSpec, type WordGroup } from '../fields/specs';
import { ruleCovers, type PageKnowledge } from '../knowledge';
import { WORDS, type WordList } from '../words';
import type { Recipe, RecipeWhere } from './format';
import { SHIPPED_RECIPES } from './shipped';

const FIELDS = Object.keys(FIELD_RULES) as FieldName[];

/** The route a recipe's prefix is matched against: path and hash path, without query. */
export function recipeRoute(url: URL): string {
  return `${url.pathname}${url.hash.split('?')[0]}`;
}

/** Whether a recipe applies to a page at `href`. */
export function appliesAt(where: RecipeWhere, href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (where.host === undefined || url.hostname === where.host) && (where.route === undefined || recipeRoute(url).startsWith(where.route));
}

function fieldsOf(recipes: readonly Recipe[]): Record<FieldName, FieldSpec> {
  const out = {} as Record<FieldName, FieldSpec>;
  for (const field of FIELDS) {
    const words: WordGroup[] = [];
    const taken = new Set<string>();
    const labels: string[] = [];
    const urlParams: string[] = [];
    for (const finding of recipes.flatMap((r) => r.fields[field] ?? [])) {
      const fresh = (finding.header ?? []).filter((w) => !taken.has(w));
      for (const w of fresh) taken.add(w);
      if (fresh.length > 0) words.push({ words: fresh, seen: finding.seen });
      labels.push(...(finding.label ?? []).filter((w) => !labels.includes(w)));
      urlParams.push(...(finding.urlParam ?? []).filter((p) => !urlParams.includes(p)));
    }
    const spec: FieldSpec = { ...FIELD_RULES[field], words };
    out[field] = { ...spec, ...(labels.length > 0 ? { labels } : {}), ...(urlParams.length > 0 ? { urlParams } : {}) };
  }
  return out;
}

/** The knowledge of these recipes alone, with the state words: the shipped knowledge is knowledgeOf(SHIPPED_RECIPES). */
export function knowledgeOf(recipes: readonly Recipe[], extraWords: Partial<Record<WordList, readonly string[]>> = {}): PageKnowledge {
  const words = { ...WORDS } as Record<WordList, readonly string[]>;
  for (const [list, more] of Object.entries(extraWords) as [WordList, readonly string[]][]) words[list] = [...words[list], ...more.filter((w) => !words[list].includes(w))];
  return { fields: fieldsOf(recipes), words, traditional: TRADITIONAL_PAIRS };
}

export const SHIPPED_FIELDS = fieldsOf(SHIPPED_RECIPES);

/** Which field the shipped recipes read a header as (by words, else by rule), if any. */
export function shippedFieldOf(header: string): FieldName | undefined {
  return FIELDS.find((f) => SHIPPED_FIELDS[f].words.some((g) => g.words.includes(header))) ?? FIELDS.find((f) => ruleCovers(f, header, SHIPPED_FIELDS));
}

/**
 * A taught recipe as it may run: without the headers the shipped recipes already read as another field (a
 * page they read stays read as they say), unless the seller said it overrides them.
 */
export function safeTaught(recipe: Recipe): Recipe {
  if (recipe.overridesShipped) return recipe;
  const fields: Recipe['fields'] = {};
  for (const [field, findings] of Object.entries(recipe.fields) as [FieldName, Recipe['fields'][FieldName]][]) {
    fields[field] = (findings ?? []).map((f) => ({ ...f, header: (f.header ?? []).filter((h) => [undefined, field].includes(shippedFieldOf(h))) }));
  }
  return { ...recipe, fields };
}

/** A taught work-order recipe's first header: it names the table as a work-order list, as 工单 in a header would. */
function workOrderMarks(recipes: readonly Recipe[]): string[] {
  return recipes
    .filter((r) => r.kind !== 'qa')
    .flatMap((r) => (r.fields.workOrderId ?? r.fields.orderId ?? Object.values(r.fields)[0] ?? []).flatMap((f) => f.header ?? []).slice(0, 1))
    .filter((h) => h !== '');
}

/** The taught recipes in force at `href`, made safe, in the order taught. */
export function taughtAt(href: string, taught: readonly Recipe[]): Recipe[] {
  return taught.filter((r) => appliesAt(r.where, href)).map(safeTaught);
}

/** The knowledge a seller page at `href` reads with: the shipped recipes, then the taught ones in force there. */
export function knowledgeAt(href: string, taught: readonly Recipe[]): PageKnowledge {
  const here = taughtAt(href, taught);
  if (here.length === 0) return SHIPPED_KNOWLEDGE;
  return knowledgeOf([...SHIPPED_RECIPES, ...here], { workOrder: workOrderMarks(here) });
}

export const SHIPPED_KNOWLEDGE: PageKnowledge = knowledgeOf(SHIPPED_RECIPES);
