// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchLocation } from '@/lib/content/location-watch';
import { ContentScriptContext } from '@/lib/content/script-context';

describe('the content script context (the content build stand-in for WXT’s)', () => {
  afterEach(() => fakeBrowser.reset());

  it('stops an older copy of the script when a newer one starts in the page, not the newer one', () => {
    const older = new ContentScriptContext('seller');
    const stopped = vi.fn<() => void>();
    older.onInvalidated(stopped);
    const newer = new ContentScriptContext('seller');
    expect(older.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isInvalid).toBe(false);
    // Another content script's start does not stop this one.
    const other = new ContentScriptContext('other');
    expect(other.isInvalid).toBe(false);
    expect(newer.isInvalid).toBe(false);
  });

  it('cannot be stopped by a page-visible event: the old `<id>:seller:started` event changes nothing (issue 23)', () => {
    const ctx = new ContentScriptContext('seller');
    for (const type of [`${fakeBrowser.runtime.id}:seller:started`, 'seller:started', 'wxt:content-script-started']) {
      document.dispatchEvent(new Event(type));
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'seller' } }));
    }
    window.postMessage({ type: 'WXT_CONTENT_SCRIPT_STARTED', contentScriptName: 'seller' }, '*');
    expect(ctx.isInvalid).toBe(false);
  });

  it('aborts once the extension is gone from under the page (runtime.id no longer set)', () => {
    const ctx = new ContentScriptContext('seller');
    expect(ctx.isInvalid).toBe(false);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    id.mockRestore();
  });
});

describe('watchLocation', () => {
  it('calls back once per URL change, and never after its signal aborts', async () => {
    vi.useFakeTimers();
    const changed = vi.fn<() => void>();
    const stop = new AbortController();
    watchLocation(changed, stop.signal);
    history.pushState(null, '', '/a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    stop.abort();
    history.pushState(null, '', '/b');
    await vi.advanceTimersByTimeAsync(2000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
