/**
 * Which pages (route, and tab where the page has tabs) are to-do lists: a row leaves them when its work is done,
 * it does not turn into a done row. Page knowledge as data beside the recipes; the shipped recipes are per record
 * kind, so this is a property of the page, not of a recipe. A list is a record list unless evidence says
 * otherwise. A taught recipe says it for its own route (Recipe.todoList). 包裹中心's exception tabs are to-do
 * lists too: their page kind adds its entries here.
 */
import { appliesAt } from './compile';
import type { Recipe, RecipeWhere } from './format';

export interface TodoList {
  /** One id per list, however many addresses show it: an item's membership is kept by id. */
  id: string;
  /** How the evidence names it: 已不在{name}. */
  name: string;
}

export interface TodoListPage extends TodoList {
  where: RecipeWhere;
  /** A selected tab's text that makes the page this list; none: the route alone does. */
  tab?: string;
  seen: string;
}

const QIANNIU_2026 = '2026-12, public Qianniu automation scripts (test/pages/SOURCES.md)';
const PENDING = { id: 'invoice-pending', name: '待回传列表' };

export const SHIPPED_TODO_LISTS: readonly TodoListPage[] = [
  // The compensate route, and the 待回传 tab of invoice management: uploading the invoice takes the row away.
  { ...PENDING, where: { route: '/home.htm/merchant-invoice/invoice/compensate' }, seen: QIANNIU_2026 },
  { ...PENDING, where: { route: '/home.htm/merchant-invoice' }, tab: '待回传', seen: QIANNIU_2026 },
];

/** The to-do list a page at `href` with these selected tabs shows, if any: shipped first, then taught recipes. */
export function todoListAt(href: string, tabs: readonly string[], taught: readonly Recipe[] = []): TodoList | null {
  const page = SHIPPED_TODO_LISTS.find((p) => appliesAt(p.where, href) && (p.tab === undefined || tabs.includes(p.tab)));
  if (page) return { id: page.id, name: page.name };
  const recipe = taught.find((r) => r.todoList !== undefined && r.where.route !== undefined && appliesAt(r.where, href));
  return recipe ? { id: `taught:${recipe.where.host ?? ''}${recipe.where.route}`, name: recipe.todoList! } : null;
}
