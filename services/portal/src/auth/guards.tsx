import type { ReactNode } from 'react';
import type { Rule } from '@ikiraro/auth/policy';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/status.tsx';
import { Page } from '../ui/page.tsx';
import { useAllows, useSession } from './use-session.ts';

/** What the sign-in page reads from the history state. */
export interface SignInState {
  /** Where to go back to after signing in. */
  from?: { pathname: string; search: string; hash: string };
  notice?: 'passwordSet' | 'passwordChanged';
}

/** Signed-out visitors go to sign-in, and come back here afterwards (not after signing out on purpose). */
export function RequireSession() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown') return <Loading />;
  if (state.status === 'signed-out') {
    const back: SignInState | undefined = state.reason === 'signed-out' ? undefined : { from: location };
    return <Navigate to="/sign-in" replace state={back} />;
  }
  return <Outlet />;
}

/** A page for the roles that the policy allows; others are told, not shown a failing page. */
export function RequireAccess({ rule, children }: { rule: Rule | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const can = useAllows();
  if (can(rule)) return children;
  return (
    <Page title={t('forbidden.title')}>
      <p>{t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('common.toDashboard')}</Link>
      </p>
    </Page>
  );
}
