import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { t } from '@/lib/i18n';
import { openSentinelDb } from '@/lib/store/db';

document.title = t('opt_title');
document.documentElement.lang = browser.i18n.getUILanguage();
const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
render(<OptionsPage db={db} />, document.getElementById('app')!);
