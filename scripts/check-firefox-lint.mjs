// Mozilla's addons-linter on the Firefox build: no errors, and only the warnings listed here by name.
import { execFileSync } from 'node:child_process';

const DIR = '.output/firefox-mv2';
// Preact's renderer supports dangerouslySetInnerHTML (which our lint forbids us to use); AMO flags that code path.
const ALLOWED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/jsxRuntime-[\w-]+\.js$/ }];

let out;
try {
  out = execFileSync('npx', ['addons-linter', '--output', 'json', DIR], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  out = e.stdout; // the linter exits non-zero on errors; the JSON still tells which
}
const report = JSON.parse(out);
const unexpected = report.warnings.filter((w) => !ALLOWED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
const problems = [...report.errors, ...unexpected];
for (const p of problems) console.error(`addons-linter ${p.type ?? ''} ${p.code} ${p.file ?? ''}:${p.line ?? ''} ${p.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexpected.length} allowed), ${report.notices.length} notices`);
process.exit(problems.length ? 1 : 0);
