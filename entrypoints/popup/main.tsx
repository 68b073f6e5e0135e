import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { notifyLogChanged } from '@/lib/log-changed';
import { openSentinelDb } from '@/lib/store/db';
import './style.css';

const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
render(
  <Popup db={db} now={Date.now()} onLogChanged={() => void notifyLogChanged()} openOptions={() => void browser.runtime.openOptionsPage()}
    copyText={(text) => navigator.clipboard.writeText(text)}
    openWelcome={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
  />,
  document.getElementById('app')!,
);
