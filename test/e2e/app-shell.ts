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

/**
 * Serves the app on `origin`: its script and fixture pages under /__app/, and every other address as the
 * shell of the fixture its query names (fixtureUrl), else of the one `entries` maps it to, else a 404.
 */
export async function serveApp(context: BrowserContext, origin: string, pages: Record<string, string>, entries: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__app/app.js') return route.fulfill({ contentType: 'text/javascript', body: APP_JS });
    const page = /^\/__app\/pages\/(.+)\.html$/.exec(url.pathname)?.[1];
    if (page !== undefined) {
      const html = pages[page];
      return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' });
    }
    // Requests carry no fragment (some Qianniu routes live in the hash).
    const name = url.searchParams.get(FIXTURE_PARAM) ?? entries[url.toString()] ?? Object.entries(entries).find(([u]) => u.replace(/#.*$/, '') === url.toString())?.[1];
    return name ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: shell(name) }) : route.fulfill({ status: 404, body: '' });
  });
}
