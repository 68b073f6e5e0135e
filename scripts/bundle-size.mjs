// Gzip size of each entrypoint of the Chrome build, with the chunks it loads.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIR = '.output/chrome-mv3';
const gz = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Scripts an HTML entrypoint loads (module entry and its preloaded chunks). */
function htmlScripts(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
}

/** A content script's entrypoint name: `content-scripts/seller.js` → `seller`. */
export function contentScriptName(js) {
  return js.replace(/^content-scripts\/|\.js$/g, '');
}

/** Gzip bytes per entrypoint of the Chrome build in `dir`. */
export function entrypointSizes(dir = DIR) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries = { background: ['background.js'] };
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js) entries[contentScriptName(js)] = [js];
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) entries[html.replace('.html', '')] = htmlScripts(dir, html);
  return Object.fromEntries(Object.entries(entries).map(([name, files]) => [name, files.filter((f) => existsSync(join(dir, f))).reduce((n, f) => n + gz(dir, f), 0)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, bytes] of Object.entries(entrypointSizes())) console.log(`${name.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB gzip`);
}
