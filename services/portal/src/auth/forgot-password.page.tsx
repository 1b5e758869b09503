import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { authApi } from './auth.api.ts';
import { ActionForm, EmailField } from '../ui/action-form.tsx';

/** Asks for a reset link. The answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const sent = useRef<HTMLParagraphElement>(null);
  // The form (and the focused button) is gone: focus goes to what replaced it.
  useEffect(() => sent.current?.focus(), [sentTo]);
  const form = useFormAction(async (data) => {
    const email = String(data.get('email')).trim();
    check({ email: !email && t('validation.emailRequired') });
    await authApi.requestPasswordReset(email);
    setSentTo(email);
  });
  return (
    <Page title={t('forgotPassword.title')}>
      <div role="status">
        {sentTo && (
          <p ref={sent} tabIndex={-1} className="notice notice--success">
            {t('forgotPassword.sent', { email: sentTo })}
          </p>
        )}
      </div>
      {!sentTo && (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <ActionForm form={form} label={t('forgotPassword.form')} submit={t('forgotPassword.submit')}>
            <EmailField />
          </ActionForm>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('common.toSignIn')}</Link>
      </p>
    </Page>
  );
}
