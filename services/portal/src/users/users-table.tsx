import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../api/types.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { scopeOf } from './user-access.ts';

/** All accounts; on narrow screens each row stacks into a card, labelled by its column names. */
export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { instant } = useDates();
  return (
    <DataTable
      rows={users}
      rowKey={(user) => user.id}
      caption={t('users.caption', { count: users.length })}
      empty={t('users.empty')}
      columns={[
        {
          header: t('fields.name'),
          rowHeader: true,
          sortBy: (user) => user.name,
          cell: (user) => <Link to={`/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>,
        },
        { header: t('fields.email'), sortBy: (user) => user.email, cell: (user) => user.email },
        {
          header: t('fields.roles'),
          cell: (user) => user.roles.map((role) => t(`roles.${role}`)).join(', '),
        },
        { header: t('fields.scope'), cell: (user) => scopeOf(label, user).join(', ') || t('common.none') },
        {
          header: t('fields.status'),
          cell: (user) => <span className={`badge badge--${user.status}`}>{t(`status.${user.status}`)}</span>,
        },
        {
          header: t('fields.lastLogin'),
          sortBy: (user) => user.lastLoginAt,
          cell: (user) => (user.lastLoginAt ? instant(user.lastLoginAt) : t('users.never')),
        },
      ]}
    />
  );
}
