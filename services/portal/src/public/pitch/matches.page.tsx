import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.ts';
import { useMoney } from '../../funding/money.ts';
import { useSectors } from '../../funding/use-subjects.ts';
import { useLabels } from '../../programme/use-labels.ts';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { PitchProblem } from './pitch.page.tsx';
import { type Match, pitchApi, pitchPaths } from './pitch.api.ts';

/** An investor's matches: a teaser of each proposal and why it matches their interests. */
export function MatchesPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const label = useLabels();
  const sectors = useSectors();
  const { data, error, reload } = useQuery<{ items: Match[] }>(pitchApi.matches);
  return (
    <Page title={t('pitch.matches.title')}>
      <p>
        <Link to={pitchPaths.profile}>{t('pitch.profile.title')}</Link>
      </p>
      {error ? (
        <PitchProblem error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p role="status">{t('pitch.matches.empty')}</p>
      ) : (
        <ul className="plain-list">
          {data.items.map((m) => (
            <li key={m.matchId} className="card">
              <h2>
                <Link to={pitchPaths.proposal(m.proposalId)}>{m.title}</Link>
              </h2>
              <p>
                {t(`pitch.stages.${m.stage}`)} · {sectors.name(m.sector)} · {label.institution(m.iprc)}
              </p>
              <p>{m.summary}</p>
              <p>
                {t('pitch.matches.asks', {
                  amount: money(m.requested.amount, m.requested.currency),
                  jobs: m.jobsExpected,
                })}
              </p>
              <p>{t('pitch.matches.why')}</p>
              <ul>
                {m.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {m.interestExpressed && (
                <p className="notice notice--success">{t('pitch.matches.interested')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
