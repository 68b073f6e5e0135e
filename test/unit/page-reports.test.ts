import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptPageReport, rememberPage } from '@/lib/background/page-reports';
import type { PageReport } from '@/lib/messages';

const OWN = 'own-extension-id';
const sellerTab = { id: OWN, tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, url: 'https://myseller.taobao.com/home.htm/merchant-invoice/' };
const good: PageReport = { type: 'page-report', url: 'https://myseller.taobao.com/home.htm/merchant-invoice/', pageKind: 'invoice-requests', seenAt: 1_671_500_000_000 };

describe('acceptPageReport', () => {
  it('accepts a well-formed report from our content script on a seller page', () => {
    expect(acceptPageReport(good, sellerTab, OWN)).toEqual(good);
  });

  it('refuses other senders: another extension, an extension page, a non-seller tab', () => {
    expect(acceptPageReport(good, { ...sellerTab, id: 'other' }, OWN)).toBeNull();
    expect(acceptPageReport(good, { id: OWN, url: `chrome-extension://${OWN}/popup.html` }, OWN)).toBeNull();
    expect(acceptPageReport(good, { ...sellerTab, url: 'https://evil.example/' }, OWN)).toBeNull();
  });

  it('refuses malformed payloads', () => {
    for (const bad of [null, 1, 'x', {}, { ...good, type: 'other' }, { ...good, url: 'javascript:alert(1)' }, { ...good, pageKind: 'admin' }, { ...good, seenAt: Number.NaN }, { ...good, url: `https://x/${'a'.repeat(5000)}` }]) {
      expect(acceptPageReport(bad, sellerTab, OWN)).toBeNull();
    }
  });

  it('never throws and never accepts anything but a valid report, for 1,000 arbitrary payloads', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        const r = acceptPageReport(payload, sellerTab, OWN);
        return r === null || (r.type === 'page-report' && r.url.startsWith('https://'));
      }),
      { numRuns: 1000 },
    );
  });

  it('drops fields it does not know', () => {
    expect(acceptPageReport({ ...good, extra: '<script>' }, sellerTab, OWN)).toEqual(good);
  });
});

describe('rememberPage', () => {
  it('keeps one entry per URL, newest first, bounded', () => {
    let seen: PageReport[] = [];
    for (let i = 0; i < 60; i++) seen = rememberPage(seen, { ...good, url: `https://myseller.taobao.com/${i % 55}`, seenAt: i });
    expect(seen).toHaveLength(50);
    expect(seen[0]!.seenAt).toBe(59);
    expect(new Set(seen.map((p) => p.url)).size).toBe(50);
  });
});
