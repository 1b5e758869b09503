import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { publicApi } from './public.api.ts';
import { ActionForm, EmailField } from '../ui/action-form.tsx';

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
        <ActionForm
          form={form}
          label={t('public.myProfile.requestForm')}
          submit={t('public.myProfile.requestSubmit')}
          className="form form--public"
          submitClassName="button button--wide"
          intro={<p>{t('public.myProfile.requestIntro')}</p>}
        >
          <EmailField label={t('public.profile.email')} autoComplete="email" />
        </ActionForm>
      )}
    </>
  );
}
