import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/use-session.ts';
import { isCalendarDate, qualificationLevels } from '../outreach/outreach.ts';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { ApiForm } from '../ui/form/api-form.tsx';
import { Checkboxes, Select, Text, TextArea } from '../ui/form/fields.tsx';
import { ownScope } from '../ui/form/own-scope.ts';
import { useApiForm } from '../ui/form/use-api-form.ts';
import type { TorInput } from './selection.api.ts';

/** As typed: choices not made yet are empty, the qualification fields one text separated by commas. */
interface Values extends Omit<TorInput, 'requirements'> {
  requirements: Omit<TorInput['requirements'], 'qualificationLevel' | 'qualificationFields'> & {
    qualificationLevel: string;
    qualificationFields: string;
  };
}

/**
 * A ToR's terms, for drafting one or changing a draft; eligibility rules, weights and criteria keep defaults.
 * The rules are the API's (CreateTorDto).
 */
export function TorForm(props: {
  label: string;
  submit: string;
  initial?: TorInput;
  onSubmit: (input: TorInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const places = usePlaces();
  const label = useLabels();
  const { initial } = props;
  // An IPRC focal point (and nobody else) drafts for their own IPRC only: the service would refuse another.
  const iprcs = ownScope(initial?.iprc, user, 'iprc-focal-point', user.iprc, places.institutions);
  const api = useApiForm<Values, TorInput>({
    schema: 'CreateTorDto',
    defaultValues: {
      title: initial?.title ?? '',
      iprc: initial?.iprc ?? (iprcs.length === 1 ? iprcs[0] : ''),
      subject: initial?.subject ?? '',
      description: initial?.description ?? '',
      requirements: {
        qualificationLevel: initial?.requirements.qualificationLevel ?? '',
        qualificationFields: initial?.requirements.qualificationFields.join(', ') ?? '',
        yearsOfExperience: initial?.requirements.yearsOfExperience,
        languages: initial?.requirements.languages ?? [],
      },
      experts: initial?.experts ?? 1,
      period: { start: initial?.period.start ?? '', end: initial?.period.end ?? '' },
      durationMonths: initial?.durationMonths ?? 3,
    },
    toBody: (values) => ({
      iprc: initial?.iprc ?? values.iprc,
      title: values.title.trim(),
      subject: values.subject.trim(),
      description: values.description.trim(),
      requirements: {
        // The schema refuses what is not one of its values, before anything is sent.
        qualificationLevel: values.requirements
          .qualificationLevel as TorInput['requirements']['qualificationLevel'],
        qualificationFields: values.requirements.qualificationFields
          .split(',')
          .map((field) => field.trim())
          .filter(Boolean),
        yearsOfExperience: values.requirements.yearsOfExperience,
        languages: values.requirements.languages || [],
      },
      experts: values.experts,
      period: values.period,
      durationMonths: values.durationMonths,
    }),
    rules: ({ period }) => ({
      'period.end':
        isCalendarDate(period.start) && period.end < period.start && t('validation.endBeforeStart'),
    }),
    messages: {
      iprc: t('validation.torIprc'),
      title: t('validation.torTitle'),
      subject: t('validation.torSubject'),
      description: t('validation.torDescription'),
      'requirements.qualificationLevel': t('validation.level'),
      'requirements.yearsOfExperience': t('validation.years'),
      'requirements.languages': t('validation.languages'),
      experts: t('validation.experts'),
      'period.start': t('validation.date'),
      'period.end': t('validation.date'),
      durationMonths: t('validation.durationMonths'),
    },
    fallback: t('form.fieldInvalid'),
    onSubmit: props.onSubmit,
  });

  return (
    <ApiForm api={api} label={props.label} submit={props.submit}>
      <Text name="title" label={t('torFields.title')} autoComplete="off" />
      <Select
        name="iprc"
        label={t('torFields.iprc')}
        choose={iprcs.length > 1 ? t('common.choose') : undefined}
        options={iprcs.map((iprc) => ({ value: iprc, label: label.institution(iprc) }))}
        disabled={Boolean(initial)}
        hint={initial && t('torForm.iprcFixed')}
      />
      <Text
        name="subject"
        label={t('torFields.subject')}
        hint={t('torForm.subjectHint')}
        autoComplete="off"
      />
      <TextArea
        name="description"
        label={t('torFields.description')}
        hint={t('torForm.descriptionHint')}
        rows={5}
      />
      <fieldset className="field">
        <legend>{t('torForm.requirements')}</legend>
        <Select
          name="requirements.qualificationLevel"
          label={t('torFields.qualificationLevel')}
          choose={t('common.choose')}
          options={qualificationLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
        />
        <Text
          name="requirements.qualificationFields"
          label={t('torFields.qualificationFields')}
          hint={t('torForm.qualificationFieldsHint')}
          autoComplete="off"
          optional
        />
        <Text name="requirements.yearsOfExperience" type="number" label={t('torFields.yearsOfExperience')} />
        <Checkboxes
          name="requirements.languages"
          label={t('torFields.languages')}
          options={places.trainingLanguages.map((code) => ({ value: code, label: label.language(code) }))}
        />
      </fieldset>
      <Text name="experts" type="number" label={t('torFields.experts')} />
      <div className="field-row">
        <Text name="period.start" type="date" label={t('torFields.start')} />
        <Text name="period.end" type="date" label={t('torFields.end')} />
      </div>
      <Text
        name="durationMonths"
        type="number"
        label={t('torFields.durationMonths')}
        hint={t('torForm.durationHint')}
      />
    </ApiForm>
  );
}
