import { t } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import type { FieldSpec } from './setting-fields';

/** The default as a person reads it: `2022-12-16 00:00`, `新疆、西藏…`, `未公布`. */
function defaultText(field: FieldSpec): string {
  const value = DEFAULT_SETTINGS[field.key];
  if (field.input === 'datetime') return value === null ? t('opt_not_announced') : field.format(value).replace('T', ' ');
  const text = field.input === 'textarea' ? (value as string[]).join('、') : field.format(value);
  return text === '' ? t('opt_none') : text;
}

interface Props {
  field: FieldSpec;
  text: string;
  error?: string;
  onInput(text: string): void;
}

/** One rule parameter: its label, input, unit, hint, default and, when it does not read, why. */
export function SettingField({ field, text, error, onInput }: Props) {
  const id = `opt-${field.key}`;
  const described = [field.hint && `${id}-hint`, `${id}-default`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    name: field.key,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        {t(field.label)}
        {field.interpretation && <span class="interpretation">({t('opt_interpretation')})</span>}
      </label>
      <div class="control">
        {field.input === 'textarea' && <textarea rows={7} {...common} />}
        {field.input === 'number' && <input type="number" step={field.integer ? 1 : 'any'} min={field.min} inputMode={field.integer ? 'numeric' : 'decimal'} {...common} />}
        {field.input === 'datetime' && <input type="datetime-local" {...common} />}
        {field.input === 'text' && <input type="text" {...common} />}
        {field.input === 'time' && <input type="time" {...common} />}
        {field.unit && <span class="unit">{t(field.unit)}</span>}
      </div>
      {field.hint && (
        <p class="hint" id={`${id}-hint`}>
          {t(field.hint)}
        </p>
      )}
      <p class="default" id={`${id}-default`}>
        {t('opt_default', defaultText(field))}
      </p>
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
