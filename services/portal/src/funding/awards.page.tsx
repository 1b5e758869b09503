import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type AwardSummary, fundingApi, fundingPaths } from './funding.api.ts';
import { useMoney } from './money.ts';
import { useSectors } from './use-subjects.ts';

/** Every award: what was awarded and paid, and the next milestone the team is to report. */
export function AwardsPage() {
  const { t } = useTranslation();
  const { day } = useDates();
  const label = useLabels();
  const money = useMoney();
  const sectors = useSectors();
  const { data, error, loading, reload } = useQuery<{ items: AwardSummary[] }>(fundingApi.awards);
  return (
    <Page title={t('funding.awards.title')}>
      <p>
        <Link to={fundingPaths.calls}>{t('funding.calls.title')}</Link>
      </p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <DataTable
            rows={data.items}
            rowKey={(a) => a.id}
            caption={t('funding.awards.caption')}
            empty={t('funding.awards.empty')}
            columns={[
              {
                header: t('funding.proposal.titleLabel'),
                rowHeader: true,
                cell: (a) => <Link to={fundingPaths.award(a.id)}>{a.title}</Link>,
              },
              { header: t('funding.call.iprc'), cell: (a) => label.institution(a.iprc) },
              { header: t('funding.proposal.sector'), cell: (a) => sectors.name(a.sector) },
              {
                header: t('funding.awards.awarded'),
                numeric: true,
                cell: (a) => money(a.awarded, a.currency),
              },
              {
                header: t('funding.awards.paid'),
                numeric: true,
                cell: (a) => money(a.paid, a.currency),
              },
              {
                header: t('funding.awards.next'),
                cell: (a) => (a.next ? `${a.next.title} (${day(a.next.due)})` : t('common.none')),
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
