// The bundle budget (issues 6 and 21): the content scripts of the Chrome build together at most 24 KB gzip (level 9,
// the chunks they load included): the seller script and the main-world tap, which load on the same pages. Deterministic: a function of the build output only. Prints each entrypoint's size.
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
  const missing = scripts.flatMap((name) =>
    existsSync(join(dir, 'content-scripts', `${name}.js`)) ? [] : [`content script "${name}": content-scripts/${name}.js is missing from ${dir}`],
  );
  const total = scripts.reduce((sum, name) => sum + (sizes[name] ?? 0), 0);
  const over = total > budget ? [`content scripts together (${scripts.join(' + ')}) are ${total} B gzip (${kb(total)}), over their budget of ${budget} B (${kb(budget)}) by ${total - budget} B`] : [];
  return { sizes, budgets, total, failures: [...missing, ...over] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const { sizes, budgets, total, failures } = checkBundleSize(dir);
  for (const [name, bytes] of Object.entries(sizes)) {
    const budget = budgets[name] === undefined ? '' : ' (content script)';
    console.log(`${name.padEnd(12)} ${kb(bytes).padStart(8)} gzip, ${bytes} B${budget}`);
  }
  if (total !== undefined) console.log(`content scripts together ${kb(total)} gzip, ${total} B (budget ${kb(CONTENT_SCRIPT_BUDGET)})`);
  for (const failure of failures) console.error(`bundle budget: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
