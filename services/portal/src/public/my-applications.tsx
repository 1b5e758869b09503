import { useTranslation } from 'react-i18next';
import { queryClient, queryKeyOf } from '../api/query-client.ts';
import { useQuery } from '../api/use-query.ts';
import { useDates } from '../ui/dates.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { type MyApplication, publicApi } from './public.api.ts';

/**
 * An application the registrant just sent, as `POST /member/applications` answered it, shown at once. The list is
 * read from a projection that the outbox relay writes moments after the change, so the list fetched again right
 * after applying may not hold it yet: that fetch is cancelled and the answer joins what is on screen.
 */
export async function showSent(token: string, sent: MyApplication) {
  const queryKey = queryKeyOf(applicationsPath(token));
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData<MyApplication[]>(queryKey, (list = []) =>
    list.some((application) => application.id === sent.id) ? list : [sent, ...list],
  );
}

const applicationsPath = (token: string) => `/member/applications?for=${token}`;

/** The registrant's applications, loaded with their link's token (applying invalidates them). */
export function useMyApplications(token: string) {
  const { data, error, reload } = useQuery<MyApplication[]>(applicationsPath(token), {
    load: () => publicApi.applications(token),
  });
  return { applications: data, error, reload };
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
