import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../ui/action-form.tsx';
import { usePlaces } from '../programme/use-programme.ts';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { readOptionalConsents } from './consent.ts';
import { OptionalConsents } from './consent-fields.tsx';
import { readProfile } from './profile-input.ts';
import { ProfileFields } from './profile-fields.tsx';
import { publicApi, type SelfServiceProfile } from './public.api.ts';

/** The registrant's own changes to their profile, and their answers to the optional consents. */
export function EditProfileForm(props: {
  token: string;
  profile: SelfServiceProfile;
  onSaved: (profile: SelfServiceProfile) => void;
}) {
  const { t } = useTranslation();
  const places = usePlaces();
  const [saved, setSaved] = useState(false);
  const form = useFormAction(async (data) => {
    setSaved(false);
    const profile = readProfile(data, t, places.countries);
    check(profile.errors);
    const consent = readOptionalConsents(data);
    const changed = await publicApi.updateProfile(props.token, {
      ...profile.value,
      consent,
    });
    // The API may answer 204: the form's values are then what is stored.
    props.onSaved(changed ?? { ...props.profile, ...profile.value });
    setSaved(true);
  });
  return (
    <FormFrame form={form} label={t('public.myProfile.editForm')} className="form form--public">
      <ProfileFields initial={props.profile} errors={form.fieldErrors} />
      <fieldset className="group">
        <legend>{t('public.consent.legend')}</legend>
        <OptionalConsents
          initial={{
            opportunities: props.profile.consent?.opportunities.given ?? false,
            // No answer (registered before the question was asked) is no.
            mentoring: props.profile.consent?.mentoring?.given === true,
          }}
        />
      </fieldset>
      <div role="status">
        {saved && <p className="notice notice--success">{t('public.myProfile.saved')}</p>}
      </div>
      <button type="submit" className="button button--wide" aria-disabled={form.pending || undefined}>
        {t('public.myProfile.save')}
      </button>
    </FormFrame>
  );
}
