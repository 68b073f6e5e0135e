/**
 * The passive tap (issue 21, docs/PAGES.md "The platform's own data"). Runs in the page's own world at
 * document_start, before any page script, and copies the responses of a fixed list of endpoints that the
 * page itself requests. It sends no request, reads no cookie or token, decides nothing about meaning.
 *
 * Standalone on purpose: no imports, so the bundle is this file alone and nothing runs before it.
 *
 * The channel (threat model in docs/PAGES.md "The tap's channel"): a random secret is made here before any
 * page script exists, and handed to the seller content script's isolated world (lib/platform/tap-channel.ts, at document_start too) by a handshake
 * that both sides accept only while the document holds no <script> element, i.e. before a page script
 * could listen or answer. Copies then travel as DOM events whose type is the secret, dispatched with
 * built-ins captured here before the page could replace them. A page script can neither name that event
 * (to read it) nor dispatch it (to forge one).
 */
export default defineContentScript({
  // As lib/pages/hosts.ts SELLER_MATCHES (checked by test/unit/platform/tap-script.test.ts): no import here.
  matches: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*', 'https://rate.taobao.com/sellercenterv2/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    'use strict'; // a page function it calls (a toJSON) cannot reach this one through .caller
    const d = document;
    const w = window;
    // A page script already in the document: too late to make a secret no page script saw.
    const scripts = d.getElementsByTagName('script');
    const count = Object.getOwnPropertyDescriptor(HTMLCollection.prototype, 'length')!.get!;
    if (scripts.length > 0) return;
    // Built-ins used after page scripts run, captured before any could replace them.
    const call = Function.prototype.call.bind(Function.prototype.call) as <T>(f: (...a: never[]) => T, self: unknown, ...a: unknown[]) => T;
    const dispatch = EventTarget.prototype.dispatchEvent;
    const listen = EventTarget.prototype.addEventListener;
    const unlisten = EventTarget.prototype.removeEventListener;
    const Custom = CustomEvent;
    const Url = URL;
    const then = Promise.prototype.then;
    const fetch0 = w.fetch;
    const clone = Response.prototype.clone;
    const bytes = Response.prototype.arrayBuffer;
    const header = Headers.prototype.get;
    const Decoder = TextDecoder;
    const decode = TextDecoder.prototype.decode;
    const stringify = JSON.stringify;
    const xhr = XMLHttpRequest.prototype;
    const open = xhr.open;
    const get = (name: string) => Object.getOwnPropertyDescriptor(xhr, name)!.get!;
    const [xState, xStatus, xType, xText, xBody] = ['readyState', 'status', 'responseType', 'responseText', 'response'].map(get) as [() => unknown, () => unknown, () => unknown, () => unknown, () => unknown];
    const reqUrl = Object.getOwnPropertyDescriptor(Request.prototype, 'url')!.get!;
    const resStatus = Object.getOwnPropertyDescriptor(Response.prototype, 'status')!.get!;
    const resHeaders = Object.getOwnPropertyDescriptor(Response.prototype, 'headers')!.get!;
    const srcSet = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set!;
    const random = crypto.getRandomValues.bind(crypto);

    const ENDPOINT =
      /^https:\/\/(einvoice\.taobao\.com\/api\/qianniu\/invoice\/list\/apply(\/agreed)?([?#]|$)|trade\.taobao\.com\/trade\/itemlist\/asyncSold\.htm|[\w-]+\.m\.(taobao|tmall)\.com\/h5\/mtop\.tmall\.tmallwork\.todolist\/)/i;
    // Bigger copies are not made: the bridge would refuse them anyway (lib/platform/copy.ts MAX_COPY_CHARS).
    const MAX = 2_000_000;
    const secret = `ds-${Array.from(random(new Uint32Array(4)), (n) => n.toString(36)).join('')}`;
    // The address asked for, resolved, when it is one of the list; else ''. The address asked for, not the one
    // answered: a login redirect is then a copy too, which the content script reads as a failed read.
    const target = (url: unknown) => {
      try {
        const href = new Url(String(url), d.baseURI).href;
        return ENDPOINT.test(href) ? href : '';
      } catch {
        return '';
      }
    };
    // One copy: its address, its status and its text, line by line (an address holds no raw line break).
    const post = (url: string, status: number, body: string) =>
      call(dispatch, d, new Custom(secret, { detail: `${url}\n${status}\n${body.length > MAX ? '' : body}` }));

    // The handshake: offered now, and once again when the bridge (which may run after this) asks.
    const offer = () => call(count, scripts) === 0 && call(dispatch, d, new Custom('deadline-sentinel-tap', { detail: secret }));
    const onAsk = () => {
      call(unlisten, d, 'deadline-sentinel-bridge', onAsk);
      offer();
    };
    call(listen, d, 'deadline-sentinel-bridge', onAsk);
    offer();

    w.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const result = call(fetch0, this ?? w, ...args) as Promise<Response>;
      let asked: unknown = args[0];
      try {
        asked = call(reqUrl, asked); // a Request's address; a string or URL throws here and is taken as it is
      } catch {
        // not a Request
      }
      const url = target(asked);
      if (!url) return result; // not on the list: left alone
      call(then, result, (r: Response) => {
        // The charset the response names; when it names none, GBK for the sold list (the charset its readers
        // found there: docs/PAGES.md), UTF-8 for the rest.
        const named = /charset=([\w-]+)/i.exec((call(header, call(resHeaders, r), 'content-type') as string | null) ?? '')?.[1];
        const charset = named ?? (/asyncSold/.test(url) ? 'gbk' : 'utf-8');
        call(then, call(bytes, call(clone, r)), (b: ArrayBuffer) => {
          let decoder: TextDecoder;
          try {
            decoder = new Decoder(charset);
          } catch {
            decoder = new Decoder();
          }
          post(url, call(resStatus, r) as number, call(decode, decoder, b) as string);
        }, () => undefined);
      }, () => undefined);
      return result;
    } as typeof fetch;

    xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      const url = target(args[1]);
      if (url) {
        // Once: the end of this request (opened again, the request is another one, watched again if on the list).
        call(listen, this, 'loadend', () => {
          if (call(xState, this) !== 4) return; // aborted, or an event the page dispatched itself
          const type = call(xType, this) as string;
          const body = type === '' || type === 'text' ? call(xText, this) : type === 'json' ? stringify(call(xBody, this)) : null;
          if (typeof body === 'string') post(url, call(xStatus, this) as number, body);
        }, { once: true });
      }
      return call(open as (...a: never[]) => unknown, this, ...args);
    } as typeof xhr.open;

    // JSONP (the workbench's mtop call, if it goes by script): the callback its address names gets copied first.
    Object.defineProperty(HTMLScriptElement.prototype, 'src', {
      ...Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src'),
      set(this: HTMLScriptElement, value: string) {
        try {
          const url = new Url(String(value), d.baseURI);
          const name = url.searchParams.get('callback');
          const page = w as unknown as Record<string, unknown>;
          const callback = name && target(url.href) ? page[name] : null;
          if (typeof callback === 'function') {
            page[name!] = function (this: unknown, ...args: unknown[]) {
              try {
                post(url.href, 200, stringify(args[0]));
              } catch {
                // A payload that does not serialise is not copied.
              }
              return call(callback as (...a: never[]) => unknown, this, ...args);
            };
          }
        } catch {
          // An address that does not parse is the page's own business.
        }
        call(srcSet, this, value);
      },
    });
  },
});
