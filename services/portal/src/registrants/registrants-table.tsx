import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import type { RegistrantRow } from './registrants.api.ts';

/** One page of registrants; on narrow screens each row stacks into a card. */
export function RegistrantsTable({ registrants }: { registrants: RegistrantRow[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { instant } = useDates();
  const name = (member: RegistrantRow) =>
    member.status === 'erased' ? t('registrants.erased') : `${member.firstName} ${member.lastName}`;
  return (
    <DataTable
      rows={registrants}
      rowKey={(member) => member.id}
      caption={t('registrants.caption')}
      empty={t('registrants.empty')}
      columns={[
        {
          header: t('fields.name'),
          rowHeader: true,
          cell: (member) => <Link to={`/registrants/${encodeURIComponent(member.id)}`}>{name(member)}</Link>,
        },
        { header: t('fields.email'), cell: (member) => member.email },
        {
          header: t('registrants.country'),
          cell: (member) => member.countryOfResidence && label.country(member.countryOfResidence),
        },
        { header: t('registrants.subjects'), cell: (member) => member.subjects?.join(', ') },
        {
          header: t('registrants.experience'),
          cell: (member) => t('registrants.years', { count: member.yearsOfExperience ?? 0 }),
        },
        {
          header: t('registrants.status'),
          cell: (member) => (
            <span className={`badge badge--${member.status}`}>{t(`memberStatus.${member.status}`)}</span>
          ),
        },
        { header: t('registrants.channel'), cell: (member) => t(`channels.${member.channel}`) },
        { header: t('registrants.createdAt'), cell: (member) => instant(member.createdAt) },
      ]}
    />
  );
}
