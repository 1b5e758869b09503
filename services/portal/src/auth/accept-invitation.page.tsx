import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '../ui/page.tsx';
import { authApi } from './auth.api.ts';
import type { SignInState } from './guards.tsx';
import { MissingToken } from './missing-token.tsx';
import { SetPasswordForm } from './set-password.form.tsx';

/** The link in the invitation e-mail: `/accept-invitation?token=…`. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token');
  return (
    <Page title={t('acceptInvitation.title')}>
      {token ? (
        <>
          <p>{t('acceptInvitation.intro')}</p>
          <SetPasswordForm
            label={t('acceptInvitation.form')}
            submit={t('acceptInvitation.submit')}
            onSubmit={async (password) => {
              await authApi.acceptInvitation(token, password);
              const state: SignInState = { notice: 'passwordSet' };
              await navigate('/sign-in', { replace: true, state });
            }}
          />
        </>
      ) : (
        <MissingToken />
      )}
    </Page>
  );
}
