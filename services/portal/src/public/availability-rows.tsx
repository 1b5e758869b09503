import { useTranslation } from 'react-i18next';
import type { Availability } from '../outreach/outreach.ts';
import { DateField } from '../ui/date-field.tsx';
import { useRows } from './use-rows.ts';

/** Up to twelve windows (the API's limit); none is a valid answer ("not known yet"). */
const max = 12;

export function AvailabilityRows(props: {
  initial?: Availability[];
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const initial = props.initial ?? [];
  const rows = useRows(Math.max(1, initial.length), max);
  return (
    <>
      {rows.keys.map((key, index) => {
        const name = (field: string) => `availability-${key}-${field}`;
        const value = initial[Number(key.slice(1))];
        return (
          <fieldset key={key} className="row-group" data-row={key}>
            <legend>{t('public.profile.windowN', { n: index + 1 })}</legend>
            <div className="field-row">
              <DateField
                label={t('public.profile.from')}
                name={name('from')}
                defaultValue={value?.from}
                error={props.errors[name('from')]}
              />
              <DateField
                label={t('public.profile.to')}
                name={name('to')}
                defaultValue={value?.to}
                error={props.errors[name('to')]}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => rows.remove(key)}
            >
              {t('public.profile.removeWindow', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      {rows.canAdd && (
        <button ref={rows.addButton} type="button" className="button button--secondary" onClick={rows.add}>
          {t('public.profile.addWindow')}
        </button>
      )}
    </>
  );
}
