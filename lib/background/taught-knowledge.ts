/**
 * The taught recipes as the worker gives them: the knowledge a seller page reads with (shipped recipes, then
 * the taught ones in force at its address), and which tab was given which. A tab whose page moved (a client
 * route change) to where other recipes are in force is asked to fetch its knowledge again: the content script
 * then reads with them, without knowing anything of recipes itself.
 */
import type { Recipe } from '../pages/recipes/format';
import { knowledgeAt, taughtAt } from '../pages/recipes/compile';
import type { PageKnowledge } from '../pages/knowledge';
import type { PageReport } from '../messages';

/** Which taught recipes are in force at an address: their ids. */
const scopeOf = (url: string, recipes: readonly Recipe[]) => taughtAt(url, recipes).map((r) => r.id).join(' ');

export class TaughtKnowledge {
  #recipes: Promise<Recipe[]> | null = null;
  readonly #given = new Map<number, string>();

  constructor(private readonly load: () => Promise<Recipe[]>) {}

  /** The recipes were edited (the popup or the options page said the log changed): load them again on next use. */
  changed(): void {
    this.#recipes = null;
  }

  async recipes(): Promise<Recipe[]> {
    this.#recipes ??= this.load().catch(() => {
      this.#recipes = null; // storage may be back next time
      return [];
    });
    return this.#recipes;
  }

  async knowledgeFor(url: string, tabId: number | undefined): Promise<PageKnowledge> {
    const recipes = await this.recipes();
    if (tabId !== undefined) this.#given.set(tabId, scopeOf(url, recipes));
    return knowledgeAt(url, recipes);
  }

  /** Whether the tab that sent this report reads with other recipes than those in force at its address now. */
  async stale(report: PageReport, tabId: number | undefined): Promise<boolean> {
    if (tabId === undefined) return false;
    const scope = scopeOf(report.url, await this.recipes());
    if ((this.#given.get(tabId) ?? '') === scope) return false;
    this.#given.set(tabId, scope); // asked once: the tab's next request sets it again
    return true;
  }

  /** Per taught recipe in force at the report's address: how many of its records read a field by the recipe's headers. */
  async rowsRead(report: PageReport): Promise<Map<string, number>> {
    const rows = new Map<string, number>();
    for (const recipe of taughtAt(report.url, await this.recipes())) {
      const headers = new Set(Object.values(recipe.fields).flatMap((fs) => (fs ?? []).flatMap((f) => f.header ?? [])));
      const sources = (r: PageReport['records'][number]) => Object.values(r.sources ?? {});
      rows.set(recipe.id, report.records.filter((r) => sources(r).some((s) => s.via === 'column' && headers.has(s.name))).length);
    }
    return rows;
  }
}
