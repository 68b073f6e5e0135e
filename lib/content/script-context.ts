/**
 * The seller script's own stand-in for WXT's ContentScriptContext, which WXT's wrapper constructs around
 * `main()`: wxt.config.ts aliases `wxt/utils/content-script-context` to this file in the content build, saving
 * about 1 KB gzip of the script's 20 KB budget. It keeps what the script uses: a signal that aborts once the
 * extension is gone from under the page (reloaded, updated, disabled) or a newer copy of the script starts in it.
 */
import { browser } from 'wxt/browser';

/** What entrypoints/seller.content may use of its context: this class's members, WXT's class has them too. */
export interface ScriptContext {
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  constructor(name: string) {
    const started = `${browser.runtime.id}:${name}:started`;
    // Dispatched before listening: only copies started earlier hear it, and stop.
    document.dispatchEvent(new Event(started));
    document.addEventListener(started, () => this.#controller.abort(), { signal: this.signal });
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
