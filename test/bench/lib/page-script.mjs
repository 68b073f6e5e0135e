// A TypeScript module of the tree and the lib code it uses, bundled by esbuild as one script that defines
// `globalThis[globalName]`, for a bench to evaluate in a Chromium page (through DevTools: no page CSP applies).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export async function pageScript(entry, globalName) {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    format: 'iife',
    globalName,
    footer: { js: `globalThis.${globalName} = ${globalName};` },
    platform: 'browser',
    target: 'es2022',
    alias: { '@': ROOT.replace(/\/$/, '') },
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}
