import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { DataTable } from '../ui/data-table.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Application, selectionApi } from './selection.api.ts';

/** A ToR's applications, best match first: who (a code on a blind panel), status, match, the panel's score. */
export function ApplicationsTable({ torId }: { torId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useQuery<{ items: Application[] }>(
    selectionApi.applications(torId),
  );
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
      ) : (
        <DataTable
          rows={data.items}
          rowKey={(application) => application.id}
          caption={t('applications.title')}
          empty={t('applications.empty')}
          columns={[
            {
              header: t('applications.applicant'),
              rowHeader: true,
              cell: (application) => (
                <Link to={`/applications/${encodeURIComponent(application.id)}`}>
                  {application.applicantName ?? application.code}
                </Link>
              ),
            },
            {
              header: t('applications.status'),
              cell: (application) => (
                <>
                  <ApplicationStatusBadge status={application.status} />
                  {application.recused && ` (${t('applications.recused')})`}
                </>
              ),
            },
            {
              header: t('applications.match'),
              numeric: true,
              sortBy: (application) => application.match?.total,
              cell: (application) => application.match?.total ?? t('common.none'),
            },
            {
              header: t('applications.mean'),
              numeric: true,
              sortBy: (application) => application.panel?.mean,
              cell: (application) => application.panel?.mean ?? t('common.none'),
            },
            {
              header: t('applications.disagreement'),
              cell: (application) =>
                application.panel && application.panel.disagreement.length > 0
                  ? t('applications.disagrees')
                  : t('common.none'),
            },
          ]}
        />
      )}
    </section>
  );
}

export function ApplicationStatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`applicationStatus.${status}`)}</span>;
}
