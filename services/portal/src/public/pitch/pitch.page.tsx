import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/http.ts';
import { useQuery } from '../../api/use-query.ts';
import { fundingMessage } from '../../funding/funding-problem.ts';
import type { Proposal } from '../../funding/funding.api.ts';
import { useMoney } from '../../funding/money.ts';
import { useDates } from '../../ui/dates.ts';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { AttachmentsSection } from './attachments.section.tsx';
import { useInvitationToken } from './invitation-token.ts';
import { type PublicInvitation, pitchApi } from './pitch.api.ts';
import { ProposalDraftForm } from './proposal-draft.form.tsx';

/** A problem of a team page, in the reader's language, with a way to try again. */
export function PitchProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert--error">
      <p>{fundingMessage(error, 'pitch')}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * `/pitch?token=…`, the link mailed to a ToT's trainees and trainer: the call, the team, and the team's proposal
 * drafted on a phone, saved as it goes, then submitted (every reason a submission is refused is shown).
 */
export function PitchPage() {
  const { t } = useTranslation();
  const { token, forget } = useInvitationToken();
  return (
    <Page title={t('pitch.team.title')}>
      {!token ? (
        <p className="notice">{t('pitch.team.noToken')}</p>
      ) : (
        <Team token={token} onForget={forget} />
      )}
    </Page>
  );
}

function Team({ token, onForget }: { token: string; onForget: () => void }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const money = useMoney();
  const invitation = useQuery<PublicInvitation>(pitchApi.invitationKey(token), {
    load: pitchApi.invitation(token),
  });
  const proposal = useQuery<Proposal>(pitchApi.proposalKey(token), { load: pitchApi.proposal(token) });
  if (!invitation.data)
    return invitation.error ? (
      <PitchProblem error={invitation.error} onRetry={invitation.reload} />
    ) : (
      <Loading />
    );
  const { call, invitee, team } = invitation.data;
  const named = (name: string | null) => name ?? t('pitch.team.erased');
  const readOnly = proposal.data ? proposal.data.status !== 'draft' : true;
  return (
    <>
      <p>
        {t('pitch.team.hello', { name: named(invitee.name) })}{' '}
        <button type="button" className="button button--link" onClick={onForget}>
          {t('pitch.team.notYou')}
        </button>
      </p>
      <section className="card" aria-labelledby="call-heading">
        <h2 id="call-heading">{call.title}</h2>
        {call.description && <p className="prewrap">{call.description}</p>}
        <dl className="facts">
          <dt>{t('pitch.team.deadline')}</dt>
          <dd>{instant(call.deadline)}</dd>
          <dt>{t('pitch.team.ceiling')}</dt>
          <dd>{money(call.ceiling, call.currency)}</dd>
          <dt>{t('pitch.team.teamSize')}</dt>
          <dd>
            {t('pitch.team.teamSizeText', { min: call.eligibility.minTeam, max: call.eligibility.maxTeam })}
          </dd>
          <dt>{t('pitch.team.rubric')}</dt>
          <dd>{call.rubric.map((c) => `${c.label} (${c.weight} %)`).join(', ')}</dd>
          <dt>{t('pitch.team.members')}</dt>
          <dd>{team.map((m) => `${named(m.name)} (${t(`pitch.roles.${m.role}`)})`).join(', ')}</dd>
        </dl>
      </section>
      {proposal.error instanceof ApiProblem || proposal.error ? (
        <PitchProblem error={proposal.error} onRetry={proposal.reload} />
      ) : !proposal.data ? (
        <Loading />
      ) : (
        <>
          {readOnly && (
            <p role="status" className="notice notice--success">
              {t('pitch.draft.submitted', { status: t(`pitch.status.${proposal.data.status}`) })}
            </p>
          )}
          <ProposalDraftForm
            key={proposal.data.id}
            token={token}
            proposal={proposal.data}
            readOnly={readOnly}
            onSaved={(saved) => proposal.update(() => saved)}
          />
          <AttachmentsSection token={token} proposal={proposal.data} readOnly={readOnly} />
        </>
      )}
    </>
  );
}
