import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { assessmentAccess, assessmentPath } from '../assessment/assessment.api.ts';
import { cascadeAccess, cascadePath } from '../cascade/cascade.api.ts';
import { certificateAccess, certificatesPath } from '../certificates/certificates.api.ts';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { useLabels } from '../programme/use-labels.ts';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { forgetTrainingOnSignOut } from './offline-cache.ts';
import { SessionsSection } from './sessions.section.tsx';
import { TotPlanForm } from './tot-plan.form.tsx';
import { TotStatusBadge } from './tot-status.tsx';
import { TraineesSection } from './trainees.section.tsx';
import { type Tot, type TraineeList, trainingAccess, trainingApi } from './training.api.ts';

/** One Training of Trainers: its summary, its plan, its sessions and its trainees, for whoever runs or follows it. */
export function TotPage() {
  const { t } = useTranslation();
  const { period } = useDates();
  const label = useLabels();
  const can = useAllows();
  const id = useParams().id ?? '';
  const { data, error, reload, update } = useQuery<Tot>(trainingApi.one(id));
  const trainees = useQuery<TraineeList>(trainingApi.trainees(id));
  useEffect(forgetTrainingOnSignOut, []);
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const tot = data;
  const onChanged = (changed: Tot) => update(() => changed);
  return (
    <Page title={tot.title}>
      <p>
        <Link to="/tots">{t('training.tot.back')}</Link>
      </p>
      <section className="card" aria-labelledby="tot-summary">
        <h2 id="tot-summary">{t('training.tot.summary')}</h2>
        <dl className="facts">
          <dt>{t('training.tots.status')}</dt>
          <dd>
            <TotStatusBadge status={tot.status} />
          </dd>
          <dt>{t('training.tots.iprc')}</dt>
          <dd>{label.institution(tot.iprc)}</dd>
          <dt>{t('training.tots.trainer')}</dt>
          <dd>{tot.trainer ?? t('training.erased')}</dd>
          <dt>{t('training.tots.period')}</dt>
          <dd>{period(tot.period.start, tot.period.end)}</dd>
          <dt>{t('training.tots.sessions')}</dt>
          <dd>{t('training.tots.heldOf', { held: tot.held, planned: tot.sessions })}</dd>
          <dt>{t('training.tot.enrolled')}</dt>
          <dd>{t('training.tot.ofCapacity', { count: tot.enrolled, capacity: tot.capacity })}</dd>
          <dt>{t('training.plan.outline')}</dt>
          <dd className="prewrap">{tot.outline || t('common.none')}</dd>
        </dl>
        <nav aria-label={t('training.tot.results')}>
          <ul className="links">
            {can(assessmentAccess.read) && (
              <li>
                <Link to={assessmentPath(tot.id)}>{t('training.tot.assessment')}</Link>
              </li>
            )}
            {can(certificateAccess.list) && (
              <li>
                <Link to={certificatesPath(tot.id)}>{t('training.tot.certificates')}</Link>
              </li>
            )}
            {can(cascadeAccess.ofTot) && (
              <li>
                <Link to={cascadePath(tot.id)}>{t('training.tot.cascade')}</Link>
              </li>
            )}
          </ul>
        </nav>
      </section>
      {tot.status === 'planning' && can(trainingAccess.plan) && (
        <TotPlanForm tot={tot} onChanged={onChanged} />
      )}
      <SessionsSection tot={tot} onChanged={onChanged} />
      {trainees.data ? (
        <TraineesSection tot={tot} trainees={trainees.data.items} />
      ) : trainees.error ? (
        <LoadError error={trainees.error} onRetry={trainees.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
