import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { startPageWatcher } from '@/lib/content/page-watcher';

export default defineContentScript({
  matches: SELLER_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageWatcher(ctx, (report) => browser.runtime.sendMessage(report));
  },
});
