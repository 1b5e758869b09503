import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthNames } from './dates.ts';

interface Parts {
  day: string;
  month: string;
  year: string;
}

/** `YYYY-MM-DD` from what was typed; '' when nothing was, a text that fails the date check when half was. */
export function joinDay({ day, month, year }: Parts): string {
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function splitDay(value: string | undefined): Parts {
  const [year = '', month = '', day = ''] = value?.split('-') ?? [];
  return { year, month: month && String(Number(month)), day: day && String(Number(day)) };
}

/**
 * A calendar day as day, month (by name) and year, in that order, whatever the browser's locale: a native
 * `type="date"` input follows the browser (a US order for most), not the page's language. The form receives
 * `YYYY-MM-DD` under `name`, as from a date input.
 */
export function DateField(props: { label: string; name: string; defaultValue?: string; error?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState(() => splitDay(props.defaultValue));
  const set = (part: keyof Parts) => (event: { target: { value: string } }) =>
    setParts({ ...parts, [part]: event.target.value });
  const invalid = props.error ? true : undefined;
  const describedBy = props.error ? `${id}-error` : undefined;
  /** A part typed as digits (the day, the year); the month is chosen by name. */
  const digits = (part: 'day' | 'year', length: number, ariaInvalid?: boolean) => (
    <label>
      {t(`form.${part}`)}
      <input
        inputMode="numeric"
        maxLength={length}
        size={length}
        value={parts[part]}
        onChange={set(part)}
        aria-invalid={ariaInvalid}
        aria-describedby={describedBy}
      />
    </label>
  );
  return (
    <fieldset className={props.error ? 'field field--invalid date-field' : 'field date-field'}>
      <legend>{props.label}</legend>
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
      <div className="date-field__parts">
        {digits('day', 2, invalid)}
        <label>
          {t('form.month')}
          <select value={parts.month} onChange={set('month')} aria-describedby={describedBy}>
            <option value="" />
            {monthNames(i18n.language).map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </select>
        </label>
        {digits('year', 4)}
      </div>
      <input type="hidden" name={props.name} value={joinDay(parts)} />
    </fieldset>
  );
}
