import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link } from 'react-router';
import { useDates } from '../ui/dates.ts';
import type { RegistrantRow } from './registrants.api.ts';

/** One page of registrants; on narrow screens each row stacks into a card. */
export function RegistrantsTable({ registrants }: { registrants: RegistrantRow[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { instant } = useDates();
  if (registrants.length === 0) return <p>{t('registrants.empty')}</p>;
  const column = {
    name: t('fields.name'),
    email: t('fields.email'),
    country: t('registrants.country'),
    subjects: t('registrants.subjects'),
    experience: t('registrants.experience'),
    status: t('registrants.status'),
    channel: t('registrants.channel'),
    createdAt: t('registrants.createdAt'),
  };
  return (
    <table className="table table--stacking">
      <caption className="visually-hidden">{t('registrants.caption')}</caption>
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
        {registrants.map((member) => (
          <tr key={member.id}>
            <th scope="row" data-label={column.name}>
              <Link to={`/registrants/${encodeURIComponent(member.id)}`}>
                {member.status === 'erased'
                  ? t('registrants.erased')
                  : `${member.firstName} ${member.lastName}`}
              </Link>
            </th>
            <td data-label={column.email}>{member.email}</td>
            <td data-label={column.country}>
              {member.countryOfResidence && label.country(member.countryOfResidence)}
            </td>
            <td data-label={column.subjects}>{member.subjects?.join(', ')}</td>
            <td data-label={column.experience}>
              {t('registrants.years', { count: member.yearsOfExperience ?? 0 })}
            </td>
            <td data-label={column.status}>
              <span className={`badge badge--${member.status}`}>{t(`memberStatus.${member.status}`)}</span>
            </td>
            <td data-label={column.channel}>{t(`channels.${member.channel}`)}</td>
            <td data-label={column.createdAt}>{instant(member.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
