import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { CallForm } from './call.form.tsx';
import { CallStatusBadge } from './call-status.tsx';
import { type CallList, fundingAccess, fundingApi, fundingPaths } from './funding.api.ts';
import { useMoney } from './money.ts';

/** The calls for pilot proposals (a committee member: the ones they sit on), and the manager's new call. */
export function CallsPage() {
  const { t } = useTranslation();
  const { instant } = useDates();
  const money = useMoney();
  const can = useAllows();
  const { data, error, loading, reload } = useQuery<CallList>(fundingApi.calls);
  return (
    <Page title={t('funding.calls.title')}>
      <p>{t('funding.calls.intro')}</p>
      <p>
        <Link to={fundingPaths.awards}>{t('funding.awards.title')}</Link>
        {can(fundingAccess.investors) && (
          <>
            {' · '}
            <Link to={fundingPaths.investors}>{t('funding.investors.title')}</Link>
          </>
        )}
      </p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <DataTable
            rows={data.items}
            rowKey={(call) => call.id}
            caption={t('funding.calls.caption')}
            empty={t('funding.calls.empty')}
            columns={[
              {
                header: t('funding.calls.call'),
                rowHeader: true,
                cell: (call) => <Link to={fundingPaths.call(call.id)}>{call.title}</Link>,
              },
              {
                header: t('funding.calls.deadline'),
                sortBy: (call) => call.deadline,
                cell: (call) => instant(call.deadline),
              },
              {
                header: t('funding.calls.fund'),
                numeric: true,
                cell: (call) => money(call.fund.amount, call.fund.currency),
              },
              {
                header: t('funding.calls.status'),
                sortBy: (call) => call.status,
                cell: (call) => <CallStatusBadge status={call.status} />,
              },
            ]}
          />
        ) : (
          !error && <Loading />
        )}
      </div>
      {can(fundingAccess.createCall) && <CallForm />}
    </Page>
  );
}
