import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { LogframeControls } from './logframe-controls.tsx';
import { LogframeResults } from './logframe-results.tsx';
import { type Logframe, logframeAccess, logframeApi } from './logframe.api.ts';
import { choosableQuarters } from './quarters.ts';
import { ReportDownloads } from './report-downloads.tsx';

/**
 * The results framework: the goal, then each outcome and its outputs with their indicators' figures to the end
 * of the chosen quarter (the current one by default), and the donor's reports of that quarter. Staff may preview
 * the shared view (small cells hidden) and open the events behind a figure.
 */
export function LogframePage() {
  const { t } = useTranslation();
  const can = useAllows();
  const [params, setParams] = useSearchParams();
  // Only staff see small cells, and so only they may ask for the shared view (and the sources behind a figure).
  const staff = can(logframeAccess.sources);
  const chosen = params.get('quarter') ?? undefined;
  const shared = staff && params.get('shared') === 'true';
  const { data, error, loading, reload } = useQuery<Logframe>(logframeApi.logframe(chosen, shared));
  const choose = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(change))
      if (value) next.set(name, value);
      else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <Page title={t('logframe.title')}>
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Loading />
        )
      ) : (
        <div className="logframe" aria-busy={loading}>
          {error && <LoadError error={error} onRetry={reload} />}
          <LogframeControls
            quarters={choosableQuarters(
              data.indicators.map((i) => i.period.start),
              data.generatedAt,
            )}
            // The choice at once, while its figures load.
            quarter={chosen ?? data.quarter.code}
            onQuarter={(quarter) => choose({ quarter })}
            shared={
              staff
                ? { on: shared, onChange: (on) => choose({ shared: on ? 'true' : undefined }) }
                : undefined
            }
          />
          {data.shared && (
            <p className="alert" role="note">
              {t('logframe.sharedNote', { smallCell: data.smallCell })}
            </p>
          )}
          <section className="card" aria-labelledby="logframe-goal">
            <h2 id="logframe-goal">{t('logframe.goal')}</h2>
            <p>{data.goal}</p>
          </section>
          <LogframeResults logframe={data} linked={staff} />
          <ReportDownloads quarter={data.quarter.code} />
        </div>
      )}
    </Page>
  );
}
