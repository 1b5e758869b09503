import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useDates } from '../ui/dates.ts';
import { FormAlert } from '../ui/form-alert.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { ApplicationStatusBadge } from './applications-table.tsx';
import { Scorecards } from './scorecards.tsx';
import { selectionApi, type TransparencyReport } from './selection.api.ts';

/** How a ToR's selection was made, for a donor or an auditor: applicants by code only, every score and reason. */
export function ReportPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const { instant } = useDates();
  const id = useParams().id ?? '';
  const { data, error, reload } = useQuery<TransparencyReport>(selectionApi.report(id));
  const [downloadError, setDownloadError] = useState<unknown>(null);
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const download = async () => {
    setDownloadError(null);
    try {
      const file = await selectionApi.reportCsv(id);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `transparency-report-${id}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (failure) {
      setDownloadError(failure);
    }
  };
  return (
    <Page title={t('report.title', { title: data.tor.title })}>
      <p>
        <Link to={`/tors/${encodeURIComponent(id)}`}>{t('torDetail.back')}</Link>
      </p>
      <FormAlert error={downloadError} />
      <p>
        <button type="button" className="button button--secondary" onClick={() => void download()}>
          {t('report.csv')}
        </button>
      </p>
      <section className="card" aria-labelledby="method-heading">
        <h2 id="method-heading">{t('report.method')}</h2>
        <dl className="facts">
          <dt>{t('torFields.iprc')}</dt>
          <dd>{label.institution(data.tor.iprc)}</dd>
          <dt>{t('torFields.subject')}</dt>
          <dd>{data.tor.subject}</dd>
          <dt>{t('report.panel')}</dt>
          <dd>{data.panel.map((r) => r.name).join(', ') || t('common.none')}</dd>
          <dt>{t('report.blind')}</dt>
          <dd>{t(data.method.blindReview ? 'report.yes' : 'report.no')}</dd>
          <dt>{t('report.matchMethod')}</dt>
          <dd>{data.method.match}</dd>
          <dt>{t('report.panelMethod')}</dt>
          <dd>{data.method.panelScore}</dd>
          <dt>{t('report.criteria')}</dt>
          <dd>{data.method.criteria.map((c) => `${c.label} (${c.weight})`).join('; ')}</dd>
        </dl>
      </section>
      {data.applications.map((a) => (
        <section key={a.code} className="card" aria-labelledby={`report-${a.code}`}>
          <h2 id={`report-${a.code}`}>
            {a.code} <ApplicationStatusBadge status={a.status} />
          </h2>
          <dl className="facts">
            <dt>{t('applications.match')}</dt>
            <dd>{a.match.total}</dd>
            <dt>{t('application.screeningTitle')}</dt>
            <dd>
              {a.screening.eligible
                ? t('application.eligible')
                : t('report.failed', { rules: a.screening.failed.join(', ') })}
            </dd>
            <dt>{t('review.declarationsTitle')}</dt>
            <dd>
              {a.declarations.length === 0 ? (
                t('common.none')
              ) : (
                <ul>
                  {a.declarations.map((d) => (
                    <li key={d.reviewer}>
                      {d.reviewer}: {d.conflict ? t('report.recused') : t('review.noConflictShort')}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('decision.title')}</dt>
            <dd>
              {a.decision
                ? t('report.decision', {
                    outcome: t(`outcomes.${a.decision.outcome}`),
                    by: a.decision.by,
                    at: instant(a.decision.at),
                    reason: a.decision.reason,
                  })
                : t('common.none')}
            </dd>
            {a.interviewNotes.length > 0 && (
              <>
                <dt>{t('decision.notes')}</dt>
                <dd>
                  <ul>
                    {a.interviewNotes.map((n) => (
                      <li key={n.at}>
                        {n.by}: {n.text}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <Scorecards
            title={t('report.scores', { code: a.code })}
            scorecards={a.scorecards.map((s) => ({
              ...s,
              reviewerName: s.counted ? s.reviewer : `${s.reviewer} (${t('report.notCounted')})`,
            }))}
            panel={a.panel}
            criteria={data.method.criteria}
          />
        </section>
      ))}
    </Page>
  );
}
