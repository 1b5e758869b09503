import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { ApplicationsTable } from './applications-table.tsx';
import { PanelEditor } from './panel-editor.tsx';
import { selectionApi, type Tor } from './selection.api.ts';
import { TorActions } from './tor-actions.tsx';
import { TorStatusBadge } from './tors.page.tsx';

/** One ToR: its terms, what can be done with it now, its panel and its applications. */
export function TorPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const can = useAllows();
  const { day } = useDates();
  const id = useParams().id ?? '';
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data, error, reload, update } = useQuery<Tor>(selectionApi.tor(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const tor = data;
  const changed = (next: Tor) => update(() => next);
  return (
    <Page title={tor.title}>
      <p>
        <Link to="/tors">{t('tors.back')}</Link>
      </p>
      {created && tor.status === 'draft' && (
        <p role="status" className="notice notice--success">
          {t('torDetail.created')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('torFields.status')}</dt>
        <dd>
          <TorStatusBadge status={tor.status} />
          {tor.closingReason && ` (${t(`closingReasons.${tor.closingReason}`)})`}
        </dd>
        <dt>{t('torFields.iprc')}</dt>
        <dd>{label.institution(tor.iprc)}</dd>
        <dt>{t('torFields.subject')}</dt>
        <dd>{tor.subject}</dd>
        <dt>{t('torFields.period')}</dt>
        <dd>
          {day(tor.period.start)} – {day(tor.period.end)} (
          {t('torDetail.months', { count: tor.durationMonths })})
        </dd>
        <dt>{t('torFields.experts')}</dt>
        <dd>{tor.experts}</dd>
        <dt>{t('torFields.requirements')}</dt>
        <dd>
          {t('torDetail.requirements', {
            level: t(`levels.${tor.requirements.qualificationLevel}`),
            fields: tor.requirements.qualificationFields.join(', ') || t('common.none'),
            years: tor.requirements.yearsOfExperience,
            languages: tor.requirements.languages.join(', '),
          })}
        </dd>
        <dt>{t('torFields.description')}</dt>
        <dd className="prewrap">{tor.description}</dd>
        <dt>{t('panel.title')}</dt>
        <dd>
          {tor.panel.reviewers.map((r) => r.name).join(', ') || t('common.none')}
          {tor.panel.blind && ` (${t('panel.blindShort')})`}
        </dd>
      </dl>
      <TorActions tor={tor} onChanged={changed} />
      {can(access.setPanel) && tor.status !== 'closed' && <PanelEditor tor={tor} onChanged={changed} />}
      {can(access.torReport) && tor.status !== 'draft' && tor.status !== 'approved' && (
        <p>
          <Link to={`/tors/${encodeURIComponent(tor.id)}/report`}>{t('report.open')}</Link>
        </p>
      )}
      {can(access.torApplications) && (tor.status === 'published' || tor.status === 'closed') && (
        <ApplicationsTable torId={tor.id} />
      )}
    </Page>
  );
}
