import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX: string;
export const FIREFOX_EXTENSION_DIR: string;

export interface Reply {
  status?: number;
  contentType: string;
  /** Text, or bytes (an answer in another charset). */
  body: string | Uint8Array;
  /** Further response headers (a cross-origin answer's CORS headers). */
  headers?: Record<string, string>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  uuid: string;
  /** moz-extension://<uuid> */
  origin: string;
  newPage(): Promise<Page>;
  openExtensionPage(path: string, selector?: string): Promise<Page>;
  inBackground<A, R>(fn: (background: any, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  notificationsShown(): Promise<{ id: string; title: string; message: string }[]>;
  reloadExtension(): Promise<void>;
  route(match: string | RegExp | ((url: string) => boolean), respond: (url: string) => Reply | undefined): void;
  serve(url: string, html: string): void;
  served: string[];
  refused: string[];
  leaked(): string[];
  proxied(): string[];
  consoleErrors(): string[];
  output(): string;
  close(): Promise<void>;
}

export function launchFirefoxWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number };
  extensionDir?: string;
}): Promise<FirefoxWithExtension>;
