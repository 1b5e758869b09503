import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query.ts';
import { useDates } from '../ui/dates.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { ApplyForm } from './apply.form.tsx';
import { type OpenTor, publicApi } from './public.api.ts';

/** The Terms of Reference open now, so that a registrant sees where their skills are sought. */
export function OpenTors({
  token,
  applied,
}: {
  token: string;
  /** The ToRs the registrant has applied to already. */
  applied?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const { day } = useDates();
  const {
    data: tors,
    error,
    reload,
  } = useQuery<OpenTor[]>(`/public/self-service/tors?for=${token}`, {
    load: () => publicApi.tors(token),
  });

  return (
    <section className="card" aria-labelledby="tors-heading">
      <h2 id="tors-heading">{t('public.myProfile.tors')}</h2>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !tors ? (
        <Loading />
      ) : tors.length === 0 ? (
        <p>{t('public.myProfile.noTors')}</p>
      ) : (
        <ul className="plain-list">
          {tors.map((tor) => (
            <li key={tor.torId} className="tor">
              <h3>
                {tor.title}{' '}
                {tor.matchesMySubjects && (
                  <span className="badge badge--live">{t('public.myProfile.torMatches')}</span>
                )}
              </h3>
              <p>
                {t('public.myProfile.tor', {
                  iprc: tor.iprc,
                  subject: tor.subject,
                  from: day(tor.period.from),
                  to: day(tor.period.to),
                  count: tor.durationMonths,
                })}
              </p>
              {applied?.has(tor.torId) ? (
                <p className="notice notice--success">{t('public.apply.applied')}</p>
              ) : (
                applied && <ApplyForm token={token} torId={tor.torId} title={tor.title} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
