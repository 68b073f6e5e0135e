/**
 * The day view beside the page (issue 25). Chrome: the side panel is off everywhere but in the tabs whose content
 * script reported (a seller page), enabled per tab from that report, so it needs no host permission; the
 * keyboard command opens it. Firefox: the manifest's sidebar_action and its _execute_sidebar_action command.
 */
import { browser } from 'wxt/browser';

export const PANEL_PATH = 'sidepanel.html';
export const OPEN_PANEL_COMMAND = 'open-side-panel';

interface SidePanelApi {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Chrome's sidePanel, absent from Firefox's MV2 build. */
const sidePanel = (): SidePanelApi | undefined => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;

/** On every worker start: the panel shows in seller tabs only. */
export async function panelOffByDefault(): Promise<void> {
  await sidePanel()?.setOptions({ enabled: false });
}

/** A seller tab's content script reported: its panel is enabled. */
export async function enablePanelIn(tabId: number): Promise<void> {
  await sidePanel()?.setOptions({ tabId, path: PANEL_PATH, enabled: true });
}

/** The keyboard command (Chrome): opens the panel in the current tab, a user gesture as open() requires. */
export function listenForPanelCommand(): void {
  const panel = sidePanel();
  if (!panel) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    // Not awaited: open() must be called while the gesture lasts; the two calls run in order.
    void panel.setOptions({ tabId: tab.id, path: PANEL_PATH, enabled: true });
    void panel.open({ tabId: tab.id }).catch((error) => console.error('[时效哨兵] side panel', error));
  });
}
