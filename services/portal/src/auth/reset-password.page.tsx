import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '../ui/page.tsx';
import { authApi } from './auth.api.ts';
import type { SignInState } from './guards.tsx';
import { MissingToken } from './missing-token.tsx';
import { SetPasswordForm } from './set-password.form.tsx';

/** The link in the password-reset e-mail: `/reset-password?token=…`. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token');
  return (
    <Page title={t('resetPassword.title')}>
      {token ? (
        <SetPasswordForm
          label={t('resetPassword.form')}
          submit={t('resetPassword.submit')}
          onSubmit={async (password) => {
            await authApi.resetPassword(token, password);
            const state: SignInState = { notice: 'passwordChanged' };
            await navigate('/sign-in', { replace: true, state });
          }}
        />
      ) : (
        <MissingToken />
      )}
    </Page>
  );
}
