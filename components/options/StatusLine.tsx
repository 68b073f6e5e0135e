import { t } from '@/lib/i18n';
import { StorageUnavailableError } from '@/lib/store/availability';

/** One message under a form or action: confirmations politely, errors at once (role alert). */
export interface Status {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export function StatusLine({ status }: { status: Status | null }) {
  if (status === null) return null;
  return (
    <p class={`status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}

/** An error's message for the page (errors are shown, never thrown); storage trouble in the words the popup uses. */
export function messageOf(error: unknown): string {
  if (error instanceof StorageUnavailableError) return t('storage_unavailable');
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
