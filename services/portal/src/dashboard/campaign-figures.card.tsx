import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { useQuery } from '../api/use-query.ts';
import { LoadError, Loading } from '../ui/status.tsx';

interface CampaignFigures {
  /** Campaigns launched, by office code. */
  launched: Record<string, number>;
}

export function CampaignFiguresCard() {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const { data, error, loading, reload } = useQuery<CampaignFigures>('/figures/campaigns');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="card" aria-labelledby="figures-heading" aria-busy={loading}>
      <h2 id="figures-heading">{t('dashboard.campaignsLaunched')}</h2>
      {data ? (
        <dl className="figures">
          {Object.entries(data.launched).map(([office, count]) => (
            <div key={office} className="figures__item">
              <dt>{label.office(office)}</dt>
              <dd>{number.format(count)}</dd>
            </div>
          ))}
        </dl>
      ) : error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
