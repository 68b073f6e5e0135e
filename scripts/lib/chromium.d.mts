import type { BrowserContext, Page, Worker } from 'playwright-core';

export const CHROMIUM: string;
export const EXTENSION_DIR: string;
export const QUIET_FLAGS: string[];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(): Promise<void>;
}

interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  profile?: string;
  /** Another unpacked build than EXTENSION_DIR (the bench measures a snapshot of it). */
  extensionDir?: string;
}
export function launchWithExtension(options?: LaunchOptions): Promise<ExtensionBrowser>;
export function relaunch(browser: ExtensionBrowser, options?: LaunchOptions): Promise<ExtensionBrowser>;
export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export function launchPlain(options?: { headless?: boolean; viewport?: { width: number; height: number } }): Promise<PlainBrowser>;
export function servePage(context: BrowserContext, pattern: string | RegExp, html: string): Promise<void>;
/** Takes a Playwright page, or a Puppeteer one (the Firefox suite): both have the same $$eval. */
export function readBadges(page: Page | import('puppeteer-core').Page): Promise<{ key: string | null; text: string }[]>;
export function restartExtension(browser: ExtensionBrowser): Promise<Worker>;
export function hasContentScript(page: Page, extensionId: string): Promise<boolean>;
