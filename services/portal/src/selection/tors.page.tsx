import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { isOneOf } from '../outreach/outreach.ts';
import { useDates } from '../ui/dates.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { UrlFilters } from '../ui/url-filters.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { selectionApi, type TorSummary, torStatuses } from './selection.api.ts';

const isStatus = isOneOf(torStatuses);

/** The Terms of Reference, filtered by status and IPRC through the address. */
export function TorsPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const { institutions } = usePlaces();
  const isIprc = isOneOf(institutions);
  const can = useAllows();
  const [params] = useSearchParams();
  const status = params.get('status');
  const iprc = params.get('iprc');
  const { data, error, loading, reload } = useQuery<{ items: TorSummary[] }>(
    selectionApi.list({
      status: isStatus(status) ? status : undefined,
      iprc: isIprc(iprc) ? iprc : undefined,
    }),
  );
  return (
    <Page title={t('tors.title')}>
      <p className="actions">
        {can(access.createTor) && (
          <Link to="/tors/new" className="button">
            {t('tors.create')}
          </Link>
        )}
        {can(access.balance) && (
          <Link to="/balance" className="button button--secondary">
            {t('balance.title')}
          </Link>
        )}
      </p>
      <UrlFilters
        label={t('tors.filter')}
        filters={[
          {
            name: 'status',
            label: t('torFields.status'),
            all: t('tors.allStatuses'),
            options: torStatuses.map((value) => ({ value, label: t(`torStatus.${value}`) })),
          },
          {
            name: 'iprc',
            label: t('torFields.iprc'),
            all: t('tors.allIprcs'),
            options: institutions.map((value) => ({ value, label: label.institution(value) })),
          },
        ]}
      />
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>{data ? <TorsTable tors={data.items} /> : !error && <Loading />}</div>
    </Page>
  );
}

function TorsTable({ tors }: { tors: TorSummary[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { period } = useDates();
  return (
    <DataTable
      rows={tors}
      rowKey={(tor) => tor.id}
      caption={t('tors.caption', { count: tors.length })}
      empty={t('tors.empty')}
      columns={[
        {
          header: t('torFields.title'),
          rowHeader: true,
          sortBy: (tor) => tor.title,
          cell: (tor) => <Link to={`/tors/${encodeURIComponent(tor.id)}`}>{tor.title}</Link>,
        },
        {
          header: t('torFields.iprc'),
          sortBy: (tor) => label.institution(tor.iprc),
          cell: (tor) => label.institution(tor.iprc),
        },
        { header: t('torFields.subject'), sortBy: (tor) => tor.subject, cell: (tor) => tor.subject },
        { header: t('torFields.status'), cell: (tor) => <TorStatusBadge status={tor.status} /> },
        {
          header: t('torFields.period'),
          sortBy: (tor) => tor.period.start,
          cell: (tor) => period(tor.period.start, tor.period.end),
        },
        {
          header: t('torFields.experts'),
          numeric: true,
          sortBy: (tor) => tor.experts,
          cell: (tor) => tor.experts,
        },
      ]}
    />
  );
}

export function TorStatusBadge({ status }: { status: TorSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`torStatus.${status}`)}</span>;
}
