import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { useShippedKnowledge } from '@/lib/pages/shipped-knowledge';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { isTableOutlines, preview, readingOf, recipeFrom, type TableOutline } from '@/lib/teach/teach-model';
import { checkRecipe } from '@/lib/pages/recipes/check';
import { todoListAt } from '@/lib/pages/recipes/lists';
import { installI18n } from '../../support/i18n';
import { OTHER_ROUTE_URL, UNKNOWN_HEADERS, UNKNOWN_MAPPING, UNKNOWN_NOW, UNKNOWN_ROWS, UNKNOWN_URL } from '../../../demo/teach-page.mjs';

const outline: TableOutline = [UNKNOWN_HEADERS, ...UNKNOWN_ROWS];
const doc = () => new Window({ url: UNKNOWN_URL }).document as unknown as Document;
const recipe = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW);

installI18n('zh_CN');
afterEach(useShippedKnowledge);

describe('teaching a page', () => {
  it('reads nothing of the unknown work-order list with the shipped recipes', () => {
    expect(readingOf(preview(doc(), UNKNOWN_URL, outline, [], UNKNOWN_NOW, DEFAULT_SETTINGS))).toBe('unread');
  });

  it('makes a recipe of header words and the page address only: no cell text', () => {
    expect(checkRecipe(recipe)).toEqual(recipe);
    expect(recipe.where).toEqual({ host: 'myseller.taobao.com', route: '/home.htm/aftersale/platform-tasks' });
    const stored = JSON.stringify(recipe);
    // Every cell longer than a status word: numbers, times, countdowns.
    expect(UNKNOWN_ROWS.flat().filter((cell) => cell.length > 2 && stored.includes(cell))).toEqual([]);
  });

  it('previews the records and deadlines the recipe gives, with the same readers and rules', () => {
    const rows = preview(doc(), UNKNOWN_URL, outline, [recipe], UNKNOWN_NOW, DEFAULT_SETTINGS);
    expect(rows.map((r) => [r.record.kind, r.record.id, r.record.status])).toEqual([
      ['invoice', '7700100000000000001', 'open'],
      ['logistics', '7700100000000000002', 'open'],
      ['invoice', '7700100000000000003', 'done'],
    ]);
    // The page's countdown wins: 1天2小时 from now.
    expect(rows[0]!.deadline).toBe(UNKNOWN_NOW + 26 * 3600_000);
    expect(rows[0]!.record.sources?.workOrderId).toEqual({ via: 'column', name: '单据号' });
  });

  it('is in force on its route only', () => {
    expect(preview(doc(), OTHER_ROUTE_URL, outline, [recipe], UNKNOWN_NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('applies on every seller page with no host or route, and still only to tables with its headers', () => {
    const anywhere = { ...recipe, where: {} };
    expect(preview(doc(), OTHER_ROUTE_URL, outline, [anywhere], UNKNOWN_NOW, DEFAULT_SETTINGS)).toHaveLength(3);
    const renamed: TableOutline = [UNKNOWN_HEADERS.map((h) => (h === '单据号' ? '单据编码' : h)), ...UNKNOWN_ROWS];
    expect(preview(doc(), OTHER_ROUTE_URL, renamed, [anywhere], UNKNOWN_NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('takes no header the shipped recipes read as another field, unless told', () => {
    // 工单生成时间: the shipped rule reads it as the work order's creation; this seller calls it the apply time.
    const clash = recipeFrom(UNKNOWN_URL, 'invoice', { workOrderId: '单据号', requestedAt: '工单生成时间' }, UNKNOWN_NOW);
    const table: TableOutline = [['单据号', '事项', '工单生成时间'], ['7700100000000000001', '催开发票', '2026-11-30 10:00:00']];
    const [safe] = preview(doc(), UNKNOWN_URL, table, [clash], UNKNOWN_NOW, DEFAULT_SETTINGS);
    expect(safe!.record.sources?.workOrderCreatedAt).toEqual({ via: 'column', name: '工单生成时间' });
    expect(safe!.record.requestedAt).toBeUndefined();
    const [forced] = preview(doc(), UNKNOWN_URL, table, [{ ...clash, overridesShipped: true }], UNKNOWN_NOW, DEFAULT_SETTINGS);
    expect(forced!.record.sources?.requestedAt).toEqual({ via: 'column', name: '工单生成时间' });
  });

  it('checks what a content script answered before using it', () => {
    expect(isTableOutlines([outline])).toBe(true);
    expect(isTableOutlines([[['a'], 'b']])).toBe(false);
    expect(isTableOutlines({})).toBe(false);
  });
});

describe('teaching a to-do list', () => {
  it('says so in the recipe, named as its evidence will name it, for the taught route only', () => {
    const todo = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW, false, ' 售后任务 ');
    expect(todo.todoList).toBe('售后任务');
    expect(checkRecipe(todo)).toEqual(todo);
    expect(todoListAt(UNKNOWN_URL, [], [todo])?.name).toBe('售后任务');
    expect(todoListAt(OTHER_ROUTE_URL, [], [todo])).toBeNull();
    expect(recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW, false, '  ').todoList).toBeUndefined();
  });
});
