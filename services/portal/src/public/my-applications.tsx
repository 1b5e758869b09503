import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/dates.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { type MyApplication, publicApi } from './public.api.ts';

/** The registrant's applications, loaded with their link's token; `reload` after applying. */
export function useMyApplications(token: string) {
  const [applications, setApplications] = useState<MyApplication[]>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setError(undefined);
    publicApi.applications(token).then(
      (list) => current && setApplications(list),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { applications, error, reload };
}

/** Where each application stands and, when it failed screening, which rules it did not meet. */
export function MyApplications(props: ReturnType<typeof useMyApplications>) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const { applications, error, reload } = props;
  return (
    <section className="card" aria-labelledby="my-applications-heading">
      <h2 id="my-applications-heading">{t('public.applications.title')}</h2>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !applications ? (
        <Loading />
      ) : applications.length === 0 ? (
        <p>{t('public.applications.none')}</p>
      ) : (
        <ul className="plain-list">
          {applications.map((application) => {
            const failed = application.screening.results.filter((r) => !r.passed);
            return (
              <li key={application.id} className="tor">
                <h3>{application.torTitle ?? application.torId}</h3>
                <p>
                  {t('public.applications.submitted', { at: instant(application.submittedAt) })}{' '}
                  <span className={`badge badge--${application.status}`}>
                    {t(`public.applications.status.${application.status}`)}
                  </span>
                </p>
                {failed.length > 0 && (
                  <>
                    <p>{t('public.applications.failedRules')}</p>
                    <ul>
                      {failed.map((rule) => (
                        <li key={rule.rule}>
                          {t(
                            `public.applications.rules.${rule.rule}` as 'public.applications.rules.residence',
                          )}
                          {': '}
                          {rule.detail}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
