import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { FactsCard } from '../ui/facts-card.tsx';
import { Page } from '../ui/page.tsx';
import { StatusActions, useStatusAction } from '../ui/status-actions.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { CallStatusBadge, ProposalStatusBadge } from './call-status.tsx';
import { localisedCall } from './funding-problem.ts';
import {
  type Call,
  fundingAccess,
  fundingApi,
  fundingPaths,
  type InvitationList,
  type ProposalSummary,
} from './funding.api.ts';
import { useMoney } from './money.ts';
import { useSectors } from './use-subjects.ts';

/** One call: its terms, opening and closing it, who was invited (per ToT), its proposals, and its later rounds. */
export function CallPage() {
  const { t } = useTranslation();
  const { instant, day } = useDates();
  const money = useMoney();
  const can = useAllows();
  const callId = useParams().id ?? '';
  const { data: call, error, reload, update } = useQuery<Call>(fundingApi.call(callId));
  const action = useStatusAction<Call>((changed) => update(() => changed));
  if (!call) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const currency = call.fund.currency;
  return (
    <Page title={call.title}>
      <p>
        <Link to={fundingPaths.calls}>{t('funding.call.back')}</Link>
      </p>
      <FactsCard title={t('funding.call.summary')}>
        <dt>{t('funding.calls.status')}</dt>
        <dd>
          <CallStatusBadge status={call.status} />
        </dd>
        <dt>{t('funding.calls.deadline')}</dt>
        <dd>{instant(call.deadline)}</dd>
        <dt>{t('funding.call.rounds')}</dt>
        <dd>
          {t('funding.call.roundsText', {
            qualifying: day(call.rounds.qualifyingEnds),
            scoring: day(call.rounds.scoringEnds),
          })}
        </dd>
        <dt>{t('funding.calls.fund')}</dt>
        <dd>{money(call.fund.amount, currency)}</dd>
        <dt>{t('funding.callForm.ceiling')}</dt>
        <dd>{money(call.ceiling, currency)}</dd>
        <dt>{t('funding.callForm.awards')}</dt>
        <dd>{call.awards}</dd>
        <dt>{t('funding.callForm.allocationRule')}</dt>
        <dd>{t(`funding.allocationRules.${call.allocationRule}`)}</dd>
        <dt>{t('funding.rubric.legend')}</dt>
        <dd>{call.rubric.map((c) => `${c.label} (${c.weight})`).join(', ')}</dd>
        <dt>{t('funding.callForm.committee')}</dt>
        <dd>{call.committee.map((m) => m.name).join(', ') || t('common.none')}</dd>
        <dt>{t('funding.callForm.description')}</dt>
        <dd className="prewrap">{call.description || t('common.none')}</dd>
      </FactsCard>
      {call.status !== 'closed' && (can(fundingAccess.open) || can(fundingAccess.close)) && (
        <StatusActions
          id="call-status"
          heading={t('funding.call.statusHeading')}
          text={t(`funding.call.statusText.${call.status}`)}
          action={action}
        >
          {call.status === 'draft' && can(fundingAccess.open) && (
            <button
              type="button"
              className="button"
              aria-disabled={action.pending || undefined}
              onClick={() =>
                action.run(() => localisedCall(fundingApi.open(call.id)), t('funding.call.opened'))
              }
            >
              {t('funding.call.open')}
            </button>
          )}
          {call.status === 'open' && can(fundingAccess.close) && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={action.pending || undefined}
              onClick={() =>
                action.run(() => localisedCall(fundingApi.close(call.id)), t('funding.call.closed'))
              }
            >
              {t('funding.call.close')}
            </button>
          )}
        </StatusActions>
      )}
      <nav aria-label={t('funding.call.rounds')}>
        <ul className="links">
          {can(fundingAccess.review) && (
            <li>
              <Link to={fundingPaths.review(call.id)}>{t('funding.review.title')}</Link>
            </li>
          )}
          {can(fundingAccess.allocation) && (
            <li>
              <Link to={fundingPaths.allocation(call.id)}>{t('funding.allocation.title')}</Link>
            </li>
          )}
          {can(fundingAccess.dashboard) && (
            <li>
              <Link to={fundingPaths.dashboard(call.id)}>{t('funding.dashboard.title')}</Link>
            </li>
          )}
        </ul>
      </nav>
      {call.status !== 'draft' && can(fundingAccess.invitations) && <Invitations callId={call.id} />}
      <Proposals callId={call.id} />
    </Page>
  );
}

/** Who was invited, one line per ToT: its IPRC, its trainer, its trainees' names. */
function Invitations({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { data, error, reload } = useQuery<InvitationList>(fundingApi.invitations(callId));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const names = (people: InvitationList['tots'][number]['people'], role: 'trainee' | 'trainer') =>
    people
      .filter((p) => p.role === role)
      .map((p) => (p.name ?? t('funding.erased')) + (p.mailed ? '' : ` ${t('funding.call.notMailed')}`))
      .join(', ');
  const count = data.tots.reduce((sum, tot) => sum + tot.people.length, 0);
  return (
    <section className="card" aria-labelledby="invitations">
      <h2 id="invitations">{t('funding.call.invitations', { count })}</h2>
      <DataTable
        rows={data.tots}
        rowKey={(tot) => tot.totId}
        caption={t('funding.call.invitationsCaption')}
        empty={t('funding.call.noInvitations')}
        columns={[
          { header: t('funding.call.iprc'), rowHeader: true, cell: (tot) => label.institution(tot.iprc) },
          {
            header: t('funding.call.trainer'),
            cell: (tot) => names(tot.people, 'trainer') || t('common.none'),
          },
          {
            header: t('funding.call.trainees'),
            cell: (tot) => names(tot.people, 'trainee') || t('common.none'),
          },
          { header: t('funding.call.invited'), numeric: true, cell: (tot) => tot.people.length },
        ]}
      />
    </section>
  );
}

function Proposals({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const money = useMoney();
  const sectors = useSectors();
  const { data, error, reload } = useQuery<{ items: ProposalSummary[] }>(fundingApi.proposals(callId));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <section className="card" aria-labelledby="proposals">
      <h2 id="proposals">{t('funding.call.proposals')}</h2>
      <DataTable
        rows={data.items}
        rowKey={(p) => p.id}
        caption={t('funding.call.proposalsCaption')}
        empty={t('funding.call.noProposals')}
        columns={[
          {
            header: t('funding.proposal.titleLabel'),
            rowHeader: true,
            cell: (p) => <Link to={fundingPaths.proposal(p.id)}>{p.title || t('funding.untitled')}</Link>,
          },
          { header: t('funding.call.iprc'), cell: (p) => label.institution(p.iprc) },
          {
            header: t('funding.proposal.sector'),
            cell: (p) => (p.sector ? sectors.name(p.sector) : t('common.none')),
          },
          {
            header: t('funding.proposal.requested'),
            numeric: true,
            sortBy: (p) => p.requested,
            cell: (p) => money(p.requested, p.currency),
          },
          {
            header: t('funding.calls.status'),
            sortBy: (p) => p.status,
            cell: (p) => <ProposalStatusBadge status={p.status} />,
          },
        ]}
      />
    </section>
  );
}
