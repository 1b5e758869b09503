import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { useLabels } from '../programme/use-labels.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { FactsCard } from '../ui/facts-card.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { localisedCall } from './funding-problem.ts';
import { type Award, fundingAccess, fundingApi, fundingPaths, type MentorCandidate } from './funding.api.ts';
import { MilestoneCard } from './milestone.card.tsx';
import { useMoney } from './money.ts';
import { useSectors } from './use-subjects.ts';

/** One award: its ledger, its milestones (reports, approvals, payments), and the mentor suggested or paired. */
export function AwardPage() {
  const { t } = useTranslation();
  const { day } = useDates();
  const label = useLabels();
  const money = useMoney();
  const sectors = useSectors();
  const can = useAllows();
  const awardId = useParams().id ?? '';
  const { data: award, error, reload } = useQuery<Award>(fundingApi.award(awardId));
  if (!award) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const currency = award.currency;
  const { ledger } = award;
  return (
    <Page title={award.title}>
      <p>
        <Link to={fundingPaths.awards}>{t('funding.awards.back')}</Link>
      </p>
      <FactsCard title={t('funding.awards.ledger')}>
        <dt>{t('funding.call.iprc')}</dt>
        <dd>{label.institution(award.iprc)}</dd>
        <dt>{t('funding.proposal.sector')}</dt>
        <dd>{sectors.name(award.sector)}</dd>
        <dt>{t('funding.awards.awarded')}</dt>
        <dd>{money(ledger.awarded, currency)}</dd>
        <dt>{t('funding.awards.released')}</dt>
        <dd>{money(ledger.released, currency)}</dd>
        <dt>{t('funding.awards.paid')}</dt>
        <dd>{money(ledger.paid, currency)}</dd>
        <dt>{t('funding.awards.outstanding')}</dt>
        <dd>{money(ledger.outstanding, currency)}</dd>
        <dt>{t('funding.awards.mentor')}</dt>
        <dd>{award.mentor ? (award.mentor.name ?? t('funding.erased')) : t('common.none')}</dd>
      </FactsCard>
      <section className="card" aria-labelledby="payments">
        <h2 id="payments">{t('funding.awards.payments')}</h2>
        <DataTable
          rows={ledger.payments}
          rowKey={(p) => p.milestoneId}
          caption={t('funding.awards.payments')}
          empty={t('funding.awards.noPayments')}
          columns={[
            { header: t('funding.payment.date'), rowHeader: true, cell: (p) => day(p.date) },
            {
              header: t('funding.milestone.title'),
              cell: (p) => award.milestones.find((m) => m.id === p.milestoneId)?.title ?? p.milestoneId,
            },
            { header: t('funding.payment.amount'), numeric: true, cell: (p) => money(p.amount, currency) },
            { header: t('funding.payment.reference'), cell: (p) => p.reference },
          ]}
        />
      </section>
      <section aria-labelledby="milestones">
        <h2 id="milestones">{t('funding.awards.milestones')}</h2>
        {award.milestones.map((m) => (
          <MilestoneCard key={m.id} award={award} milestone={m} />
        ))}
      </section>
      {can(fundingAccess.mentors) && <Mentors award={award} />}
    </Page>
  );
}

/** Mentors who consented, best match first, each with the reasons of the match; "Pair" confirms one. */
function Mentors({ award }: { award: Award }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { data, error, reload } = useQuery<{ items: MentorCandidate[] }>(fundingApi.mentors(award.id));
  return (
    <section className="card" aria-labelledby="mentors">
      <h2 id="mentors">{t('funding.mentors.title')}</h2>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data ? (
        !error && <Loading />
      ) : data.items.length === 0 ? (
        <p role="status">{t('funding.mentors.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.items.map((mentor) => {
            const name = mentor.name ?? t('funding.erased');
            const paired = award.mentor?.memberId === mentor.memberId;
            return (
              <li key={mentor.memberId} aria-label={name}>
                <strong>{name}</strong>
                <ul>
                  {mentor.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {paired ? (
                  <p className="notice notice--success">{t('funding.mentors.paired')}</p>
                ) : (
                  can(fundingAccess.pair) && (
                    <ActionButton
                      label={t('funding.mentors.pair', { name })}
                      run={() =>
                        localisedCall(
                          fundingApi.pair(
                            award.id,
                            mentor.memberId,
                            award.mentor ? t('funding.mentors.repairReason') : undefined,
                          ),
                        )
                      }
                    />
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
