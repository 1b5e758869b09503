import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/use-session.ts';
import { isCalendarDate, isOneOf, qualificationLevels, trainingLanguages } from '../outreach/outreach.ts';
import { CheckboxGroup } from '../ui/checkbox-group.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type IprcCode, iprcCodes, type TorInput } from './selection.api.ts';

const isIprc = isOneOf(iprcCodes);
const isLevel = isOneOf(qualificationLevels);
const isLanguage = isOneOf(trainingLanguages);
const whole = (value: string, min: number, max: number) =>
  /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;

/** A ToR's terms, for drafting one or changing a draft; eligibility rules, weights and criteria keep defaults. */
export function TorForm(props: {
  label: string;
  submit: string;
  initial?: TorInput;
  onSubmit: (input: TorInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const { initial } = props;
  // An IPRC focal point (and nobody else) drafts for their own IPRC only: the service would refuse another.
  const onlyOwnIprc = user.roles.every((role) => role === 'iprc-focal-point');
  const iprcs: readonly IprcCode[] = initial
    ? [initial.iprc]
    : onlyOwnIprc && isIprc(user.iprc)
      ? [user.iprc]
      : iprcCodes;

  const form = useFormAction(async (data) => {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const iprc = initial?.iprc ?? data.get('iprc');
    const level = data.get('qualificationLevel');
    const languages = data.getAll('languages').filter(isLanguage);
    const [start, end] = [text('start'), text('end')];
    const input = {
      subject: text('subject'),
      title: text('title'),
      description: text('description'),
      years: text('yearsOfExperience'),
      experts: text('experts'),
      months: text('durationMonths'),
    };
    check({
      iprc: !isIprc(iprc) && t('validation.torIprc'),
      title: !input.title && t('validation.torTitle'),
      subject: !input.subject && t('validation.torSubject'),
      description: !input.description && t('validation.torDescription'),
      qualificationLevel: !isLevel(level) && t('validation.level'),
      yearsOfExperience: !whole(input.years, 0, 40) && t('validation.years'),
      languages: languages.length === 0 && t('validation.languages'),
      experts: !whole(input.experts, 1, 30) && t('validation.experts'),
      start: !isCalendarDate(start) && t('validation.date'),
      end: !isCalendarDate(end)
        ? t('validation.date')
        : isCalendarDate(start) && end < start && t('validation.endBeforeStart'),
      durationMonths: !whole(input.months, 1, 6) && t('validation.durationMonths'),
    });
    await props.onSubmit({
      iprc: iprc as IprcCode,
      title: input.title,
      subject: input.subject,
      description: input.description,
      requirements: {
        qualificationLevel: level as TorInput['requirements']['qualificationLevel'],
        qualificationFields: text('qualificationFields')
          .split(',')
          .map((field) => field.trim())
          .filter(Boolean),
        yearsOfExperience: Number(input.years),
        languages,
      },
      experts: Number(input.experts),
      period: { start, end },
      durationMonths: Number(input.months),
    });
  });
  const errors = form.fieldErrors;

  return (
    <form ref={form.ref} className="form" aria-label={props.label} noValidate onSubmit={form.onSubmit}>
      <FormAlert error={form.error} />
      <TextField
        label={t('torFields.title')}
        name="title"
        autoComplete="off"
        defaultValue={initial?.title}
        required
        error={errors.title}
      />
      <SelectField
        label={t('torFields.iprc')}
        name="iprc"
        defaultValue={initial?.iprc ?? (iprcs.length === 1 ? iprcs[0] : '')}
        required
        disabled={Boolean(initial)}
        hint={initial && t('torForm.iprcFixed')}
        error={errors.iprc}
      >
        {iprcs.length > 1 && <option value="">{t('common.choose')}</option>}
        {iprcs.map((iprc) => (
          <option key={iprc} value={iprc}>
            {t(`iprcs.${iprc}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('torFields.subject')}
        hint={t('torForm.subjectHint')}
        name="subject"
        autoComplete="off"
        defaultValue={initial?.subject}
        required
        error={errors.subject}
      />
      <TextAreaField
        label={t('torFields.description')}
        hint={t('torForm.descriptionHint')}
        name="description"
        rows={5}
        defaultValue={initial?.description}
        required
        error={errors.description}
      />
      <fieldset className="field">
        <legend>{t('torForm.requirements')}</legend>
        <SelectField
          label={t('torFields.qualificationLevel')}
          name="qualificationLevel"
          defaultValue={initial?.requirements.qualificationLevel ?? ''}
          required
          error={errors.qualificationLevel}
        >
          <option value="">{t('common.choose')}</option>
          {qualificationLevels.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('torFields.qualificationFields')}
          hint={t('torForm.qualificationFieldsHint')}
          name="qualificationFields"
          autoComplete="off"
          defaultValue={initial?.requirements.qualificationFields.join(', ')}
        />
        <TextField
          label={t('torFields.yearsOfExperience')}
          name="yearsOfExperience"
          type="number"
          min={0}
          max={40}
          inputMode="numeric"
          defaultValue={initial?.requirements.yearsOfExperience}
          required
          error={errors.yearsOfExperience}
        />
        <CheckboxGroup
          legend={t('torFields.languages')}
          name="languages"
          options={trainingLanguages.map((code) => ({ value: code, label: t(`trainingLanguages.${code}`) }))}
          defaultChecked={initial?.requirements.languages}
          error={errors.languages}
        />
      </fieldset>
      <TextField
        label={t('torFields.experts')}
        name="experts"
        type="number"
        min={1}
        max={30}
        inputMode="numeric"
        defaultValue={initial?.experts ?? 1}
        required
        error={errors.experts}
      />
      <div className="field-row">
        <TextField
          label={t('torFields.start')}
          name="start"
          type="date"
          defaultValue={initial?.period.start}
          required
          error={errors.start}
        />
        <TextField
          label={t('torFields.end')}
          name="end"
          type="date"
          defaultValue={initial?.period.end}
          required
          error={errors.end}
        />
      </div>
      <TextField
        label={t('torFields.durationMonths')}
        hint={t('torForm.durationHint')}
        name="durationMonths"
        type="number"
        min={1}
        max={6}
        inputMode="numeric"
        defaultValue={initial?.durationMonths ?? 3}
        required
        error={errors.durationMonths}
      />
      <button type="submit" className="button" aria-disabled={form.pending || undefined}>
        {props.submit}
      </button>
    </form>
  );
}
