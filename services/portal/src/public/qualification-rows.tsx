import { useTranslation } from 'react-i18next';
import { type Qualification, qualificationLevels } from '../outreach/outreach.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { useRows } from './use-rows.ts';

/** At most five qualifications (the API's limit), at least one. */
const max = 5;

export function QualificationRows(props: {
  initial?: Qualification[];
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const initial = props.initial ?? [];
  const rows = useRows(Math.max(1, initial.length), max);
  const thisYear = new Date().getFullYear();
  return (
    <>
      {rows.keys.map((key, index) => {
        const name = (field: string) => `qualification-${key}-${field}`;
        const value = initial[Number(key.slice(1))];
        return (
          <fieldset key={key} className="row-group" data-row={key}>
            <legend>{t('public.profile.qualificationN', { n: index + 1 })}</legend>
            <SelectField
              label={t('public.profile.level')}
              name={name('level')}
              defaultValue={value?.level ?? ''}
              required
              error={props.errors[name('level')]}
            >
              <option value="">{t('common.choose')}</option>
              {qualificationLevels.map((level) => (
                <option key={level} value={level}>
                  {t(`levels.${level}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('public.profile.field')}
              hint={t('public.profile.fieldHint')}
              name={name('field')}
              defaultValue={value?.field}
              required
              maxLength={200}
              error={props.errors[name('field')]}
            />
            <TextField
              label={t('public.profile.institution')}
              name={name('institution')}
              defaultValue={value?.institution}
              required
              maxLength={200}
              error={props.errors[name('institution')]}
            />
            <TextField
              label={t('public.profile.year')}
              name={name('year')}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              maxLength={4}
              defaultValue={value?.year}
              required
              hint={t('public.profile.yearHint', { year: thisYear })}
              error={props.errors[name('year')]}
            />
            {rows.keys.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => rows.remove(key)}
              >
                {t('public.profile.removeQualification', { n: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {rows.canAdd && (
        <button ref={rows.addButton} type="button" className="button button--secondary" onClick={rows.add}>
          {t('public.profile.addQualification')}
        </button>
      )}
    </>
  );
}
