import { describe, expect, it } from 'vitest';
import { checkRecipe } from '@/lib/pages/recipes/check';
import type { Recipe } from '@/lib/pages/recipes/format';
import { todoListAt } from '@/lib/pages/recipes/lists';

const PENDING = { id: 'invoice-pending', name: '待回传列表' };
const taught: Recipe = {
  id: 'taught:1',
  kind: 'invoice',
  where: { host: 'myseller.taobao.com', route: '/home.htm/aftersale/task' },
  fields: { orderId: [{ header: ['订单编号'], seen: 'taught 2026-12-07' }] },
  taughtAt: 1,
  todoList: '售后任务',
};

describe('to-do lists', () => {
  it('knows the 待回传 list by its route, and by its tab in invoice management', () => {
    expect(todoListAt('https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate', [])).toEqual(PENDING);
    expect(todoListAt('https://qn.taobao.com/home.htm/merchant-invoice/', ['待回传'])).toEqual(PENDING);
  });

  it('takes other lists as record lists: the apply list, the 已开票 tab, work orders, sold orders', () => {
    expect(todoListAt('https://myseller.taobao.com/home.htm/merchant-invoice/', ['开票申请'])).toBeNull();
    expect(todoListAt('https://myseller.taobao.com/home.htm/merchant-invoice/', ['已开票'])).toBeNull();
    expect(todoListAt('https://myseller.taobao.com/home.htm/tasks/', ['待回传'])).toBeNull();
    expect(todoListAt('https://myseller.taobao.com/home.htm/trade-platform/tp/sold', [])).toBeNull();
  });

  it('takes a taught recipe at its word for its own route only', () => {
    expect(todoListAt('https://myseller.taobao.com/home.htm/aftersale/task?x=1', [], [taught])).toEqual({ id: 'taught:myseller.taobao.com/home.htm/aftersale/task', name: '售后任务' });
    expect(todoListAt('https://myseller.taobao.com/home.htm/aftersale/other', [], [taught])).toBeNull();
    expect(todoListAt('https://myseller.taobao.com/home.htm/aftersale/task', [], [{ ...taught, todoList: undefined }])).toBeNull();
  });

  it('refuses a taught to-do list without a route of its own: it would close what any page stops showing', () => {
    expect(checkRecipe(taught)).toEqual(taught);
    expect(checkRecipe({ ...taught, where: { host: 'myseller.taobao.com' } })).toBeNull();
    expect(checkRecipe({ ...taught, todoList: '' })).toBeNull();
  });
});
