import { useEffect, useState } from 'preact/hooks';
import { answersCsv, ticketsCsv } from '@/lib/csv';
import { t } from '@/lib/i18n';
import { withLog } from '@/lib/store/availability';
import type { SentinelDb } from '@/lib/store/db';
import { clearAll, exportLog, type ImportResult } from '@/lib/store/export-import';
import type { ImportStage } from '@/lib/store/import-run';
import { interruptedImport, startImport, type ImportTask } from './import-task';
import { loadSettings } from '@/lib/store/log';
import { fileName, type SaveFile } from './download';
import { messageOf, StatusLine, type Status } from './StatusLine';

/** Beyond any real log (a year of a busy shop is a few MB): refuse before reading it into memory. */
const MAX_FILE_MB = 50;

interface Props {
  db: SentinelDb;
  now(): number;
  save: SaveFile;
  onLogChanged(): unknown;
  /** The log was replaced or merged: settings may have changed too. */
  onDataReplaced(): unknown;
}

/** Says only what happened (issue 23): "already there" only when the file had rows besides the ones skipped. */
export function importMessage(result: Extract<ImportResult, { ok: true }>): string {
  const { added: a, updated: u, droppedLinks, kept } = result;
  const total = Object.values(a).reduce((s, n) => s + n, 0) + Object.values(u).reduce((s, n) => s + n, 0);
  if (total === 0 && kept === 0) return droppedLinks > 0 ? t('opt_import_only_dropped', droppedLinks) : t('opt_import_empty');
  const summary = total === 0 ? t('opt_import_nothing') : t('opt_imported', a.tickets, a.questions, a.penalties, a.reminders, a.settings, u.tickets, u.questions, u.reminders, u.settings);
  return droppedLinks > 0 ? `${summary} ${t('opt_import_dropped_links', droppedLinks)}` : summary;
}

export async function readJsonFile(file: File): Promise<{ data: unknown } | { error: string }> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) return { error: t('import_error_too_large', MAX_FILE_MB) };
  try {
    return { data: JSON.parse(await file.text()) as unknown };
  } catch {
    return { error: t('import_error_not_json') };
  }
}

const STAGES: readonly ImportStage[] = ['reading', 'parsing', 'writing'];

/** Export (JSON backup, CSV tables), import a backup, and clear everything behind a second, explicit step. */
export function DataSection({ db, now, save, onLogChanged, onDataReplaced }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [importing, setImporting] = useState<ImportTask | null>(null);
  const [stage, setStage] = useState<ImportStage>('reading');
  // An import the last visit left unfinished (page closed, browser quit): named, and nothing of it was written.
  useEffect(() => {
    const name = interruptedImport();
    if (name !== null) setStatus({ tone: 'error', text: t('opt_import_interrupted', name) });
  }, []);

  async function run(task: () => Promise<Status | null>, failure: 'opt_export_failed' | 'opt_import_failed' | 'opt_clear_failed') {
    setBusy(true);
    try {
      setStatus(await withLog(db, task));
    } catch (error) {
      setStatus({ tone: 'error', text: t(failure, messageOf(error)) });
    } finally {
      setBusy(false);
    }
  }

  const exported = (name: string): Status => ({ tone: 'ok', text: t('opt_exported', name) });

  const exportJson = () =>
    run(async () => {
      const name = fileName('log', 'json', now());
      save(name, JSON.stringify(await exportLog(db, now()), null, 1), 'application/json');
      return exported(name);
    }, 'opt_export_failed');

  const exportCsv = (what: 'tickets' | 'answers') =>
    run(async () => {
      const name = fileName(what, 'csv', now());
      const text = what === 'tickets' ? ticketsCsv(await db.tickets.toArray(), await loadSettings(db)) : answersCsv(await db.questions.toArray(), await db.answers.toArray());
      save(name, text, 'text/csv;charset=utf-8');
      return exported(name);
    }, 'opt_export_failed');

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) return setStatus({ tone: 'error', text: t('opt_import_failed', t('import_error_too_large', MAX_FILE_MB)) });
    setBusy(true);
    setStatus(null);
    setStage('reading');
    const running = startImport(file, now(), setStage, db);
    setImporting(running);
    const end = await running.end;
    setImporting(null);
    setBusy(false);
    if ('cancelled' in end) return setStatus({ tone: 'ok', text: t('opt_import_cancelled') });
    if ('failed' in end) return setStatus({ tone: 'error', text: t('opt_import_failed', end.failed === 'not-json' ? t('import_error_not_json') : end.detail ?? '') });
    const result = end.done;
    if (!result.ok) return setStatus({ tone: 'error', text: t('opt_import_failed', t(result.error, result.detail ?? '')) });
    onLogChanged();
    onDataReplaced();
    setStatus({ tone: 'ok', text: importMessage(result) });
  };

  const clear = () =>
    run(async () => {
      await clearAll(db);
      setConfirming(false);
      onLogChanged();
      onDataReplaced();
      return { tone: 'ok', text: t('opt_cleared') };
    }, 'opt_clear_failed');

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('opt_data_title')}</h2>
      <p class="hint">{t('opt_data_intro')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportJson()} disabled={busy}>{t('opt_export_json')}</button>
        <button type="button" onClick={() => void exportCsv('tickets')} disabled={busy}>{t('opt_export_tickets_csv')}</button>
        <button type="button" onClick={() => void exportCsv('answers')} disabled={busy}>{t('opt_export_answers_csv')}</button>
      </div>
      <div class="field">
        <label for="opt-import">{t('opt_import_json')}</label>
        <input id="opt-import" type="file" accept=".json,application/json" disabled={busy} aria-describedby="opt-import-hint"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        <p class="hint" id="opt-import-hint">{t('opt_import_hint')}</p>
        {importing && (
          <div class="import-progress" role="status">
            <progress max={STAGES.length} value={STAGES.indexOf(stage) + 1} aria-label={t('opt_import_progress')} />
            <span>{t(`opt_import_stage_${stage}`)}</span>
            <button type="button" onClick={() => importing.cancel()}>{t('opt_import_cancel')}</button>
          </div>
        )}
      </div>
      <div class="danger">
        {confirming ? (
          <div role="group" aria-labelledby="opt-clear-warning">
            <p id="opt-clear-warning" class="warning">{t('opt_clear_warning')}</p>
            <button type="button" class="destructive" onClick={() => void clear()} disabled={busy}>{t('opt_clear_confirm')}</button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>{t('opt_cancel')}</button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>{t('opt_clear')}</button>
        )}
      </div>
      <StatusLine status={status} />
    </section>
  );
}
