import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** 复制: the text to the clipboard, never into the seller's page; says whether it worked. */
export function CopyButton({ text, copy }: { text: string; copy(text: string): Promise<void> }) {
  const [state, setState] = useState<'copy' | 'copied' | 'copy_failed'>('copy');
  return (
    <button type="button" class="copy" onClick={() => copy(text).then(() => setState('copied'), () => setState('copy_failed'))}>
      {t(state)}
    </button>
  );
}
