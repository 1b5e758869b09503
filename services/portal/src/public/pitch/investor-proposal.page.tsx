import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query.ts';
import { localised } from '../../funding/funding-problem.ts';
import { useMoney } from '../../funding/money.ts';
import { BudgetAndMilestones } from '../../funding/proposal-facts.tsx';
import { useSectors } from '../../funding/use-subjects.ts';
import { useLabels } from '../../programme/use-labels.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { ChoiceField, TextAreaField, TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/form-alert.tsx';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { PitchProblem } from './pitch.page.tsx';
import {
  type InvestorProposal,
  instruments,
  investorTermsVersion,
  pitchApi,
  pitchPaths,
} from './pitch.api.ts';

/** A matched proposal: its teaser; after "Express interest" (the confidentiality terms), in full, and pledges. */
export function InvestorProposalPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const label = useLabels();
  const sectors = useSectors();
  const proposalId = useParams().id ?? '';
  const {
    data: p,
    error,
    reload,
    update,
  } = useQuery<InvestorProposal>(pitchApi.investorProposal(proposalId));
  const [accepting, setAccepting] = useState<unknown>(null);
  if (!p) return error ? <PitchProblem error={error} onRetry={reload} /> : <Loading />;
  return (
    <Page title={p.title}>
      <p>
        <Link to={pitchPaths.matches}>{t('pitch.matches.back')}</Link>
      </p>
      <section className="card" aria-labelledby="teaser">
        <h2 id="teaser">{t('pitch.proposal.teaser')}</h2>
        <p>
          {sectors.name(p.sector)} · {label.institution(p.iprc)}
        </p>
        <p className="prewrap">{p.summary}</p>
        <p>
          {t('pitch.matches.asks', {
            amount: money(p.requested.amount, p.requested.currency),
            jobs: p.jobsExpected,
          })}
        </p>
        <ul>
          {p.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </section>
      {!p.interestExpressed ? (
        <section className="card" aria-labelledby="interest">
          <h2 id="interest">{t('pitch.proposal.interest')}</h2>
          <p id="confidentiality">{t('pitch.proposal.confidentiality')}</p>
          <p className="field__hint">{t('pitch.invest.termsVersion', { version: investorTermsVersion })}</p>
          <FormAlert error={accepting} />
          <button
            type="button"
            className="button"
            aria-describedby="confidentiality"
            onClick={() => {
              setAccepting(null);
              pitchApi.express(p.proposalId).then(
                (full) => update(() => full),
                (failure: unknown) => setAccepting(localised(failure, 'pitch')),
              );
            }}
          >
            {t('pitch.proposal.express')}
          </button>
        </section>
      ) : (
        <>
          {p.details && (
            <section className="card" aria-labelledby="full">
              <h2 id="full">{t('pitch.proposal.full')}</h2>
              <h3>{t('pitch.draft.problem')}</h3>
              <p className="prewrap">{p.details.problem}</p>
              <h3>{t('pitch.draft.localNeed')}</h3>
              <p className="prewrap">{p.details.localNeed}</p>
              <h3>{t('pitch.draft.solution')}</h3>
              <p className="prewrap">{p.details.solution}</p>
              <BudgetAndMilestones
                currency={p.details.currency}
                budget={p.details.budget}
                milestones={p.details.milestones}
              />
            </section>
          )}
          <PledgeSection proposal={p} onPledged={reload} />
        </>
      )}
    </Page>
  );
}

function PledgeSection({ proposal, onPledged }: { proposal: InvestorProposal; onPledged: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [pledgeId, setPledgeId] = useState(() => crypto.randomUUID());
  const currency = proposal.requested.currency;
  const form = useFormAction(async (data) => {
    const amount = Number(String(data.get('amount') ?? '').trim() || Number.NaN);
    const instrument = String(data.get('instrument') ?? '');
    const conditions = String(data.get('conditions') ?? '').trim();
    check({
      amount: !(Number.isInteger(amount) && amount >= 1) && t('pitch.pledge.amountInvalid'),
      instrument: !instruments.includes(instrument as never) && t('pitch.pledge.instrumentRequired'),
    });
    try {
      await pitchApi.pledge(proposal.proposalId, {
        id: pledgeId,
        amount,
        currency,
        instrument: instrument as (typeof instruments)[number],
        ...(conditions && { conditions }),
      });
    } catch (failure) {
      throw localised(failure, 'pitch');
    }
    setPledgeId(crypto.randomUUID());
    onPledged();
  });
  return (
    <section className="card" aria-labelledby="pledges">
      <h2 id="pledges">{t('pitch.pledge.title')}</h2>
      {proposal.pledges.length > 0 && (
        <ul>
          {proposal.pledges.map((p) => (
            <li key={p.pledgeId}>
              {t('pitch.pledge.made', {
                amount: money(p.pledged.amount, p.pledged.currency),
                instrument: t(`pitch.instruments.${p.instrument}`),
              })}
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        form={form}
        label={t('pitch.pledge.title')}
        submit={t('pitch.pledge.submit')}
        className="form form--public"
      >
        <TextField
          name="amount"
          label={t('pitch.pledge.amount', { currency })}
          inputMode="numeric"
          required
        />
        <ChoiceField
          name="instrument"
          label={t('pitch.pledge.instrument')}
          options={instruments.map((k) => ({ value: k, label: t(`pitch.instruments.${k}`) }))}
        />
        <TextAreaField name="conditions" label={t('pitch.pledge.conditions')} rows={3} />
      </ActionForm>
    </section>
  );
}
