// Installs Debian's Firefox ESR, its Chinese UI language pack and CJK fonts when missing (never a downloaded
// browser build). The extension speaks the browser's UI language, so the Firefox suite and demo run it in zh-CN.
import { existsSync } from 'node:fs';
import { aptInstall, installed } from './lib/debian.mjs';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const missing = [];
if (!existsSync(firefox)) missing.push('firefox-esr');
if (!process.env.FIREFOX_PATH && !installed('firefox-esr-l10n-zh-cn')) missing.push('firefox-esr-l10n-zh-cn');
if (!installed('fonts-noto-cjk')) missing.push('fonts-noto-cjk');
aptInstall(missing);
