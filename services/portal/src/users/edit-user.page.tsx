import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { session } from '../api/session.ts';
import type { User } from '../api/types.ts';
import { useQuery } from '../api/use-query.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { EditUserForm } from './edit-user.form.tsx';
import { UserActions } from './user-actions.tsx';
import { type UserList, usersApi } from './users.api.ts';

/** One account: its details, its roles and status, and the invitation and session actions. */
export function EditUserPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  // The list is the one read the API documents for administrators; a staff list is small.
  const { data, error, reload, update } = useQuery<UserList>(usersApi.list);
  const user = data?.items.find((candidate) => candidate.id === id);

  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  if (!user) {
    return (
      <Page title={t('editUser.notFound')}>
        <p>
          <Link to="/users">{t('common.toUsers')}</Link>
        </p>
      </Page>
    );
  }

  const saved = (changed: User) => {
    update((list) => ({ items: list.items.map((item) => (item.id === changed.id ? changed : item)) }));
    session.noteUser(changed);
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Page title={user.name}>
      <p>
        <Link to="/users">{t('common.toUsers')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('fields.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('fields.status')}</dt>
        <dd>{t(`status.${user.status}`)}</dd>
        <dt>{t('fields.createdAt')}</dt>
        <dd>{date.format(new Date(user.createdAt))}</dd>
        <dt>{t('fields.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? date.format(new Date(user.lastLoginAt)) : t('users.never')}</dd>
      </dl>
      <EditUserForm user={user} onSaved={saved} />
      <UserActions user={user} />
    </Page>
  );
}
