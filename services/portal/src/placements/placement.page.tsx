import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { PlacementActions } from './placement-actions.tsx';
import { PlacementStatusBadge } from './placement-status.tsx';
import { PlacementTasks } from './placement-tasks.tsx';
import { type Placement, placementsApi } from './placements.api.ts';
import { FactsCard } from '../ui/facts-card.tsx';

/** One placement: its summary, the checklist to work, what the caller may do next, and its timeline. */
export function PlacementPage() {
  const { t } = useTranslation();
  const { day, period, instant } = useDates();
  const label = useLabels();
  const id = useParams().id ?? '';
  const { data, error, reload, update } = useQuery<Placement>(placementsApi.one(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const placement = data;
  const onChanged = (changed: Placement) => update(() => changed);
  const none = t('common.none');
  return (
    <Page title={t('placement.title', { name: placement.professional ?? t('placements.unnamed') })}>
      <p>
        <Link to="/placements">{t('placement.back')}</Link>
      </p>
      <FactsCard title={t('placement.summary')}>
        <dt>{t('placements.status')}</dt>
        <dd>
          <PlacementStatusBadge status={placement.status} />
        </dd>
        <dt>{t('placements.tor')}</dt>
        <dd>{placement.torTitle ?? placement.torId}</dd>
        <dt>{t('placements.iprc')}</dt>
        <dd>{label.institution(placement.iprc)}</dd>
        <dt>{t('placement.period')}</dt>
        <dd>{period(placement.period.start, placement.period.end)}</dd>
        <dt>{t('placement.respondBy')}</dt>
        <dd>{instant(placement.respondBy)}</dd>
        <dt>{t('placement.email')}</dt>
        <dd>{placement.email ?? none}</dd>
        {placement.arrivedOn && (
          <>
            <dt>{t('placement.arrivedOn')}</dt>
            <dd>{day(placement.arrivedOn)}</dd>
          </>
        )}
        <dt>{t('placement.reportFiled')}</dt>
        <dd>{placement.report ? instant(placement.report.at) : none}</dd>
        <dt>{t('placement.appraisalFiled')}</dt>
        <dd>{placement.appraisal ? instant(placement.appraisal.at) : none}</dd>
        {placement.cancellation && (
          <>
            <dt>{t('placement.reason')}</dt>
            <dd>{t(`cancellationReasons.${placement.cancellation.reason as 'other'}`)}</dd>
            <dt>{t('placement.note')}</dt>
            <dd className="prewrap">{placement.cancellation.note ?? none}</dd>
          </>
        )}
      </FactsCard>
      <PlacementActions placement={placement} onChanged={onChanged} />
      <PlacementTasks placement={placement} onChanged={onChanged} />
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('placement.timeline')}</h2>
        <DataTable
          rows={placement.trail}
          rowKey={(entry) => `${entry.at}-${entry.action}`}
          caption={t('placement.timelineCaption')}
          empty={t('placement.noTimeline')}
          columns={[
            { header: t('placement.when'), rowHeader: true, cell: (entry) => instant(entry.at) },
            { header: t('placement.who'), cell: (entry) => entry.by.name },
            {
              header: t('placement.role'),
              cell: (entry) => t(`roles.${entry.by.role}`, { defaultValue: entry.by.role }),
            },
            { header: t('placement.action'), cell: (entry) => entry.action },
          ]}
        />
      </section>
    </Page>
  );
}
