// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { RecipesSection } from '@/components/options/RecipesSection';
import type { SaveFile } from '@/components/options/download';
import { IDLE_RECIPE_MS, loadRecipes, noteRecipeVisit, saveRecipe } from '@/lib/store/recipes';
import { recipeFrom } from '@/lib/teach/teach-model';
import { freshDb } from '../store/helpers';
import { installI18n } from '../../support/i18n';
import { UNKNOWN_MAPPING, UNKNOWN_NOW, UNKNOWN_URL } from '../../../demo/teach-page.mjs';

const recipe = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW);

describe('RecipesSection', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  it('lists a taught recipe with where, when and what it read last, and flags one idle for 7 days of visits', async () => {
    const { db } = freshDb();
    await saveRecipe(db, recipe);
    await noteRecipeVisit(db, new Map([[recipe.id, 0]]), UNKNOWN_NOW + IDLE_RECIPE_MS);
    render(<RecipesSection db={db} now={() => UNKNOWN_NOW} save={vi.fn<SaveFile>()} onLogChanged={vi.fn<() => unknown>()} />);
    const item = (await screen.findByText('myseller.taobao.com/home.htm/aftersale/platform-tasks')).closest('li')!;
    expect(item.textContent).toContain('催开发票');
    expect(item.textContent).toContain('上次读到 0 条');
    expect(item.textContent).toContain('工单号←单据号');
    expect(item.textContent).toContain('连续 7 天的访问都没读到记录');
    expect(item.textContent).not.toContain('待办列表');
  });

  it('says which taught recipe is a to-do list, by its name', async () => {
    const { db } = freshDb();
    await saveRecipe(db, recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW, false, '售后任务'));
    render(<RecipesSection db={db} now={() => UNKNOWN_NOW} save={vi.fn<SaveFile>()} onLogChanged={vi.fn<() => unknown>()} />);
    const item = (await screen.findByText('myseller.taobao.com/home.htm/aftersale/platform-tasks')).closest('li')!;
    expect(item.textContent).toContain('待办列表「售后任务」:完整读取时,不再出现的事项自动关闭');
  });

  it('edits the route, then deletes the recipe, telling the background each time', async () => {
    const { db } = freshDb();
    await saveRecipe(db, recipe);
    const onLogChanged = vi.fn<() => unknown>();
    render(<RecipesSection db={db} now={() => UNKNOWN_NOW} save={vi.fn<SaveFile>()} onLogChanged={onLogChanged} />);
    fireEvent.click(await screen.findByRole('button', { name: '编辑' }));
    fireEvent.input(screen.getByLabelText('页面路径前缀'), { target: { value: '/home.htm/aftersale' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await loadRecipes(db))[0]?.where.route).toBe('/home.htm/aftersale'));
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    await waitFor(async () => expect(await loadRecipes(db)).toEqual([]));
    expect(onLogChanged).toHaveBeenCalledTimes(2);
  });
});
