import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailField, FormFrame } from '../ui/action-form.tsx';
import { usePlaces } from '../programme/use-programme.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import type { Channel } from '../outreach/outreach.ts';
import { TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { consentTextVersion, readOptionalConsents } from './consent.ts';
import { ConsentFields } from './consent-fields.tsx';
import { CvField, cvProblem } from './cv-field.tsx';
import { readProfile } from './profile-input.ts';
import { ProfileFields } from './profile-fields.tsx';
import { type PublicCampaign, publicApi } from './public.api.ts';

/**
 * The public registration form. Nothing is a registration until the e-mailed link is followed: the answer here is
 * only "check your e-mail".
 */
export function RegistrationForm({ campaign, channel }: { campaign: PublicCampaign; channel: Channel }) {
  const { t } = useTranslation();
  const places = usePlaces();
  const [startedAt] = useState(() => new Date().toISOString());
  const started = useRef(false);
  const [sentTo, setSentTo] = useState<string>();
  const sent = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sentTo) sent.current?.focus();
  }, [sentTo]);

  // The funnel's second step: the first time the visitor touches the form.
  const noteStart = () => {
    if (started.current) return;
    started.current = true;
    publicApi.start(campaign.slug, channel).catch(() => undefined); // Counting must never stop a registration.
  };

  const form = useFormAction(async (data) => {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const email = text('email');
    const cv = data.get('cv');
    const file = cv instanceof File && cv.size > 0 ? cv : undefined;
    const profile = readProfile(data, t, places.countries);
    check({
      firstName: !text('firstName') && t('public.validation.firstName'),
      lastName: !text('lastName') && t('public.validation.lastName'),
      email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && t('public.validation.email'),
      ...profile.errors,
      cv: file && cvProblem(file, t),
      consentProgramme: data.get('consentProgramme') !== 'yes' && t('public.validation.consent'),
    });
    const cvId = file ? (await publicApi.uploadCv(file)).cvId : undefined;
    const consent = {
      programme: true as const,
      ...readOptionalConsents(data),
      textVersion: consentTextVersion,
    };
    await publicApi.register({
      campaign: campaign.slug,
      channel,
      firstName: text('firstName'),
      lastName: text('lastName'),
      email,
      ...profile.value,
      ...(cvId && { cvId }),
      consent,
      locale: currentLanguage(),
      website: String(data.get('website') ?? ''),
      startedAt,
    });
    setSentTo(email);
  });
  const errors = form.fieldErrors;

  if (sentTo) {
    return (
      <section className="card notice--success" aria-labelledby="sent-heading">
        <h2 id="sent-heading" ref={sent} tabIndex={-1}>
          {t('public.join.sentTitle')}
        </h2>
        <p>{t('public.join.sent', { email: sentTo })}</p>
        <p>{t('public.join.sentHint')}</p>
      </section>
    );
  }
  return (
    <FormFrame
      form={form}
      label={t('public.join.form')}
      className="form form--public"
      onFocus={noteStart}
      intro={<p>{t('public.join.required')}</p>}
    >
      <ProfileFields
        subjects={campaign.subjects}
        errors={errors}
        identity={
          <>
            <TextField
              label={t('public.profile.firstName')}
              name="firstName"
              autoComplete="given-name"
              required
              maxLength={100}
            />
            <TextField
              label={t('public.profile.lastName')}
              name="lastName"
              autoComplete="family-name"
              required
              maxLength={100}
            />
            <EmailField
              label={t('public.profile.email')}
              hint={t('public.profile.emailHint')}
              autoComplete="email"
              maxLength={254}
            />
          </>
        }
      />
      <fieldset className="group">
        <legend>{t('public.join.cvLegend')}</legend>
        <CvField />
      </fieldset>
      <ConsentFields errors={errors} />
      {/* A trap for form-filling robots: people never see it, assistive technology skips it. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{t('public.join.honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button button--wide" aria-disabled={form.pending || undefined}>
        {t('public.join.submit')}
      </button>
    </FormFrame>
  );
}
