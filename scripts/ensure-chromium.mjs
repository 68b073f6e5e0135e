// Installs Debian's Chromium, its Chinese UI locale and CJK fonts when missing (never a downloaded browser build).
// The extension speaks the browser's UI language, so tests and the demo run Chromium in zh-CN.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!installed('fonts-noto-cjk')) missing.push('fonts-noto-cjk');
if (!process.env.CHROMIUM_PATH && !installed('chromium-l10n')) missing.push('chromium-l10n');
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = root ? [] : ['sudo'];
if (!root && spawnSync('which', ['sudo']).status !== 0) {
  console.error(`Missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian packages: ${missing.join(' ')}`);
const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', ...missing]);
