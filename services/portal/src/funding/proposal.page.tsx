import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DownloadButton } from '../ui/download-button.tsx';
import { useDates } from '../ui/dates.ts';
import { FactsCard } from '../ui/facts-card.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { ProposalStatusBadge } from './call-status.tsx';
import { localised } from './funding-problem.ts';
import { fundingApi, fundingPaths, type Proposal } from './funding.api.ts';
import { useMoney } from './money.ts';
import { BudgetAndMilestones } from './proposal-facts.tsx';
import { useSectors } from './use-subjects.ts';

/** A proposal, whole, as staff and the committee read it: the team, the texts, budget, milestones, attachments. */
export function ProposalPage() {
  const { t } = useTranslation();
  const { instant } = useDates();
  const label = useLabels();
  const money = useMoney();
  const sectors = useSectors();
  const proposalId = useParams().id ?? '';
  const { data: p, error, reload } = useQuery<Proposal>(fundingApi.proposal(proposalId));
  if (!p) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const name = (person: Proposal['team'][number]) => person.name ?? t('funding.erased');
  const lead = p.team.find((m) => m.personId === p.leadId);
  return (
    <Page title={p.title || t('funding.untitled')}>
      <p>
        <Link to={fundingPaths.call(p.callId)}>{t('funding.review.back')}</Link>
      </p>
      <FactsCard title={t('funding.proposal.summary')}>
        <dt>{t('funding.calls.status')}</dt>
        <dd>
          <ProposalStatusBadge status={p.status} />
        </dd>
        <dt>{t('funding.call.iprc')}</dt>
        <dd>{label.institution(p.iprc)}</dd>
        <dt>{t('funding.proposal.sector')}</dt>
        <dd>{p.sector ? sectors.name(p.sector) : t('common.none')}</dd>
        <dt>{t('funding.proposal.requested')}</dt>
        <dd>
          {t('funding.proposal.ofCeiling', {
            requested: money(p.requested, p.currency),
            ceiling: money(p.ceiling, p.currency),
          })}
        </dd>
        <dt>{t('funding.proposal.jobs')}</dt>
        <dd>{p.jobsExpected}</dd>
        <dt>{t('funding.proposal.submittedAt')}</dt>
        <dd>{p.submittedAt ? instant(p.submittedAt) : t('common.none')}</dd>
        <dt>{t('funding.proposal.lead')}</dt>
        <dd>{lead ? name(lead) : t('common.none')}</dd>
        <dt>{t('funding.proposal.team')}</dt>
        <dd>{p.team.map((m) => `${name(m)} (${t(`funding.roles.${m.role}`)})`).join(', ')}</dd>
        {p.screening && (
          <>
            <dt>{t('funding.proposal.screening')}</dt>
            <dd>
              {t(p.screening.qualified ? 'funding.qualification.passed' : 'funding.qualification.failed')}
              {p.screening.reasons.length > 0 && (
                <ul>
                  {p.screening.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </FactsCard>
      <section className="card" aria-labelledby="proposal-texts">
        <h2 id="proposal-texts">{t('funding.proposal.texts')}</h2>
        <h3>{t('pitch.draft.summary')}</h3>
        <p className="prewrap">{p.summary || t('common.none')}</p>
        <h3>{t('pitch.draft.problem')}</h3>
        <p className="prewrap">{p.problem || t('common.none')}</p>
        <h3>{t('pitch.draft.localNeed')}</h3>
        <p className="prewrap">{p.localNeed || t('common.none')}</p>
        <h3>{t('pitch.draft.solution')}</h3>
        <p className="prewrap">{p.solution || t('common.none')}</p>
      </section>
      <section className="card" aria-labelledby="proposal-money">
        <h2 id="proposal-money">{t('funding.proposal.money')}</h2>
        <BudgetAndMilestones currency={p.currency} budget={p.budget} milestones={p.milestones} />
      </section>
      <section className="card" aria-labelledby="proposal-attachments">
        <h2 id="proposal-attachments">{t('pitch.attachments.legend')}</h2>
        {p.attachments.length === 0 ? (
          <p>{t('pitch.attachments.none')}</p>
        ) : (
          <ul className="plain-list">
            {p.attachments.map((a) => (
              <li key={a.id}>
                <DownloadButton
                  label={t('funding.proposal.download', { name: a.name })}
                  name={a.name}
                  file={() => fundingApi.attachment(p.id, a.id)}
                  problemOf={(failure) => localised(failure)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
