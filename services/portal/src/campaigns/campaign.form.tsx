import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/use-session.ts';
import {
  type CampaignOffice,
  campaignOffices,
  channels,
  countries,
  isCalendarDate,
  isOneOf,
  partnerKinds,
} from '../outreach/outreach.ts';
import { CheckboxGroup } from '../ui/checkbox-group.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import type { CampaignInput } from './campaigns.api.ts';

const isOffice = isOneOf(campaignOffices);
const isCountry = isOneOf(countries);
const isChannel = isOneOf(channels);
const isPartnerKind = isOneOf(partnerKinds);

/** The campaign's fields, for creating one or changing a draft. */
export function CampaignForm(props: {
  label: string;
  submit: string;
  initial?: CampaignInput;
  onSubmit: (input: CampaignInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  // An outreach officer (and nobody else) is bound to their office: the service would refuse another one.
  const onlyOwnOffice = user.roles.every((role) => role === 'outreach-officer');
  const initial = props.initial;
  const offices: readonly CampaignOffice[] = initial
    ? [initial.office]
    : onlyOwnOffice && isOffice(user.office)
      ? [user.office]
      : campaignOffices;

  const form = useFormAction(async (data) => {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    // A campaign keeps the office it was created for: the field is shown, not sent, when editing.
    const office = initial?.office ?? data.get('office');
    const country = data.get('country');
    const partnerKind = data.get('partnerKind');
    const chosen = data.getAll('channels').filter(isChannel);
    const startsOn = text('startsOn');
    const endsOn = text('endsOn');
    const subjects = text('subjects')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const input = { name: text('name'), partnerName: text('partnerName'), description: text('description') };
    check({
      name: !input.name && t('validation.campaignName'),
      office: !isOffice(office) && t('validation.officeRequired'),
      partnerKind: !isPartnerKind(partnerKind) && t('validation.partnerKind'),
      partnerName: !input.partnerName && t('validation.partnerName'),
      country: !isCountry(country) && t('validation.country'),
      channels: chosen.length === 0 && t('validation.channels'),
      startsOn: !isCalendarDate(startsOn) && t('validation.date'),
      endsOn: !isCalendarDate(endsOn)
        ? t('validation.date')
        : isCalendarDate(startsOn) && endsOn < startsOn && t('validation.endBeforeStart'),
      subjects: subjects.length === 0 && t('validation.subjects'),
    });
    await props.onSubmit({
      name: input.name,
      office: office as CampaignOffice,
      partner: { kind: partnerKind as (typeof partnerKinds)[number], name: input.partnerName },
      country: country as (typeof countries)[number],
      channels: chosen,
      startsOn,
      endsOn,
      subjects,
      ...(input.description && { description: input.description }),
    });
  });
  const errors = form.fieldErrors;

  return (
    <form ref={form.ref} className="form" aria-label={props.label} noValidate onSubmit={form.onSubmit}>
      <FormAlert error={form.error} />
      <TextField
        label={t('campaignFields.name')}
        name="name"
        autoComplete="off"
        defaultValue={initial?.name}
        required
        error={errors.name}
      />
      <SelectField
        label={t('campaignFields.office')}
        name="office"
        defaultValue={initial?.office ?? (offices.length === 1 ? offices[0] : '')}
        required
        disabled={Boolean(initial)}
        hint={initial && t('campaignForm.officeFixed')}
        error={errors.office}
      >
        {offices.length > 1 && <option value="">{t('common.choose')}</option>}
        {offices.map((office) => (
          <option key={office} value={office}>
            {t(`offices.${office}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('campaignFields.partnerKind')}
        name="partnerKind"
        defaultValue={initial?.partner.kind ?? ''}
        required
        error={errors.partnerKind}
      >
        <option value="">{t('common.choose')}</option>
        {partnerKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`partnerKinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('campaignFields.partnerName')}
        name="partnerName"
        autoComplete="off"
        defaultValue={initial?.partner.name}
        required
        error={errors.partnerName}
      />
      <SelectField
        label={t('campaignFields.country')}
        name="country"
        defaultValue={initial?.country ?? ''}
        required
        error={errors.country}
      >
        <option value="">{t('common.choose')}</option>
        {countries.map((country) => (
          <option key={country} value={country}>
            {t(`countries.${country}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('campaignFields.channels')}
        hint={t('campaignFields.channelsHint')}
        name="channels"
        options={channels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
        defaultChecked={initial?.channels}
        error={errors.channels}
      />
      <div className="field-row">
        <TextField
          label={t('campaignFields.startsOn')}
          name="startsOn"
          type="date"
          defaultValue={initial?.startsOn}
          required
          error={errors.startsOn}
        />
        <TextField
          label={t('campaignFields.endsOn')}
          name="endsOn"
          type="date"
          defaultValue={initial?.endsOn}
          required
          error={errors.endsOn}
        />
      </div>
      <TextAreaField
        label={t('campaignFields.subjects')}
        hint={t('campaignFields.subjectsHint')}
        name="subjects"
        rows={4}
        defaultValue={initial?.subjects.join('\n')}
        required
        error={errors.subjects}
      />
      <TextAreaField
        label={t('campaignFields.description')}
        hint={t('campaignFields.descriptionHint')}
        name="description"
        rows={4}
        defaultValue={initial?.description}
      />
      <button type="submit" className="button" aria-disabled={form.pending || undefined}>
        {props.submit}
      </button>
    </form>
  );
}
