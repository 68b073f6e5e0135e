import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { notifyLogChanged } from '@/lib/log-changed';
import type { RuleSettings } from '@/lib/rules/settings';
import { withLog } from '@/lib/store/availability';
import type { SentinelDb } from '@/lib/store/db';
import { loadSettings } from '@/lib/store/log';
import { DataSection } from './DataSection';
import { RecipesSection } from './RecipesSection';
import { HistorySection } from './HistorySection';
import { downloadText, type SaveFile } from './download';
import { OPTIONS_CSS } from './options-style';
import { RulesForm } from './RulesForm';
import { messageOf } from './StatusLine';

interface Props {
  db: SentinelDb;
  now?: () => number;
  /** Tells the background to re-plan reminders after a write (tests pass a spy). */
  onLogChanged?: () => unknown;
  save?: SaveFile;
}

/** The options page: the rule parameters, the point history, then the data (export, import, clear). */
export function OptionsPage({ db, now = Date.now, onLogChanged = notifyLogChanged, save = downloadText }: Props) {
  const [settings, setSettings] = useState<RuleSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // A new generation after an import or a clear: the form starts again from the settings now stored.
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(
    () =>
      withLog(db, () => loadSettings(db))
        .then((s) => {
          setSettings(s);
          setGeneration((g) => g + 1);
        })
        .catch((error: unknown) => setLoadError(messageOf(error))),
    [db],
  );
  useEffect(() => void reload(), [reload]);

  return (
    <main class="options">
      <style>{OPTIONS_CSS}</style>
      <h1>{t('opt_title')}</h1>
      <p class="intro">{t('opt_intro')}</p>
      {loadError !== null && <p role="alert" class="status error">{t('opt_load_failed', loadError)}</p>}
      {settings === null ? (
        loadError === null && <p>{t('opt_loading')}</p>
      ) : (
        <RulesForm key={generation} db={db} settings={settings} onSaved={setSettings} onLogChanged={onLogChanged} />
      )}
      {settings !== null && <HistorySection key={generation} db={db} now={now} settings={settings} />}
      <RecipesSection key={generation} db={db} now={now} save={save} onLogChanged={onLogChanged} />
      <DataSection db={db} now={now} save={save} onLogChanged={onLogChanged} onDataReplaced={reload} />
    </main>
  );
}
