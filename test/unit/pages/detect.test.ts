import { describe, expect, it } from 'vitest';
import { detectPage, type PageKind } from '@/lib/pages/detect';

// Each URL belongs to exactly one kind; every URL is checked against every kind (github-url-detection style).
const EXAMPLES: Record<PageKind | 'none', string[]> = {
  'sold-orders': [
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://qn.taobao.com/home.htm/trade-platform/tp/sold?tab=shipped',
  ],
  'order-detail': ['https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3012345678901234567'],
  'invoice-requests': [
    'https://myseller.taobao.com/home.htm/merchant-invoice/',
    'https://qn.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate',
  ],
  'ask-all': [
    'https://myseller.taobao.com/home.htm/comment-manage/ask-all?itemParams=678901234567',
    'https://rate.taobao.com/sellercenterv2/index.htm/ask-all',
  ],
  'package-center': [
    'https://myseller.taobao.com/home.htm/package-center/packageMonitor',
    'https://qn.taobao.com/home.htm/package-center/packageMonitor?tab=update',
  ],
  'seller-other': [
    'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
    'https://qn.taobao.com/home.htm/',
    'https://myseller.taobao.com/',
  ],
  none: [
    'https://www.taobao.com/home.htm/trade-platform/tp/sold',
    'http://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://myseller.taobao.com.evil.example/home.htm/merchant-invoice/',
    'https://rate.taobao.com/detail.htm?id=1',
    'https://item.taobao.com/item.htm?id=1',
    'not a url',
    '',
  ],
};

describe('detectPage', () => {
  for (const [kind, urls] of Object.entries(EXAMPLES)) {
    for (const url of urls) {
      it(`${JSON.stringify(url)} is ${kind}`, () => {
        expect(detectPage(url)).toBe(kind === 'none' ? null : kind);
      });
    }
  }
});
