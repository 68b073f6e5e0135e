import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { pageOutline, unreadRowCount } from '@/lib/pages/outline';

function load(name: string) {
  const window = new Window({ url: 'https://myseller.taobao.com/' });
  window.document.write(readFileSync(`test/pages/${name}.html`, 'utf8'));
  const expected = JSON.parse(readFileSync(`test/pages/${name}.expected.json`, 'utf8')) as { records: Record<string, unknown>[] };
  return { doc: window.document as unknown as Document, records: expected.records };
}

describe('pageOutline', () => {
  for (const name of ['sold-orders-mixed', 'hostile-ask-all', 'work-orders-fusion', 'order-detail-transit']) {
    it(`${name}: keeps the page's shape and header words, and no buyer data`, () => {
      const { doc, records } = load(name);
      const outline = pageOutline(doc.documentElement);
      expect(outline.split('\n').length).toBeGreaterThan(10);
      expect(outline).not.toMatch(/\d{5,}/); // no order, item or phone numbers
      const buyerData = records.flatMap((r) => ['orderId', 'workOrderId', 'itemId', 'question', 'province'].map((f) => r[f])).filter((v): v is string => typeof v === 'string' && v.length > 1);
      expect(buyerData.length).toBeGreaterThan(0);
      expect(buyerData.filter((v) => outline.includes(v))).toEqual([]);
      expect(outline).not.toMatch(/--[A-Za-z0-9]{4,}/); // no build-hashed class names
    });
  }

  it('names the header words, so a reader can see which columns the page now has', () => {
    expect(pageOutline(load('sold-orders-mixed').doc.documentElement)).toContain('"交易状态"');
  });
});

describe('unreadRowCount', () => {
  it('counts data rows and ignores a "no data" placeholder', () => {
    expect(unreadRowCount(load('work-orders-fusion').doc)).toBeGreaterThan(3);
    expect(unreadRowCount(load('invoice-requests-empty').doc)).toBe(0);
  });
});
