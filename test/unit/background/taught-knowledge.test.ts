import { describe, expect, it } from 'vitest';
import { TaughtKnowledge } from '@/lib/background/taught-knowledge';
import type { PageReport } from '@/lib/messages';
import { SHIPPED_KNOWLEDGE } from '@/lib/pages/shipped-knowledge';
import type { PageRecord } from '@/lib/pages/records';
import { recipeFrom } from '@/lib/teach/teach-model';
import { OTHER_ROUTE_URL, UNKNOWN_MAPPING, UNKNOWN_NOW, UNKNOWN_URL } from '../../../demo/teach-page.mjs';

const recipe = recipeFrom(UNKNOWN_URL, 'invoice', UNKNOWN_MAPPING, UNKNOWN_NOW);
const report = (url: string, records: PageRecord[] = []): PageReport => ({ type: 'page-report', url, pageKind: 'seller-other', seenAt: UNKNOWN_NOW, records });

describe('taught recipes in the worker', () => {
  it('gives a page the shipped knowledge plus the taught recipes in force at its address only', async () => {
    const taught = new TaughtKnowledge(async () => [recipe]);
    const here = await taught.knowledgeFor(UNKNOWN_URL, 1);
    expect(here.fields.workOrderId.words.flatMap((g) => g.words)).toContain('单据号');
    expect(here.words.workOrder).toContain('单据号');
    expect(await taught.knowledgeFor(OTHER_ROUTE_URL, 2)).toBe(SHIPPED_KNOWLEDGE);
  });

  it('asks a tab to fetch again once after its page moved to where other recipes are in force', async () => {
    const taught = new TaughtKnowledge(async () => [recipe]);
    await taught.knowledgeFor(OTHER_ROUTE_URL, 1);
    expect(await taught.stale(report(OTHER_ROUTE_URL), 1)).toBe(false);
    expect(await taught.stale(report(UNKNOWN_URL), 1)).toBe(true);
    expect(await taught.stale(report(UNKNOWN_URL), 1)).toBe(false);
  });

  it('loads the recipes again after they changed', async () => {
    let stored = [recipe];
    const taught = new TaughtKnowledge(async () => stored);
    await taught.knowledgeFor(UNKNOWN_URL, 1);
    stored = [];
    expect(await taught.stale(report(UNKNOWN_URL), 1)).toBe(false); // still the recipes it loaded
    taught.changed();
    expect(await taught.stale(report(UNKNOWN_URL), 1)).toBe(true);
  });

  it('counts the records a recipe read by its headers', async () => {
    const taught = new TaughtKnowledge(async () => [recipe]);
    const read: PageRecord = { kind: 'invoice', id: '1', status: 'open', sources: { workOrderId: { via: 'column', name: '单据号' } } };
    const other: PageRecord = { kind: 'invoice', id: '2', status: 'open', sources: { orderId: { via: 'column', name: '订单号' } } };
    expect(await taught.rowsRead(report(UNKNOWN_URL, [read, other]))).toEqual(new Map([[recipe.id, 1]]));
    expect(await taught.rowsRead(report(OTHER_ROUTE_URL, [read]))).toEqual(new Map());
  });
});
