import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'wxt/browser';
import { acceptPageReport } from '@/lib/background/page-reports';
import type { PageReport } from '@/lib/messages';

const OWN = 'own-extension-id';
const tab = { id: 1 } as Browser.tabs.Tab; // only the fields the sender check reads
const sellerTab: Browser.runtime.MessageSender = { id: OWN, tab, url: 'https://myseller.taobao.com/home.htm/merchant-invoice/' };
const good: PageReport = {
  type: 'page-report',
  url: 'https://myseller.taobao.com/home.htm/merchant-invoice/',
  pageKind: 'invoice-requests',
  seenAt: 1_671_500_000_000,
  records: [{ kind: 'invoice', id: '3012345678901234567', status: 'open', orderId: '3012345678901234567', requestedAt: 1_670_205_600_000 }],
};

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
    const record = good.records[0]!;
    const bad = [
      null, 1, 'x', {}, [], { ...good, type: 'other' }, { ...good, url: 'javascript:alert(1)' }, { ...good, pageKind: 'admin' },
      { ...good, seenAt: Number.NaN }, { ...good, url: `https://x/${'a'.repeat(5000)}` }, { ...good, records: 'x' },
      { ...good, records: [{ ...record, kind: 'refund' }] }, { ...good, records: [{ ...record, id: '' }] },
      { ...good, records: [{ ...record, requestedAt: '2022-12-05' }] }, { ...good, records: [{ ...record, requestedAt: Infinity }] },
      { ...good, records: [{ ...record, buyerAnswerCount: -1 }] }, { ...good, records: [{ ...record, question: 'x'.repeat(501) }] },
      { ...good, records: [{ ...record, problems: ['x'.repeat(301)] }] }, { ...good, records: Array(5001).fill(record) },
    ];
    for (const payload of bad) expect(acceptPageReport(payload, sellerTab, OWN), JSON.stringify(payload)?.slice(0, 80)).toBeNull();
  });

  it('never throws and only ever accepts valid reports, for 1,000 arbitrary payloads', () => {
    const records = fc.array(fc.record({ kind: fc.constantFrom('invoice', 'qa', 'x'), id: fc.string(), status: fc.constantFrom('open', 'done', 7), requestedAt: fc.oneof(fc.double(), fc.string()) }, { requiredKeys: [] }));
    const payload = fc.oneof(fc.anything(), fc.record({ type: fc.constant('page-report'), url: fc.oneof(fc.webUrl(), fc.string()), pageKind: fc.constantFrom('ask-all', 'nope'), seenAt: fc.double(), records }));
    fc.assert(
      fc.property(payload, (p) => {
        const r = acceptPageReport(p, sellerTab, OWN);
        return r === null || (r.url.startsWith('https://') && r.records.every((x) => typeof x.id === 'string' && Number.isFinite(x.requestedAt ?? 0)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps known fields only', () => {
    const withExtra = { ...good, extra: '<script>', records: [{ ...good.records[0], onerror: 'alert(1)' }] };
    expect(acceptPageReport(withExtra, sellerTab, OWN)).toEqual(good);
  });
});
