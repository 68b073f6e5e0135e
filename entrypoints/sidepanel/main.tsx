/**
 * The day view beside the page (issue 25): the popup's summary, week strip and list in a side panel (Chrome) or
 * sidebar (Firefox) that stays open while the seller works through a page. A click shows the item's row in
 * its tab; the view is drawn again each minute and whenever the panel comes back into view.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '@/components/popup/Popup';
import { notifyLogChanged } from '@/lib/log-changed';
import { requestOpenItem } from '@/lib/open-item-message';
import { openSentinelDb } from '@/lib/store/db';
import '../popup/style.css';
import './style.css';

const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
const REDRAW_MS = 60_000;

function Panel() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const again = () => setNow(Date.now());
    const timer = setInterval(again, REDRAW_MS);
    const onShow = () => document.visibilityState === 'visible' && again();
    document.addEventListener('visibilitychange', onShow);
    return () => (clearInterval(timer), document.removeEventListener('visibilitychange', onShow));
  }, []);
  return (
    <Popup
      db={db}
      now={now}
      onLogChanged={() => void notifyLogChanged()}
      openOptions={() => void browser.runtime.openOptionsPage()}
      copyText={(text) => navigator.clipboard.writeText(text)}
      openWelcome={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
      openItem={(item) => void requestOpenItem(item.key)}
    />
  );
}

render(<Panel />, document.getElementById('app')!);
