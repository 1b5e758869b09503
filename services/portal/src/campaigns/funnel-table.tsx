import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Funnel, campaignsApi } from './campaigns.api.ts';

const steps = ['visits', 'started', 'verified', 'applied'] as const;

/** Per channel: visits of the link, forms started, registrations verified, applications made. */
export function FunnelTable({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useQuery<Funnel>(campaignsApi.funnel(campaignId));
  const number = new Intl.NumberFormat(i18n.language);
  const column = Object.fromEntries(steps.map((step) => [step, t(`funnel.${step}`)]));
  return (
    <section className="card" aria-labelledby="funnel-heading" aria-busy={loading}>
      <h2 id="funnel-heading">{t('funnel.title')}</h2>
      <p>{t('funnel.intro')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <div className="table-scroll">
          <table className="table table--stacking">
            <caption className="visually-hidden">{t('funnel.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funnel.channel')}</th>
                {steps.map((step) => (
                  <th key={step} scope="col" className="number">
                    {column[step]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.channels.map((row) => (
                <tr key={row.channel}>
                  <th scope="row" data-label={t('funnel.channel')}>
                    {t(`channels.${row.channel}`)}
                  </th>
                  {steps.map((step) => (
                    <td key={step} data-label={column[step]} className="number">
                      {number.format(row[step])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" data-label={t('funnel.channel')}>
                  {t('funnel.total')}
                </th>
                {steps.map((step) => (
                  <td key={step} data-label={column[step]} className="number">
                    {number.format(data.total[step])}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        !error && <Loading />
      )}
    </section>
  );
}
