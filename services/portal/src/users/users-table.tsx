import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link } from 'react-router';
import type { User } from '../api/types.ts';
import { scopeOf } from './user-access.ts';

/** All accounts; on narrow screens each row stacks into a card, labelled by its column names. */
export function UsersTable({ users }: { users: User[] }) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (users.length === 0) return <p>{t('users.empty')}</p>;
  const column = {
    name: t('fields.name'),
    email: t('fields.email'),
    roles: t('fields.roles'),
    scope: t('fields.scope'),
    status: t('fields.status'),
    lastLogin: t('fields.lastLogin'),
  };
  return (
    <table className="table table--stacking">
      <caption className="visually-hidden">{t('users.caption', { count: users.length })}</caption>
      <thead>
        <tr>
          {Object.values(column).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row" data-label={column.name}>
              <Link to={`/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
            </th>
            <td data-label={column.email}>{user.email}</td>
            <td data-label={column.roles}>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
            <td data-label={column.scope}>{scopeOf(label, user).join(', ') || t('common.none')}</td>
            <td data-label={column.status}>
              <span className={`badge badge--${user.status}`}>{t(`status.${user.status}`)}</span>
            </td>
            <td data-label={column.lastLogin}>
              {user.lastLoginAt ? date.format(new Date(user.lastLoginAt)) : t('users.never')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
