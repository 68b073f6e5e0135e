// Store readiness: `npm run zip` makes the Chrome and Firefox packages and the sources archive for AMO
// review; each holds what it must and nothing it must not (no node_modules, no build output in the sources).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

execFileSync('npm', ['run', '-s', 'zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
const version = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { encoding: 'utf8' })).version;
const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
const list = (zip) => execFileSync('unzip', ['-Z1', join('.output', zip)], { encoding: 'utf8' }).split('\n').filter(Boolean);
const find = (suffix) => zips.find((z) => z.endsWith(`${version}-${suffix}.zip`));

const problems = [];
for (const [suffix, must, mustNot] of [
  ['chrome', ['manifest.json', 'background.js', 'content-scripts/seller.js', '_locales/zh_CN/messages.json'], [/\.map$/]],
  ['firefox', ['manifest.json', 'background.js', 'content-scripts/seller.js', '_locales/en/messages.json'], [/\.map$/]],
  ['sources', ['package.json', 'package-lock.json', 'wxt.config.ts', 'lib/content/sentinel.ts'], [/^node_modules\//, /^\.output\//, /^demo-output\//]],
]) {
  const zip = find(suffix);
  if (!zip) {
    problems.push(`no ${suffix} package among ${zips.join(', ') || 'none'}`);
    continue;
  }
  const files = list(zip);
  for (const f of must) if (!files.includes(f)) problems.push(`${zip} lacks ${f}`);
  for (const f of files) if (mustNot.some((re) => re.test(f))) problems.push(`${zip} holds ${f}`);
  console.log(`${zip}: ${files.length} files`);
}
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
