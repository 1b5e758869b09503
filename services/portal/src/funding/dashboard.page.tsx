import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '../api/use-query.ts';
import { DataTable } from '../ui/data-table.tsx';
import { FactsCard } from '../ui/facts-card.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Dashboard, fundingApi, fundingPaths } from './funding.api.ts';
import { useMoney } from './money.ts';

/** A call's money: IOM's fund (awarded, paid, left) beside what investors pledged, by instrument; the pipeline. */
export function DashboardPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const callId = useParams().id ?? '';
  const { data, error, reload } = useQuery<Dashboard>(fundingApi.dashboard(callId));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const m = (value: { amount: number; currency: string }) => money(value.amount, value.currency);
  return (
    <Page title={t('funding.dashboard.heading', { title: data.title })}>
      <p>
        <Link to={fundingPaths.call(callId)}>{t('funding.review.back')}</Link>
      </p>
      <div className="cards">
        <FactsCard title={t('funding.dashboard.fund')}>
          <dt>{t('funding.calls.fund')}</dt>
          <dd>{m(data.fund)}</dd>
          <dt>{t('funding.dashboard.awarded')}</dt>
          <dd>{m(data.awarded)}</dd>
          <dt>{t('funding.dashboard.paid')}</dt>
          <dd>{m(data.paid)}</dd>
          <dt>{t('funding.dashboard.left')}</dt>
          <dd>{m(data.left)}</dd>
        </FactsCard>
        <section className="card" aria-labelledby="pledges">
          <h2 id="pledges">{t('funding.dashboard.pledges')}</h2>
          <DataTable
            rows={data.pledges}
            rowKey={(p) => `${p.instrument}:${p.pledged.currency}`}
            caption={t('funding.dashboard.pledgesCaption')}
            empty={t('funding.dashboard.noPledges')}
            columns={[
              {
                header: t('funding.dashboard.instrument'),
                rowHeader: true,
                cell: (p) => t(`funding.instruments.${p.instrument as 'grant'}`),
              },
              { header: t('funding.dashboard.count'), numeric: true, cell: (p) => p.pledges },
              { header: t('funding.dashboard.pledged'), numeric: true, cell: (p) => m(p.pledged) },
            ]}
          />
        </section>
      </div>
      <MoneyChart dashboard={data} />
      <FactsCard title={t('funding.dashboard.pipeline')}>
        {data.proposals.map((p) => (
          <Fragment key={p.status}>
            <dt>{t(`funding.proposalStatus.${p.status as 'draft'}`)}</dt>
            <dd>{p.count}</dd>
          </Fragment>
        ))}
        <dt>{t('funding.dashboard.matches')}</dt>
        <dd>{data.matches}</dd>
        <dt>{t('funding.dashboard.interests')}</dt>
        <dd>{data.interests}</dd>
      </FactsCard>
    </Page>
  );
}

/** The fund's three figures and the pledges in the fund's currency, side by side (the numbers are above). */
function MoneyChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const currency = dashboard.fund.currency;
  const pledged = dashboard.pledges
    .filter((p) => p.pledged.currency === currency)
    .reduce((sum, p) => sum + p.pledged.amount, 0);
  const data = [
    { name: t('funding.dashboard.awarded'), amount: dashboard.awarded.amount },
    { name: t('funding.dashboard.paid'), amount: dashboard.paid.amount },
    { name: t('funding.dashboard.left'), amount: dashboard.left.amount },
    { name: t('funding.dashboard.pledged'), amount: pledged },
  ];
  const caption = t('funding.dashboard.chart', { currency });
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div className="table-scroll">
        <BarChart width={520} height={280} data={data} role="img" aria-label={caption}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Bar dataKey="amount" name={currency} fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}
