import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { session } from '../api/session.ts';
import { TextField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { Loading } from '../ui/status.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import type { SignInState } from './guards.tsx';
import { useSession } from './use-session.ts';
import { ActionForm, EmailField } from '../ui/action-form.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const state = useSession();
  const { from, notice } = (useLocation().state ?? {}) as SignInState;
  const form = useFormAction(async (data) => {
    const email = String(data.get('email')).trim();
    const password = String(data.get('password'));
    check({
      email: !email && t('validation.emailRequired'),
      password: !password && t('validation.passwordRequired'),
    });
    await session.signIn(email, password);
  });

  // Also right after signing in: the session changes, this page re-renders and leaves.
  if (state.status === 'signed-in') {
    return <Navigate to={from ? from.pathname + from.search + from.hash : '/'} replace />;
  }
  if (state.status === 'unknown') return <Loading />;
  return (
    <Page title={t('signIn.title')}>
      {state.reason === 'expired' && (
        <p role="status" className="notice">
          {t('signIn.expired')}
        </p>
      )}
      {notice && (
        <p role="status" className="notice notice--success">
          {t(`signIn.notice.${notice}`)}
        </p>
      )}
      <ActionForm form={form} label={t('signIn.form')} submit={t('signIn.submit')}>
        <EmailField />
        <TextField
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </ActionForm>
      <p>
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
    </Page>
  );
}
