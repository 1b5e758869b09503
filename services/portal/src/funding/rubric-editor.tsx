import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/field.tsx';
import { whole } from './use-funding-form.ts';

export interface RubricRow {
  key: string;
  label: string;
  weight: number | string;
  max: number | string;
}

/** What the weights add up to (the service takes a rubric only at exactly 100). */
export const weightOf = (rows: readonly RubricRow[]) =>
  rows.reduce((sum, row) => sum + (Number.isNaN(whole(row.weight)) ? 0 : whole(row.weight)), 0);

/** The committee's rubric: one row per criterion (its label, weight, highest score), the weights' sum beside. */
export function RubricEditor() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<{ rubric: RubricRow[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: 'rubric' });
  const rows = useWatch({ control, name: 'rubric' });
  const sum = weightOf(rows ?? []);
  return (
    <fieldset className="group">
      <legend>{t('funding.rubric.legend')}</legend>
      <p className="field__hint">{t('funding.rubric.hint')}</p>
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <div
            key={field.id}
            className="option-row"
            role="group"
            aria-label={t('funding.rubric.row', { number })}
          >
            <TextField
              label={t('funding.rubric.label', { number })}
              required
              {...register(`rubric.${index}.label`)}
            />
            <TextField
              label={t('funding.rubric.weight', { number })}
              inputMode="numeric"
              required
              {...register(`rubric.${index}.weight`)}
            />
            <TextField
              label={t('funding.rubric.max', { number })}
              inputMode="numeric"
              required
              {...register(`rubric.${index}.max`)}
            />
            {fields.length > 1 && (
              <button type="button" className="button button--secondary" onClick={() => remove(index)}>
                {t('funding.rubric.remove', { number })}
              </button>
            )}
          </div>
        );
      })}
      <p role="status" className={sum === 100 ? 'notice notice--success' : 'notice'}>
        {t('funding.rubric.sum', { sum })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => append({ key: '', label: '', weight: 0, max: 10 })}
      >
        {t('funding.rubric.add')}
      </button>
    </fieldset>
  );
}
