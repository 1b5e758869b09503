import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Application, selectionApi } from './selection.api.ts';

/** A ToR's applications, best match first: who (a code on a blind panel), status, match, the panel's score. */
export function ApplicationsTable({ torId }: { torId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useQuery<{ items: Application[] }>(
    selectionApi.applications(torId),
  );
  const column = {
    applicant: t('applications.applicant'),
    status: t('applications.status'),
    match: t('applications.match'),
    mean: t('applications.mean'),
    disagreement: t('applications.disagreement'),
  };
  return (
    <section className="card" aria-labelledby="applications-heading" aria-busy={loading}>
      <h2 id="applications-heading">{t('applications.title')}</h2>
      <p>
        <button type="button" className="button button--secondary button--small" onClick={reload}>
          {t('applications.refresh')}
        </button>
      </p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data ? (
        !error && <Loading />
      ) : data.items.length === 0 ? (
        <p role="status">{t('applications.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--stacking">
            <caption className="visually-hidden">{t('applications.title')}</caption>
            <thead>
              <tr>
                {Object.values(column).map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((application) => (
                <tr key={application.id}>
                  <th scope="row" data-label={column.applicant}>
                    <Link to={`/applications/${encodeURIComponent(application.id)}`}>
                      {application.applicantName ?? application.code}
                    </Link>
                  </th>
                  <td data-label={column.status}>
                    <ApplicationStatusBadge status={application.status} />
                    {application.recused && ` (${t('applications.recused')})`}
                  </td>
                  <td data-label={column.match} className="number">
                    {application.match?.total ?? t('common.none')}
                  </td>
                  <td data-label={column.mean} className="number">
                    {application.panel?.mean ?? t('common.none')}
                  </td>
                  <td data-label={column.disagreement}>
                    {application.panel && application.panel.disagreement.length > 0
                      ? t('applications.disagrees')
                      : t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ApplicationStatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`applicationStatus.${status}`)}</span>;
}
