import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { forgetTrainingOnSignOut } from '../training/offline-cache.ts';
import { cascadeAccess, cascadeApi, type CascadeTot } from './cascade.api.ts';
import { CascadeSessionForm } from './cascade-session.form.tsx';
import { CascadeTree } from './cascade-tree.tsx';

/** One ToT's cascade (with the rosters' names for whoever runs it), and a form to record a teacher's session. */
export function TotCascadePage() {
  const { t } = useTranslation();
  const can = useAllows();
  const id = useParams().id ?? '';
  // Its answer is one of the ToT copies the service worker keeps: a sign-out from here forgets them too.
  useEffect(forgetTrainingOnSignOut, []);
  const { data, error, reload } = useQuery<CascadeTot>(cascadeApi.ofTot(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <Page title={t('cascade.totTitle', { course: data.title })}>
      <p>
        <Link to={`/tots/${encodeURIComponent(id)}`}>{t('cascade.backToTot')}</Link>
        {' · '}
        <Link to="/cascade">{t('cascade.all')}</Link>
      </p>
      <CascadeTree tot={data} />
      {can(cascadeAccess.record) && data.status !== 'cancelled' && data.trainees.length > 0 && (
        <CascadeSessionForm tot={data} />
      )}
    </Page>
  );
}
