import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { DateField } from '../ui/date-field.tsx';
import { DownloadButton } from '../ui/download-button.tsx';
import { TextAreaField, TextField } from '../ui/field.tsx';
import { parseDay, useDates } from '../ui/dates.ts';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { localised, localisedCall } from './funding-problem.ts';
import { type Award, type AwardMilestone, fundingAccess, fundingApi } from './funding.api.ts';
import { useMoney } from './money.ts';

/** One milestone of an award: its report and evidence, then approve / return with a reason / record the payment. */
export function MilestoneCard(props: { award: Award; milestone: AwardMilestone }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const money = useMoney();
  const can = useAllows();
  const { award, milestone: m } = props;
  const currency = award.currency;
  const [returning, setReturning] = useState(false);
  const returnForm = useFormAction(async (data) => {
    const reason = String(data.get('reason') ?? '').trim();
    check({ reason: !reason && t('funding.milestone.reasonRequired') });
    try {
      await fundingApi.returnMilestone(award.id, m.id, reason);
    } catch (failure) {
      throw localised(failure);
    }
    setReturning(false);
  });
  const payForm = useFormAction(async (data) => {
    const date = String(data.get('date') ?? '');
    const amount = Number(String(data.get('amount') ?? '').trim() || Number.NaN);
    const reference = String(data.get('reference') ?? '').trim();
    check({
      date: !parseDay(date) && t('funding.payment.dateInvalid'),
      amount:
        amount !== m.amount && t('funding.payment.amountTranche', { amount: money(m.amount, currency) }),
      reference: !reference && t('funding.payment.referenceRequired'),
    });
    try {
      await fundingApi.pay(award.id, m.id, { date, amount, reference });
    } catch (failure) {
      throw localised(failure);
    }
  });
  return (
    <article className="card" aria-labelledby={`milestone-${m.id}`}>
      <h3 id={`milestone-${m.id}`}>{m.title}</h3>
      <p>
        {t('funding.milestone.line', { due: day(m.due), amount: money(m.amount, currency) })}{' '}
        <span className={`badge badge--${m.status}`}>{t(`funding.milestoneStatus.${m.status}`)}</span>
      </p>
      {m.returned && m.status === 'returned' && (
        <p className="notice">{t('funding.milestone.returnedBecause', { reason: m.returned.reason })}</p>
      )}
      {m.report && (
        <div>
          <h4>{t('funding.milestone.report')}</h4>
          <p className="prewrap">{m.report.narrative}</p>
          <p>{t('funding.milestone.jobsCreated', { count: m.report.figures.jobsCreated })}</p>
          <ul className="plain-list">
            {m.evidence
              .filter((e) => m.report!.evidence.includes(e.id))
              .map((e) => (
                <li key={e.id}>
                  <DownloadButton
                    label={t('funding.proposal.download', { name: e.name })}
                    name={e.name}
                    file={() => fundingApi.evidence(award.id, m.id, e.id)}
                    problemOf={(failure) => localised(failure)}
                  />
                </li>
              ))}
          </ul>
        </div>
      )}
      {m.payment && (
        <p>
          {t('funding.payment.done', {
            date: day(m.payment.date),
            amount: money(m.payment.amount, currency),
            reference: m.payment.reference,
          })}
        </p>
      )}
      {m.status === 'reported' && (
        <div className="actions">
          {can(fundingAccess.approveMilestone) && (
            <ActionButton
              label={t('funding.milestone.approve', { title: m.title })}
              className="button"
              run={() => localisedCall(fundingApi.approveMilestone(award.id, m.id))}
            />
          )}
          {can(fundingAccess.returnMilestone) && !returning && (
            <button type="button" className="button button--secondary" onClick={() => setReturning(true)}>
              {t('funding.milestone.return')}
            </button>
          )}
        </div>
      )}
      {m.status === 'reported' && returning && (
        <ActionForm
          form={returnForm}
          label={t('funding.milestone.returnForm', { title: m.title })}
          submit={t('funding.milestone.returnSubmit')}
          cancel={
            <button type="button" className="button button--secondary" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </button>
          }
        >
          <TextAreaField name="reason" label={t('funding.milestone.reason')} rows={3} required />
        </ActionForm>
      )}
      {m.status === 'approved' && can(fundingAccess.pay) && (
        <ActionForm
          form={payForm}
          label={t('funding.payment.form', { title: m.title })}
          submit={t('funding.payment.submit')}
        >
          <DateField name="date" label={t('funding.payment.date')} error={payForm.fieldErrors.date} />
          <TextField
            name="amount"
            label={t('funding.payment.amount')}
            inputMode="numeric"
            defaultValue={String(m.amount)}
            required
          />
          <TextField name="reference" label={t('funding.payment.reference')} required maxLength={100} />
        </ActionForm>
      )}
    </article>
  );
}
