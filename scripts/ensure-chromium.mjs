// Installs Debian's Chromium, its Chinese UI locale and CJK fonts when missing (never a downloaded browser build).
// The extension speaks the browser's UI language, so tests and the demo run Chromium in zh-CN.
import { existsSync } from 'node:fs';
import { aptInstall, installed } from './lib/debian.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!installed('fonts-noto-cjk')) missing.push('fonts-noto-cjk');
if (!process.env.CHROMIUM_PATH && !installed('chromium-l10n')) missing.push('chromium-l10n');
aptInstall(missing);
