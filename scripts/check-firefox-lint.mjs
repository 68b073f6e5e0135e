// Mozilla's addons-linter on the Firefox build: no errors, and only the warnings listed here by name.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '.output/firefox-mv2';

/** The code a warning points at (minified bundles are one line: the column matters). */
function codeAt({ file, line, column }) {
  const src = readFileSync(join(DIR, file), 'utf8').split('\n')[(line ?? 1) - 1] ?? '';
  return src.slice(Math.max(0, (column ?? 0) - 1), (column ?? 0) + 80);
}

// Preact's renderer supports dangerouslySetInnerHTML (our lint forbids us to use it): AMO flags that one
// assignment, `el.innerHTML = props.dangerouslySetInnerHTML.__html`, wherever Preact is bundled.
const ALLOWED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', where: /^\w+\.innerHTML=\w+\.__html/ }];

let out;
try {
  out = execFileSync('npx', ['addons-linter', '--output', 'json', DIR], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  out = e.stdout; // the linter exits non-zero on errors; the JSON still tells which
}
const report = JSON.parse(out);
const allowed = (w) => ALLOWED_WARNINGS.some((a) => a.code === w.code && w.file && a.where.test(codeAt(w)));
const unexpected = report.warnings.filter((w) => !allowed(w));
const problems = [...report.errors, ...unexpected];
for (const p of problems) console.error(`addons-linter ${p.code} ${p.file ?? ''}:${p.line ?? ''}:${p.column ?? ''} ${p.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexpected.length} allowed: Preact's innerHTML), ${report.notices.length} notices`);
process.exit(problems.length ? 1 : 0);
