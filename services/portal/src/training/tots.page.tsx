import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { forgetTrainingOnSignOut } from './offline-cache.ts';
import { TotStatusBadge } from './tot-status.tsx';
import { type TotList, totPath, trainingApi } from './training.api.ts';

/** Every Training of Trainers the caller may see (a focal point: their IPRC's; a trainer: their own), soonest first. */
export function TotsPage() {
  const { t } = useTranslation();
  const { period } = useDates();
  const label = useLabels();
  const { data, error, loading, reload } = useQuery<TotList>(trainingApi.list());
  useEffect(forgetTrainingOnSignOut, []);
  return (
    <Page title={t('training.tots.title')}>
      <p>{t('training.tots.intro')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <DataTable
            rows={data.items}
            rowKey={(tot) => tot.id}
            caption={t('training.tots.caption')}
            empty={t('training.tots.empty')}
            columns={[
              {
                header: t('training.tots.course'),
                rowHeader: true,
                cell: (tot) => <Link to={totPath(tot.id)}>{tot.title}</Link>,
              },
              { header: t('training.tots.iprc'), cell: (tot) => label.institution(tot.iprc) },
              { header: t('training.tots.trainer'), cell: (tot) => tot.trainer ?? t('training.erased') },
              {
                header: t('training.tots.period'),
                sortBy: (tot) => tot.period.start,
                cell: (tot) => period(tot.period.start, tot.period.end),
              },
              {
                header: t('training.tots.sessions'),
                numeric: true,
                sortBy: (tot) => tot.held,
                cell: (tot) => t('training.tots.heldOf', { held: tot.held, planned: tot.sessions }),
              },
              {
                header: t('training.tots.status'),
                sortBy: (tot) => tot.status,
                cell: (tot) => <TotStatusBadge status={tot.status} />,
              },
            ]}
          />
        ) : (
          !error && <Loading />
        )}
      </div>
    </Page>
  );
}
