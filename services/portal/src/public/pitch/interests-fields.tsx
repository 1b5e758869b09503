import { useTranslation } from 'react-i18next';
import { useProgramme } from '../../programme/use-programme.ts';
import { CheckboxGroup } from '../../ui/checkbox-group.tsx';
import { ChoiceField, TextField } from '../../ui/field.tsx';
import { type InvestorInterests, instruments } from './pitch.api.ts';

/** What an investor wants to fund: sectors, IPRCs, provinces (none: any), ticket size and instruments. */
export function InterestsFields(props: {
  initial?: InvestorInterests;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const programme = useProgramme();
  const provinces = [...new Set(programme.host.institutions.map((i) => i.province))];
  const i = props.initial;
  return (
    <fieldset className="group">
      <legend>{t('pitch.interests.legend')}</legend>
      <CheckboxGroup
        legend={t('pitch.interests.sectors')}
        hint={t('pitch.interests.anyHint')}
        name="sectors"
        options={programme.subjects.map((s) => ({ value: s.code, label: s.name }))}
        defaultChecked={i?.sectors}
      />
      <CheckboxGroup
        legend={t('pitch.interests.iprcs')}
        hint={t('pitch.interests.anyHint')}
        name="iprcs"
        options={programme.host.institutions.map((s) => ({ value: s.code, label: s.name }))}
        defaultChecked={i?.iprcs}
      />
      <CheckboxGroup
        legend={t('pitch.interests.provinces')}
        hint={t('pitch.interests.anyHint')}
        name="provinces"
        options={provinces.map((p) => ({ value: p, label: p }))}
        defaultChecked={i?.provinces}
      />
      <TextField
        name="ticketMin"
        label={t('pitch.interests.ticketMin')}
        inputMode="numeric"
        required
        defaultValue={i ? String(i.ticketMin) : ''}
        error={props.errors.ticketMin}
      />
      <TextField
        name="ticketMax"
        label={t('pitch.interests.ticketMax')}
        inputMode="numeric"
        required
        defaultValue={i ? String(i.ticketMax) : ''}
        error={props.errors.ticketMax}
      />
      <ChoiceField
        name="currency"
        label={t('pitch.interests.currency')}
        options={programme.currencies.map((code) => ({ value: code, label: code }))}
        defaultValue={i?.currency ?? programme.currencies[0]}
      />
      <CheckboxGroup
        legend={t('pitch.interests.instruments')}
        name="instruments"
        options={instruments.map((k) => ({ value: k, label: t(`pitch.instruments.${k}`) }))}
        defaultChecked={i?.instruments}
        error={props.errors.instruments}
      />
    </fieldset>
  );
}

/** The interests as the form gives them, and what to correct. */
export function readInterests(
  data: FormData,
  t: (
    key:
      'pitch.interests.ticketInvalid' | 'pitch.interests.ticketRange' | 'pitch.interests.instrumentRequired',
  ) => string,
) {
  const n = (name: string) => Number(String(data.get(name) ?? '').trim() || Number.NaN);
  const value: InvestorInterests = {
    sectors: data.getAll('sectors').map(String),
    iprcs: data.getAll('iprcs').map(String),
    provinces: data.getAll('provinces').map(String),
    ticketMin: n('ticketMin'),
    ticketMax: n('ticketMax'),
    currency: String(data.get('currency') ?? ''),
    instruments: data.getAll('instruments').map(String) as InvestorInterests['instruments'],
  };
  const whole = (x: number) => Number.isInteger(x) && x >= 0;
  return {
    value,
    errors: {
      ticketMin: !whole(value.ticketMin) && t('pitch.interests.ticketInvalid'),
      ticketMax: !whole(value.ticketMax)
        ? t('pitch.interests.ticketInvalid')
        : value.ticketMin > value.ticketMax && t('pitch.interests.ticketRange'),
      instruments: value.instruments.length === 0 && t('pitch.interests.instrumentRequired'),
    },
  };
}
