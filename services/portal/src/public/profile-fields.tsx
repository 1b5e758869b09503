import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { CheckboxGroup } from '../ui/checkbox-group.tsx';
import { SelectField, TextField } from '../ui/field.tsx';
import { AvailabilityRows } from './availability-rows.tsx';
import type { ProfileInput } from './public.api.ts';
import { QualificationRows } from './qualification-rows.tsx';

/**
 * The profile a registrant gives on the form and can later change themselves, in four fieldsets. `identity`
 * goes first in "About you" (name and e-mail on the registration form only).
 */
export function ProfileFields(props: {
  identity?: ReactNode;
  initial?: ProfileInput;
  /** Offered as checkboxes: the campaign's subjects, else the reference list. */
  subjects?: readonly string[];
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const label = useLabels();
  const { countries, genders, genderAnswer, subjects, trainingLanguages } = usePlaces();
  const { initial, errors } = props;
  const offered = props.subjects?.length ? props.subjects : subjects;
  const others = initial?.subjects.filter((subject) => !offered.includes(subject)) ?? [];
  // A stored gender outside the list is offered as it is: sending it again is refused with a clear message.
  const gender = initial?.gender && (genderAnswer(initial.gender) ?? initial.gender);
  return (
    <>
      <fieldset className="group">
        <legend>{t('public.profile.aboutYou')}</legend>
        {props.identity}
        <TextField
          label={t('public.profile.phone')}
          hint={t('public.profile.phoneHint')}
          name="phone"
          type="tel"
          autoComplete="tel"
          defaultValue={initial?.phone ?? undefined}
          maxLength={25}
          error={errors.phone}
        />
        <SelectField
          label={t('public.profile.country')}
          name="countryOfResidence"
          defaultValue={initial?.countryOfResidence ?? ''}
          required
          error={errors.countryOfResidence}
        >
          <option value="">{t('common.choose')}</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {label.country(country)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('public.profile.gender')}
          hint={t('public.profile.genderHint')}
          name="gender"
          defaultValue={gender ?? ''}
        >
          <option value="">{t('public.profile.genderUnsaid')}</option>
          {genders.map((gender) => (
            <option key={gender} value={gender}>
              {label.gender(gender)}
            </option>
          ))}
          {gender && !genders.includes(gender) && <option value={gender}>{gender}</option>}
        </SelectField>
      </fieldset>

      <fieldset className="group">
        <legend>{t('public.profile.qualifications')}</legend>
        <p className="field__hint">{t('public.profile.qualificationsHint')}</p>
        <QualificationRows initial={initial?.qualifications} errors={errors} />
      </fieldset>

      <fieldset className="group">
        <legend>{t('public.profile.experience')}</legend>
        <TextField
          label={t('public.profile.years')}
          name="yearsOfExperience"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={2}
          autoComplete="off"
          defaultValue={initial?.yearsOfExperience}
          required
          error={errors.yearsOfExperience}
        />
        <CheckboxGroup
          legend={t('public.profile.subjects')}
          hint={t('public.profile.subjectsHint')}
          name="subjects"
          options={offered.map((subject) => ({ value: subject, label: subject }))}
          defaultChecked={initial?.subjects}
          error={errors.subjects}
        />
        <TextField
          label={t('public.profile.otherSubjects')}
          hint={t('public.profile.otherSubjectsHint')}
          name="otherSubjects"
          defaultValue={others.join(', ')}
          maxLength={1000}
        />
        <CheckboxGroup
          legend={t('public.profile.languages')}
          hint={t('public.profile.languagesHint')}
          name="languages"
          options={trainingLanguages.map((code) => ({ value: code, label: label.language(code) }))}
          defaultChecked={initial?.languages}
          error={errors.languages}
        />
      </fieldset>

      <fieldset className="group">
        <legend>{t('public.profile.availability')}</legend>
        <p className="field__hint">{t('public.profile.availabilityHint')}</p>
        <AvailabilityRows initial={initial?.availability} errors={errors} />
      </fieldset>
    </>
  );
}
