// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { BRIDGE_EVENT, MAX_COPY_CHARS, openTapChannel, TAP_EVENT } from '@/lib/platform/tap-channel';
import { ENDPOINTS } from '@/lib/platform/copy';

const SECRET = 'ds-0123456789abcdefghijklmn';

/** The tap's side of the handshake (entrypoints/page-tap.content.ts): offers its secret now and once when asked. */
function tapSide(doc: Document): { send(copy: unknown): void } {
  const offer = () => doc.getElementsByTagName('script').length === 0 && doc.dispatchEvent(new CustomEvent(TAP_EVENT, { detail: SECRET }));
  const asked = () => {
    doc.removeEventListener(BRIDGE_EVENT, asked);
    offer();
  };
  doc.addEventListener(BRIDGE_EVENT, asked);
  offer();
  return { send: (copy) => doc.dispatchEvent(new CustomEvent(SECRET, { detail: copy })) };
}

/** A document as at document_start: nothing in it yet. */
function blank(): { doc: Document } {
  return { doc: document.implementation.createHTMLDocument('') };
}

/** A page script's doing: its <script> element is in the document before it runs. */
function pageScriptRuns(doc: Document, act: () => void) {
  doc.documentElement.append(doc.createElement('script'));
  act();
}

describe('the tap’s channel', () => {
  it('gets the secret whichever of the tap and the content script runs first, and takes copies under it', () => {
    for (const tapFirst of [true, false]) {
      const { doc } = blank();
      const tap = tapFirst ? tapSide(doc) : null;
      const inbox = openTapChannel(doc);
      const sender = tap ?? tapSide(doc);
      sender.send('https://einvoice.taobao.com/api/qianniu/invoice/list/apply\n200\n{}');
      expect(inbox.copies, `tap first: ${tapFirst}`).toEqual(['https://einvoice.taobao.com/api/qianniu/invoice/list/apply\n200\n{}']);
      const got: string[] = [];
      inbox.deliver = (c) => void got.push(c);
      sender.send('second');
      expect(got).toEqual(['second']);
    }
  });

  it('takes no key offered once a page script exists, and the tap never answers a page asking for one', () => {
    const { doc } = blank();
    tapSide(doc);
    const inbox = openTapChannel(doc);
    let leaked: unknown = null;
    pageScriptRuns(doc, () => {
      doc.addEventListener(TAP_EVENT, (e) => (leaked = (e as CustomEvent).detail));
      doc.dispatchEvent(new CustomEvent(BRIDGE_EVENT));
    });
    expect(leaked).toBeNull();
    // Without a tap at all (it did not run), a key a page script offers is not taken either.
    const bare = blank().doc;
    const alone = openTapChannel(bare);
    const forged = 'ds-forgedforgedforgedforged';
    pageScriptRuns(bare, () => {
      bare.dispatchEvent(new CustomEvent(TAP_EVENT, { detail: forged }));
      bare.dispatchEvent(new CustomEvent(forged, { detail: 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply\n200\n{"code":1004}' }));
    });
    expect(alone.copies).toEqual([]);
    expect(inbox.copies).toEqual([]);
  });

  it('keeps the first key: a forged copy under another name is not taken', () => {
    const { doc } = blank();
    const tap = tapSide(doc);
    const inbox = openTapChannel(doc);
    const forged = 'ds-forgedforgedforgedforged';
    doc.dispatchEvent(new CustomEvent(TAP_EVENT, { detail: forged }));
    doc.dispatchEvent(new CustomEvent(forged, { detail: 'forged' }));
    tap.send('real');
    expect(inbox.copies).toEqual(['real']);
  });

  it('opens nothing when a page script is already in the document (too late to make a secret)', () => {
    const { doc } = blank();
    doc.documentElement.append(doc.createElement('script'));
    const inbox = openTapChannel(doc);
    doc.dispatchEvent(new CustomEvent(TAP_EVENT, { detail: SECRET }));
    doc.dispatchEvent(new CustomEvent(SECRET, { detail: 'x' }));
    expect(inbox.copies).toEqual([]);
  });

  it('counts what is not text or over the bound as refused, and keeps at most 30 copies waiting', () => {
    const { doc } = blank();
    const tap = tapSide(doc);
    const inbox = openTapChannel(doc);
    tap.send({ url: 'x' });
    tap.send('x'.repeat(MAX_COPY_CHARS + 1));
    expect(inbox.refused).toBe(2);
    for (let i = 0; i < 40; i++) tap.send(`copy ${i}`);
    expect(inbox.copies).toHaveLength(30);
    expect(inbox.copies[0]).toBe('copy 10');
  });
});

describe('the tap script', () => {
  const source = readFileSync('entrypoints/page-tap.content.ts', 'utf8');

  it('runs on the seller hosts only, in the page’s world, at document_start, and imports nothing', () => {
    const matches = /matches: (\[[^\]]*\])/.exec(source)?.[1];
    expect(JSON.parse(matches!.replace(/'/g, '"'))).toEqual(SELLER_MATCHES);
    expect(source).toMatch(/world: 'MAIN'/);
    expect(source).toMatch(/runAt: 'document_start'/);
    expect(source).not.toMatch(/^import /m);
  });

  it('sends no request of its own and reads no cookie, storage or token', () => {
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/cookie|localStorage|sessionStorage|token|sendBeacon|new XMLHttpRequest|WebSocket|postMessage/i);
    // Its one call of the page's fetch is the page's own request, passed through with the page's arguments.
    expect(code.match(/fetch0/g)).toHaveLength(2);
    expect(code).toMatch(/call\(fetch0, this \?\? w, \.\.\.args\)/);
  });

  it('copies exactly the addresses an endpoint module reads (its list and the modules’ patterns agree)', () => {
    const literal = /const ENDPOINT =\s*\/(.+)\/i;/.exec(source)![1]!;
    const tap = new RegExp(literal, 'i');
    const urls = [
      'https://einvoice.taobao.com/api/qianniu/invoice/list/apply?pageNo=0&pageSize=20',
      'https://einvoice.taobao.com/api/qianniu/invoice/list/apply/agreed?pageNo=0',
      'https://einvoice.taobao.com/api/qianniu/invoice/list/apply',
      'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.todolist/1.0/?jsv=2.6.1',
      'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8',
      'https://einvoice.taobao.com/api/qianniu/invoice/list/applyX',
      'https://einvoice.taobao.com/api/invoice/batch4visitor/apply?pageNo=0',
      'https://einvoice.taobao.com/api/invoice/apply/agree',
      'http://einvoice.taobao.com/api/qianniu/invoice/list/apply',
      'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.sellerinfocards/1.0/',
      'https://evil.example/trade/itemlist/asyncSold.htm',
    ];
    for (const url of urls) expect(tap.test(url), url).toBe(ENDPOINTS.some((e) => e.pattern.test(url)));
    expect(urls.filter((u) => tap.test(u))).toHaveLength(5);
  });
});
