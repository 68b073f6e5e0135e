/**
 * Serves fixture pages the way the Qianniu SPA delivers them: a bare shell first, then the page's content
 * fetched by script, table rows appended in small batches, and route changes by history.pushState.
 * appResponse is the server; the Chromium suite routes through serveApp (Playwright), the Firefox suite calls it
 * from its request interception (Puppeteer).
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

/** A response to one request, in the shape both Playwright's route.fulfill and Puppeteer's request.respond take. */
export interface AppResponse {
  status: number;
  contentType: string;
  body: string;
}

const html = (body: string): AppResponse => ({ status: 200, contentType: 'text/html; charset=utf-8', body });

/**
 * What the SPA's server answers at `url`: the shell of fixture `entries[url]` (matched without the fragment,
 * as some Qianniu routes live in the hash), the app script, a fixture's content from `pages`, or undefined
 * when `url` is none of them.
 */
export function appResponse(url: string, origin: string, pages: Record<string, string>, entries: Record<string, string>): AppResponse | undefined {
  const bare = url.replace(/#.*$/, '');
  if (bare.startsWith(`${origin}/__app/`)) {
    const path = new URL(bare).pathname;
    if (path === '/__app/app.js') return { status: 200, contentType: 'text/javascript', body: APP_JS };
    const page = pages[/^\/__app\/pages\/(.+)\.html$/.exec(path)?.[1] ?? ''];
    return page ? html(page) : { status: 404, contentType: 'text/plain', body: '' };
  }
  const entry = Object.entries(entries).find(([u]) => u.replace(/#.*$/, '') === bare);
  return entry ? html(shell(entry[1])) : undefined;
}

/** Routes `url` to the shell of fixture `name`; the fixtures themselves come from `pages`. */
export async function serveApp(context: BrowserContext, origin: string, pages: Record<string, string>, entries: Record<string, string>): Promise<void> {
  await context.route(
    (url) => appResponse(url.href, origin, pages, entries) !== undefined,
    (route) => route.fulfill(appResponse(route.request().url(), origin, pages, entries)!),
  );
}
