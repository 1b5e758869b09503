import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/use-session.ts';
import { channels, isCalendarDate, partnerKinds } from '../outreach/outreach.ts';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { ApiForm } from '../ui/form/api-form.tsx';
import { Checkboxes, Select, Text, TextArea } from '../ui/form/fields.tsx';
import { ownScope } from '../ui/form/own-scope.ts';
import { useApiForm } from '../ui/form/use-api-form.ts';
import type { CampaignInput } from './campaigns.api.ts';

/** As typed: choices not made yet are empty, subjects one per line. */
interface Values {
  name: string;
  office: string;
  partner: { kind: string; name: string };
  country: string;
  channels: CampaignInput['channels'];
  startsOn: string;
  endsOn: string;
  subjects: string;
  description: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The campaign's fields, for creating one or changing a draft; the rules are the API's (CreateCampaignDto). */
export function CampaignForm(props: {
  label: string;
  submit: string;
  initial?: CampaignInput;
  onSubmit: (input: CampaignInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const places = usePlaces();
  const label = useLabels();
  const { initial } = props;
  // An outreach officer (and nobody else) is bound to their office: the service would refuse another one.
  const offices = ownScope(initial?.office, user, 'outreach-officer', user.office, places.campaignOffices);
  const api = useApiForm<Values, CampaignInput>({
    schema: 'CreateCampaignDto',
    defaultValues: {
      name: initial?.name ?? '',
      office: initial?.office ?? (offices.length === 1 ? offices[0] : ''),
      partner: { kind: initial?.partner.kind ?? '', name: initial?.partner.name ?? '' },
      country: initial?.country ?? '',
      channels: initial?.channels ?? [],
      startsOn: initial?.startsOn ?? '',
      endsOn: initial?.endsOn ?? '',
      subjects: initial?.subjects.join('\n') ?? '',
      description: initial?.description ?? '',
    },
    toBody: (values) => ({
      name: values.name.trim(),
      // A campaign keeps the office it was created for: the field is shown, not sent, when editing.
      office: (initial?.office ?? values.office) as CampaignInput['office'],
      // The schema refuses what is not one of its values, before anything is sent.
      partner: {
        kind: values.partner.kind as CampaignInput['partner']['kind'],
        name: values.partner.name.trim(),
      },
      country: values.country as CampaignInput['country'],
      channels: values.channels || [],
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      subjects: lines(values.subjects),
      ...(values.description.trim() && { description: values.description.trim() }),
    }),
    rules: (body) => ({
      endsOn: isCalendarDate(body.startsOn) && body.endsOn < body.startsOn && t('validation.endBeforeStart'),
    }),
    messages: {
      name: t('validation.campaignName'),
      office: t('validation.officeRequired'),
      'partner.kind': t('validation.partnerKind'),
      'partner.name': t('validation.partnerName'),
      country: t('validation.country'),
      channels: t('validation.channels'),
      startsOn: t('validation.date'),
      endsOn: t('validation.date'),
      subjects: t('validation.subjects'),
    },
    fallback: t('form.fieldInvalid'),
    onSubmit: props.onSubmit,
  });

  return (
    <ApiForm api={api} label={props.label} submit={props.submit}>
      <Text name="name" label={t('campaignFields.name')} autoComplete="off" />
      <Select
        name="office"
        label={t('campaignFields.office')}
        choose={offices.length > 1 ? t('common.choose') : undefined}
        options={offices.map((office) => ({ value: office, label: label.office(office) }))}
        disabled={Boolean(initial)}
        hint={initial && t('campaignForm.officeFixed')}
      />
      <Select
        name="partner.kind"
        label={t('campaignFields.partnerKind')}
        choose={t('common.choose')}
        options={partnerKinds.map((kind) => ({ value: kind, label: t(`partnerKinds.${kind}`) }))}
      />
      <Text name="partner.name" label={t('campaignFields.partnerName')} autoComplete="off" />
      <Select
        name="country"
        label={t('campaignFields.country')}
        choose={t('common.choose')}
        options={places.countries.map((country) => ({ value: country, label: label.country(country) }))}
      />
      <Checkboxes
        name="channels"
        label={t('campaignFields.channels')}
        hint={t('campaignFields.channelsHint')}
        options={channels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
      />
      <div className="field-row">
        <Text name="startsOn" type="date" label={t('campaignFields.startsOn')} />
        <Text name="endsOn" type="date" label={t('campaignFields.endsOn')} />
      </div>
      <TextArea
        name="subjects"
        label={t('campaignFields.subjects')}
        hint={t('campaignFields.subjectsHint')}
      />
      <TextArea
        name="description"
        label={t('campaignFields.description')}
        hint={t('campaignFields.descriptionHint')}
        optional
      />
    </ApiForm>
  );
}
