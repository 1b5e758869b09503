import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { TextAreaField, TextField } from '../ui/field.tsx';
import { useDates } from '../ui/dates.ts';
import { FactsCard } from '../ui/facts-card.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { localised, localisedCall } from './funding-problem.ts';
import { type Allocation, fundingAccess, fundingApi, fundingPaths } from './funding.api.ts';
import { useMoney } from './money.ts';

/**
 * The proposed awards, line by line with the reason in words (from the service's allocation rule), their totals
 * within the fund; the programme manager approves them as they stand, or adjusts them with a written reason.
 */
export function AllocationPage() {
  const { t } = useTranslation();
  const { instant } = useDates();
  const money = useMoney();
  const can = useAllows();
  const callId = useParams().id ?? '';
  const { data, error, reload } = useQuery<Allocation>(fundingApi.allocation(callId));
  const [adjusting, setAdjusting] = useState(false);
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const currency = data.fund.currency;
  const approvable = !data.approval && can(fundingAccess.approve) && data.lines.length > 0;
  return (
    <Page title={t('funding.allocation.title')}>
      <p>
        <Link to={fundingPaths.call(callId)}>{t('funding.review.back')}</Link>
      </p>
      <p>{data.ruleText}</p>
      <DataTable
        rows={data.lines}
        rowKey={(line) => line.proposalId}
        caption={t('funding.allocation.caption')}
        empty={t('funding.allocation.empty')}
        columns={[
          { header: t('funding.review.rank'), numeric: true, cell: (line) => line.rank },
          {
            header: t('funding.proposal.titleLabel'),
            rowHeader: true,
            cell: (line) => <Link to={fundingPaths.proposal(line.proposalId)}>{line.title}</Link>,
          },
          {
            header: t('funding.proposal.requested'),
            numeric: true,
            cell: (line) => money(line.requested, currency),
          },
          {
            header: t('funding.allocation.decision'),
            cell: (line) => t(`funding.allocation.decisions.${line.decision}`),
          },
          {
            header: t('funding.allocation.amount'),
            numeric: true,
            cell: (line) => money(line.amount, currency),
          },
          { header: t('funding.allocation.reason'), cell: (line) => line.reason },
        ]}
      />
      <FactsCard title={t('funding.allocation.totals')}>
        <dt>{t('funding.calls.fund')}</dt>
        <dd>{money(data.fund.amount, currency)}</dd>
        <dt>{t('funding.allocation.awarded')}</dt>
        <dd>{money(data.awarded, currency)}</dd>
        <dt>{t('funding.allocation.left')}</dt>
        <dd>{money(data.left, currency)}</dd>
        {data.approval && (
          <>
            <dt>{t('funding.allocation.approvedAt')}</dt>
            <dd>
              {t('funding.allocation.approvedBy', { by: data.approval.by, at: instant(data.approval.at) })}
            </dd>
            <dt>{t('funding.allocation.approvedAwards')}</dt>
            <dd>
              {t('funding.allocation.approvedTotal', {
                count: data.approval.awards.length,
                total: money(data.approval.awarded, currency),
              })}
            </dd>
            {data.approval.reason && (
              <>
                <dt>{t('funding.allocation.reason')}</dt>
                <dd className="prewrap">{data.approval.reason}</dd>
              </>
            )}
          </>
        )}
      </FactsCard>
      {approvable && !adjusting && (
        <div className="actions">
          <ActionButton
            label={t('funding.allocation.approve')}
            className="button"
            run={() => localisedCall(fundingApi.approve(callId, {}))}
          />
          <button type="button" className="button button--secondary" onClick={() => setAdjusting(true)}>
            {t('funding.allocation.adjust')}
          </button>
        </div>
      )}
      {approvable && adjusting && (
        <AdjustForm
          allocation={data}
          onDone={() => setAdjusting(false)}
          onCancel={() => setAdjusting(false)}
        />
      )}
    </Page>
  );
}

/** Another amount per proposal (0: none), within the fund, and the reason for the change, in words. */
function AdjustForm(props: { allocation: Allocation; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { allocation } = props;
  const form = useFormAction(async (data) => {
    const awards = allocation.lines.map((line) => ({
      proposalId: line.proposalId,
      amount: Number(String(data.get(`amount-${line.proposalId}`) ?? '').trim() || Number.NaN),
    }));
    const reason = String(data.get('reason') ?? '').trim();
    const total = awards.reduce((sum, a) => sum + (Number.isInteger(a.amount) ? a.amount : 0), 0);
    check({
      ...Object.fromEntries(
        awards.map((a, index) => {
          const line = allocation.lines[index]!;
          const ok = Number.isInteger(a.amount) && a.amount >= 0 && a.amount <= line.requested;
          return [
            `amount-${a.proposalId}`,
            !ok && t('funding.allocation.amountRange', { title: line.title }),
          ];
        }),
      ),
      reason: !reason && t('funding.allocation.reasonRequired'),
      total: total > allocation.fund.amount && t('funding.allocation.overFund'),
    });
    try {
      await fundingApi.approve(allocation.callId, { awards: awards.filter((a) => a.amount > 0), reason });
    } catch (failure) {
      throw localised(failure);
    }
    props.onDone();
  });
  return (
    <ActionForm
      form={form}
      label={t('funding.allocation.adjustForm')}
      submit={t('funding.allocation.approveAdjusted')}
      cancel={
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      }
    >
      {allocation.lines.map((line) => (
        <TextField
          key={line.proposalId}
          name={`amount-${line.proposalId}`}
          label={t('funding.allocation.amountOf', { title: line.title })}
          inputMode="numeric"
          defaultValue={String(line.amount)}
        />
      ))}
      <TextAreaField name="reason" label={t('funding.allocation.adjustReason')} rows={3} required />
    </ActionForm>
  );
}
