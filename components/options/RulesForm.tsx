import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { withSettings, type RuleSettings } from '@/lib/rules/settings';
import { withLog } from '@/lib/store/availability';
import type { SentinelDb } from '@/lib/store/db';
import { saveSettings } from '@/lib/store/log';
import { BADGE_KINDS, draftOf, readDraft, type BadgeKind, type Draft, type FieldErrors } from './form-model';
import { FIELD_GROUPS, type FieldGroup, type TextKey } from './setting-fields';
import { SettingField } from './SettingField';
import { messageOf, StatusLine, type Status } from './StatusLine';

interface Props {
  db: SentinelDb;
  settings: RuleSettings;
  onSaved(settings: RuleSettings): void;
  onLogChanged(): unknown;
}

function BadgeKinds({ ticked, error, onToggle }: { ticked: BadgeKind[]; error?: string; onToggle(kind: BadgeKind): void }) {
  return (
    <fieldset class="field kinds" aria-describedby="opt-badgeKinds-hint">
      <legend>{t('opt_badgeKinds')}</legend>
      {BADGE_KINDS.map((kind) => (
        <label key={kind} class="kind">
          <input type="checkbox" name="badgeKinds" value={kind} checked={ticked.includes(kind)} onChange={() => onToggle(kind)} />
          {t(`kind_${kind}`)}
        </label>
      ))}
      <p class="hint" id="opt-badgeKinds-hint">
        {t('opt_badgeKinds_hint')}
      </p>
      <p class="default">{t('opt_default', BADGE_KINDS.map((k) => t(`kind_${k}`)).join('、'))}</p>
      {error && <p class="error">{error}</p>}
    </fieldset>
  );
}

/** Every rule parameter, grouped as RULES.md is, each with its source; saved all at once or not at all. */
export function RulesForm({ db, settings, onSaved, onLogChanged }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [saving, setSaving] = useState(false);

  const setText = (key: TextKey, text: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [key]: text } }));
  const toggleKind = (kind: BadgeKind) =>
    setDraft((d) => ({ ...d, badgeKinds: d.badgeKinds.includes(kind) ? d.badgeKinds.filter((k) => k !== kind) : [...d.badgeKinds, kind] }));

  async function save(event: Event) {
    event.preventDefault();
    const read = readDraft(draft, settings);
    if (!read.ok) {
      setErrors(read.errors);
      setStatus({ tone: 'error', text: t('opt_save_has_errors', Object.keys(read.errors).length) });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await withLog(db, () => saveSettings(db, read.values));
      onSaved(saved);
      setDraft(draftOf(saved));
      setStatus({ tone: 'ok', text: t('opt_saved') });
      onLogChanged();
    } catch (error) {
      setStatus({ tone: 'error', text: t('opt_save_failed', messageOf(error)) });
    } finally {
      setSaving(false);
    }
  }

  function reset() {
    setDraft(draftOf(withSettings()));
    setErrors({});
    setStatus({ tone: 'info', text: t('opt_reset_done') });
  }

  const group = (g: FieldGroup) => (
    <section key={g.id} class="group" aria-labelledby={`group-${g.id}`}>
      <h3 id={`group-${g.id}`}>{t(g.title)}</h3>
      <p class="source">{t(g.source)}</p>
      {g.fields.map((field) => (
        <SettingField key={field.key} field={field} text={draft.texts[field.key]} error={errors[field.key]} onInput={(text) => setText(field.key, text)} />
      ))}
      {g.id === 'badges' && <BadgeKinds ticked={draft.badgeKinds} error={errors.badgeKinds} onToggle={toggleKind} />}
    </section>
  );

  return (
    <form class="rules" noValidate onSubmit={(e) => void save(e)}>
      <h2>{t('opt_rules_title')}</h2>
      {FIELD_GROUPS.map(group)}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('opt_save')}
        </button>
        <button type="button" onClick={reset} disabled={saving}>
          {t('opt_reset')}
        </button>
      </div>
      <StatusLine status={status} />
    </form>
  );
}
