/**
 * The options page's import worker (lib/store/import-run.ts; components/options/import-task.ts starts it): one
 * file per message, its news posted back as it comes. An unlisted script, so it is its own bundle at /import-worker.js.
 */
import { runImport, type ImportNews } from '@/lib/store/import-run';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<{ file: Blob; now: number }>) => void) | null; postMessage(news: ImportNews): void };
  scope.onmessage = (e) => void runImport(e.data.file, e.data.now, (news) => scope.postMessage(news));
});
