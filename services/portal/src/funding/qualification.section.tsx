import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { TextAreaField } from '../ui/field.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { ProposalStatusBadge } from './call-status.tsx';
import { localised, localisedCall } from './funding-problem.ts';
import { fundingApi, fundingPaths, type ProposalSummary, type ScreeningOutcome } from './funding.api.ts';

const screenable = new Set(['submitted', 'qualified', 'disqualified']);

/**
 * The qualifying round (programme manager): the service checks each submitted proposal against the call's rules
 * and answers every rule failed; the manager may also disqualify with reasons of their own.
 */
export function QualificationSection({ callId, onChanged }: { callId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery<{ items: ProposalSummary[] }>(fundingApi.proposals(callId));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const proposals = data.items.filter((p) => screenable.has(p.status));
  return (
    <section className="card" aria-labelledby="qualification">
      <h2 id="qualification">{t('funding.qualification.title')}</h2>
      <p>{t('funding.qualification.intro')}</p>
      {proposals.length === 0 ? (
        <p role="status">{t('funding.qualification.none')}</p>
      ) : (
        <ul className="plain-list">
          {proposals.map((p) => (
            <li key={p.id}>
              <Screening proposal={p} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Screening({ proposal, onChanged }: { proposal: ProposalSummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ScreeningOutcome>();
  const [disqualifying, setDisqualifying] = useState(false);
  const form = useFormAction(async (data) => {
    const reasons = String(data.get('reasons') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    check({ reasons: reasons.length === 0 && t('funding.qualification.reasonRequired') });
    try {
      setOutcome(await fundingApi.qualify(proposal.id, { qualified: false, reasons }));
    } catch (failure) {
      throw localised(failure);
    }
    onChanged();
    setDisqualifying(false);
  });
  const name = proposal.title || t('funding.untitled');
  return (
    <article aria-label={name}>
      <h3>
        <Link to={fundingPaths.proposal(proposal.id)}>{name}</Link>{' '}
        <ProposalStatusBadge status={proposal.status} />
      </h3>
      <div role="status">
        {outcome && (
          <div className={outcome.qualified ? 'notice notice--success' : 'notice'}>
            <p>{t(outcome.qualified ? 'funding.qualification.passed' : 'funding.qualification.failed')}</p>
            {outcome.reasons.length > 0 && (
              <ul>
                {outcome.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {proposal.status === 'submitted' && !outcome && (
        <div className="actions">
          <ActionButton
            label={t('funding.qualification.check', { title: name })}
            className="button"
            run={async () => {
              setOutcome(await localisedCall(fundingApi.qualify(proposal.id, {})));
              onChanged();
            }}
          />
          {!disqualifying && (
            <button type="button" className="button button--secondary" onClick={() => setDisqualifying(true)}>
              {t('funding.qualification.disqualify')}
            </button>
          )}
        </div>
      )}
      {disqualifying && !outcome && (
        <ActionForm
          form={form}
          label={t('funding.qualification.disqualifyForm', { title: name })}
          submit={t('funding.qualification.disqualifySubmit')}
          cancel={
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDisqualifying(false)}
            >
              {t('common.cancel')}
            </button>
          }
        >
          <TextAreaField
            name="reasons"
            label={t('funding.qualification.reasons')}
            hint={t('funding.qualification.reasonsHint')}
            rows={3}
            required
          />
        </ActionForm>
      )}
    </article>
  );
}
