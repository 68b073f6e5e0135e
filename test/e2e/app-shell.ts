/**
 * Serves fixture pages the way the Qianniu SPA delivers them: a bare shell first, then the page's content
 * fetched by script, table rows appended in small batches, and route changes by history.pushState.
 */
import type { BrowserContext } from 'playwright-core';

const APP_JS = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function load(name) {
  const html = await (await fetch('/__app/pages/' + name + '.html')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rows = [...doc.body.querySelectorAll('tbody > tr')].map((row) => [row, row.parentNode]);
  for (const [row] of rows) row.remove();
  const root = document.getElementById('root');
  root.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  for (let i = 0; i < rows.length; i += 2) {
    await sleep(40);
    for (const [row, parent] of rows.slice(i, i + 2)) parent.append(document.adoptNode(row));
  }
  window.__loaded = name;
}
window.__navigate = (url, name) => { history.pushState({}, '', url); return load(name); };
load(window.__fixture);
`;

const shell = (name: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>千牛卖家中心</title></head>` +
  `<body><div id="root">加载中…</div><script>window.__fixture = ${JSON.stringify(name)};</script>` +
  `<script src="/__app/app.js"></script></body></html>`;

/** The query parameter naming the fixture a seller URL shows, for fixtures that share one URL. */
const FIXTURE_PARAM = 'ds_fixture';

/** A fixture's URL with its name in the query (before any hash route), so that fixtures of one URL each get theirs. */
export function fixtureUrl(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set(FIXTURE_PARAM, name);
  return u.toString();
}

/** A response to one request, in the shape both Playwright's route.fulfill and Puppeteer's request.respond take. */
export interface AppResponse {
  status: number;
  contentType: string;
  body: string;
}

const html = (body: string): AppResponse => ({ status: 200, contentType: 'text/html; charset=utf-8', body });

/**
 * What the app's server on `origin` answers at `url`: its script and fixture pages under /__app/, and any other
 * address the shell of the fixture its query names (fixtureUrl), else of the one `entries` maps it to (without
 * the fragment: some Qianniu routes live in the hash). Undefined for an address it does not serve.
 */
export function appResponse(url: string, origin: string, pages: Record<string, string>, entries: Record<string, string>): AppResponse | undefined {
  const u = new URL(url.replace(/#.*$/, ''));
  if (u.origin !== origin) return undefined;
  if (u.pathname === '/__app/app.js') return { status: 200, contentType: 'text/javascript', body: APP_JS };
  const page = /^\/__app\/pages\/(.+)\.html$/.exec(u.pathname)?.[1];
  if (page !== undefined) return pages[page] ? html(pages[page]) : undefined;
  const name = u.searchParams.get(FIXTURE_PARAM) ?? entries[u.toString()] ?? Object.entries(entries).find(([e]) => e.replace(/#.*$/, '') === u.toString())?.[1];
  return name ? html(shell(name)) : undefined;
}

/** Serves the app on `origin` (appResponse), every other address there a 404. The Firefox suite calls appResponse from its request interception. */
export async function serveApp(context: BrowserContext, origin: string, pages: Record<string, string>, entries: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.fulfill(appResponse(route.request().url(), origin, pages, entries) ?? { status: 404, contentType: 'text/plain', body: '' }),
  );
}
