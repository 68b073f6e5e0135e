// The bundle budget (issue 6): every content script of the Chrome build at most 24 KB gzip (level 9, the chunks
// it loads included): 20 KB until issue 21's wave, whose features (包裹中心 among them) it allows 24 KB. Deterministic: a function of the build output only. Prints each entrypoint's size.
// Run after a build: `npx wxt build && node scripts/check-bundle-size.mjs` (or give another build directory).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptName, entrypointSizes } from './bundle-size.mjs';

export const CONTENT_SCRIPT_BUDGET = 24 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Entrypoint names of the build's content scripts, named as entrypointSizes names them. */
function contentScripts(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []).map(contentScriptName);
}

/**
 * Gzip bytes per entrypoint of the build in `dir`, and one message per content script over `budget`
 * (none: within budget). A build without a manifest or without any content script fails too.
 */
export function checkBundleSize(dir = '.output/chrome-mv3', budget = CONTENT_SCRIPT_BUDGET) {
  let sizes;
  let scripts;
  try {
    sizes = entrypointSizes(dir);
    scripts = contentScripts(dir);
  } catch (error) {
    return { sizes: {}, budgets: {}, failures: [`cannot read the build in ${dir} (run \`npx wxt build\` first): ${error.message}`] };
  }
  if (scripts.length === 0) return { sizes, budgets: {}, failures: [`${dir}/manifest.json lists no content script`] };
  const budgets = Object.fromEntries(scripts.map((name) => [name, budget]));
  const failures = scripts.flatMap((name) => {
    if (!existsSync(join(dir, 'content-scripts', `${name}.js`))) return [`content script "${name}": content-scripts/${name}.js is missing from ${dir}`];
    const bytes = sizes[name] ?? 0;
    return bytes > budget ? [`content script "${name}" is ${bytes} B gzip (${kb(bytes)}), over its budget of ${budget} B (${kb(budget)}) by ${bytes - budget} B`] : [];
  });
  return { sizes, budgets, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const { sizes, budgets, failures } = checkBundleSize(dir);
  for (const [name, bytes] of Object.entries(sizes)) {
    const budget = budgets[name] === undefined ? '' : ` (budget ${kb(budgets[name])}: ${bytes <= budgets[name] ? 'ok' : 'OVER'})`;
    console.log(`${name.padEnd(12)} ${kb(bytes).padStart(8)} gzip, ${bytes} B${budget}`);
  }
  for (const failure of failures) console.error(`bundle budget: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
