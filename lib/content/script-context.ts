/**
 * The seller script's own stand-in for WXT's ContentScriptContext, which WXT's wrapper constructs around
 * `main()`: wxt.config.ts aliases `wxt/utils/content-script-context` to this file in the content build, saving
 * about 1 KB gzip of the script's 20 KB budget. It keeps what the script uses: a signal that aborts once the
 * extension is gone from under the page (reloaded, updated, disabled) or a newer copy of the script starts in it.
 *
 * Issue 23: no page-visible event starts or stops it (WXT's `<id>:<name>:started` DOM event let any page script
 * switch the badges off). A newer copy finds the older one through an expando on the document set from this
 * isolated world: each world has its own wrapper of the document, so the page can neither read nor set it. An
 * orphan the newer copy cannot reach (another world after a reload) stops at its next `isInvalid` check, which
 * the newer copy's first badge mutation triggers (page-observer.ts).
 */
import { browser } from 'wxt/browser';

/** What entrypoints/seller.content may use of its context: this class's members, WXT's class has them too. */
export interface ScriptContext {
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

/** The document property of this world holding the running copy's controller (never on the page's side). */
const RUNNING = '__deadlineSentinel:';

export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  constructor(name: string) {
    const doc = document as unknown as Record<string, AbortController | undefined>;
    doc[RUNNING + name]?.abort();
    doc[RUNNING + name] = this.#controller;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Checking it notices an extension gone from under the page, and aborts. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#controller.abort();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback);
  }
}
