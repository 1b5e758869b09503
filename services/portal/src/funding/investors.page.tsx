import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { fundingApi, type StaffInvestor } from './funding.api.ts';
import { useMoney } from './money.ts';
import { useSectors } from './use-subjects.ts';

/** The investors who signed up (no contact details: those stay with the mails), their matches and pledges. */
export function InvestorsPage() {
  const { t } = useTranslation();
  const { day } = useDates();
  const money = useMoney();
  const sectors = useSectors();
  const { data, error, loading, reload } = useQuery<{ items: StaffInvestor[] }>(fundingApi.investors);
  return (
    <Page title={t('funding.investors.title')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <DataTable
            rows={data.items}
            rowKey={(i) => i.investorId}
            caption={t('funding.investors.caption')}
            empty={t('funding.investors.empty')}
            columns={[
              {
                header: t('funding.investors.organisation'),
                rowHeader: true,
                sortBy: (i) => i.organisation,
                cell: (i) => i.organisation,
              },
              {
                header: t('funding.investors.signedUp'),
                sortBy: (i) => i.signedUpAt,
                cell: (i) => day(i.signedUpAt.slice(0, 10)),
              },
              {
                header: t('funding.investors.verified'),
                cell: (i) => t(i.verified ? 'funding.investors.yes' : 'funding.investors.no'),
              },
              {
                header: t('funding.investors.interests'),
                cell: (i) =>
                  [
                    i.interests.sectors.map(sectors.name).join(', ') || t('funding.investors.anySector'),
                    `${money(i.interests.ticketMin, i.interests.currency)}–${money(i.interests.ticketMax, i.interests.currency)}`,
                    i.interests.instruments.map((k) => t(`funding.instruments.${k as 'grant'}`)).join(', '),
                  ].join(' · '),
              },
              {
                header: t('funding.investors.matches'),
                numeric: true,
                sortBy: (i) => i.matches,
                cell: (i) => i.matches,
              },
              {
                header: t('funding.investors.pledged'),
                numeric: true,
                cell: (i) => i.pledged.map((p) => money(p.amount, p.currency)).join(', ') || t('common.none'),
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
