/**
 * The options page's import worker (lib/store/import-run.ts; components/options/import-task.ts starts it): one
 * file per message, its news posted back as it comes. An unlisted script, so it is its own bundle at /import-worker.js.
 */
import { runImport, type ImportNews } from '@/lib/store/import-run';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<{ file: Blob; now: number }>) => void): void;
  postMessage(news: ImportNews): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  // A dedicated worker's postMessage goes to its page only: there is no origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.addEventListener('message', (e) => void runImport(e.data.file, e.data.now, (news) => scope.postMessage(news)));
});
