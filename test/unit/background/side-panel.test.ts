import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { enablePanelIn, listenForPanelCommand, OPEN_PANEL_COMMAND, panelOffByDefault, PANEL_PATH } from '@/lib/background/side-panel';

/** Chrome's sidePanel, which the fake browser lacks: what is asked of it, in order. */
function stubSidePanel() {
  const calls: [string, object][] = [];
  const sidePanel = {
    setOptions: vi.fn<(o: object) => Promise<void>>(async (o) => void calls.push(['setOptions', o])),
    open: vi.fn<(o: object) => Promise<void>>(async (o) => void calls.push(['open', o])),
  };
  (fakeBrowser as unknown as { sidePanel?: typeof sidePanel }).sidePanel = sidePanel;
  return calls;
}

describe('the side panel (issue 25)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('is off by default and enabled in a tab whose content script reported', async () => {
    const calls = stubSidePanel();
    await panelOffByDefault();
    await enablePanelIn(7);
    expect(calls).toEqual([['setOptions', { enabled: false }], ['setOptions', { tabId: 7, path: PANEL_PATH, enabled: true }]]);
  });

  it('opens from the keyboard command in the current tab, enabling it there first', async () => {
    const calls = stubSidePanel();
    // The fake browser has no commands.onCommand: the listener is caught here and called as the browser would.
    let onCommand: (command: string, tab?: Browser.tabs.Tab) => void = () => undefined;
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: (fn: typeof onCommand) => void (onCommand = fn) } });
    listenForPanelCommand();
    onCommand(OPEN_PANEL_COMMAND, { id: 9 } as Browser.tabs.Tab);
    onCommand('something-else', { id: 9 } as Browser.tabs.Tab);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([['setOptions', { tabId: 9, path: PANEL_PATH, enabled: true }], ['open', { tabId: 9 }]]);
  });

  it('does nothing where there is no side panel (Firefox: its sidebar is the manifest’s)', async () => {
    await expect(panelOffByDefault()).resolves.toBeUndefined();
    await expect(enablePanelIn(1)).resolves.toBeUndefined();
    expect(() => listenForPanelCommand()).not.toThrow();
  });
});
