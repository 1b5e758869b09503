import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { publicApi } from './public.api.ts';

/** Asks for a link to one's profile. The answer is the same whether the address is registered or not. */
export function RequestLinkForm() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const sent = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sentTo) sent.current?.focus();
  }, [sentTo]);
  const form = useFormAction(async (data) => {
    const email = String(data.get('email') ?? '').trim();
    check({ email: !/^[^\s@]+@[^\s@]+$/.test(email) && t('public.validation.email') });
    await publicApi.requestLink(email);
    setSentTo(email);
  });
  return (
    <>
      <div role="status">
        {sentTo && (
          <p ref={sent} tabIndex={-1} className="notice notice--success">
            {t('public.myProfile.linkSent', { email: sentTo })}
          </p>
        )}
      </div>
      {!sentTo && (
        <form
          ref={form.ref}
          className="form form--public"
          aria-label={t('public.myProfile.requestForm')}
          noValidate
          onSubmit={form.onSubmit}
        >
          <p>{t('public.myProfile.requestIntro')}</p>
          <FormAlert error={form.error} />
          <TextField
            label={t('public.profile.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={form.fieldErrors.email}
          />
          <button type="submit" className="button button--wide" aria-disabled={form.pending || undefined}>
            {t('public.myProfile.requestSubmit')}
          </button>
        </form>
      )}
    </>
  );
}
