import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type UserList, usersApi } from './users.api.ts';
import { UsersTable } from './users-table.tsx';

/** What the invite page leaves in the history state for this one. */
export interface UsersState {
  invited?: string;
}

export function UsersPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const { invited } = (useLocation().state ?? {}) as UsersState;
  const { data, error, reload } = useQuery<UserList>(usersApi.list);
  return (
    <Page title={t('users.title')}>
      {invited && (
        <p role="status" className="notice notice--success">
          {t('users.invited', { email: invited })}
        </p>
      )}
      {can(access.inviteUser) && (
        <p>
          <Link to="/users/invite" className="button">
            {t('users.invite')}
          </Link>
        </p>
      )}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? <UsersTable users={data.items} /> : !error && <Loading />}
    </Page>
  );
}
