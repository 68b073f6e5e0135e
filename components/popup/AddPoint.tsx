import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PenaltyRule } from '@/lib/rules/ledger';
import { shanghaiIso } from '@/lib/rules/shanghai';

const H = 3_600_000;
/** `2026-11-27` for an instant, in Asia/Shanghai. */
const shanghaiDay = (ms: number) => shanghaiIso(ms).slice(0, 10);

interface Props {
  now: number;
  onAdd(event: { at: number; points: number; rule: PenaltyRule; note?: string }): Promise<void>;
}

const RULES: readonly PenaltyRule[] = ['invoice', 'other'];

/** Records a point the platform deducted, which the pages did not show, and for which rule: only the invoice rule's count toward N/6. */
export function AddPoint({ now, onAdd }: Props) {
  const [points, setPoints] = useState('1');
  // Asked, not assumed: a deduction put under the wrong rule would move N/6 and the cap.
  const [rule, setRule] = useState<PenaltyRule | null>(null);
  const [day, setDay] = useState(shanghaiDay(now));
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const n = Number(points);
    // Noon Shanghai time of the chosen day: inside that day whatever the window's boundary.
    const at = Date.parse(`${day}T12:00:00+08:00`);
    if (!Number.isInteger(n) || n < 1 || n > 12 || !Number.isFinite(at) || at > now + 24 * H) {
      setMessage(t('popup_add_point_bad'));
      return;
    }
    if (!rule) {
      setMessage(t('popup_add_point_no_rule'));
      return;
    }
    try {
      await onAdd({ at, points: n, rule, ...(note.trim() ? { note: note.trim().slice(0, 200) } : {}) });
      setMessage(t('popup_saved'));
    } catch (error) {
      setMessage(t('popup_error', String((error as Error)?.message ?? error)));
    }
  };
  return (
    <details class="add-point">
      <summary>{t('popup_add_point')}</summary>
      <form noValidate onSubmit={submit}>
        <label>
          {t('popup_add_point_points')} <input type="number" min={1} max={12} value={points} onInput={(e) => setPoints(e.currentTarget.value)} />
        </label>
        <label>
          {t('popup_add_point_date')} <input type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>{t('popup_add_point_rule')}</legend>
          {RULES.map((r) => (
            <label key={r}>
              <input type="radio" name="rule" value={r} checked={rule === r} onChange={() => setRule(r)} /> {t(`popup_add_point_rule_${r}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('popup_add_point_note')} <input type="text" maxLength={200} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('popup_add_point_save')}</button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}
