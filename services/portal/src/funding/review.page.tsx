import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { localisedCall } from './funding-problem.ts';
import { type Call, fundingAccess, fundingApi, fundingPaths, type Review } from './funding.api.ts';
import { QualificationSection } from './qualification.section.tsx';
import { oneDecimal, ScoreCard } from './score.card.tsx';

/** A call's review: the qualifying round, the committee's scores per proposal, the ranking and the shortlist. */
export function ReviewPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const callId = useParams().id ?? '';
  const call = useQuery<Call>(fundingApi.call(callId));
  const review = useQuery<Review>(fundingApi.review(callId));
  if (!call.data) return call.error ? <LoadError error={call.error} onRetry={call.reload} /> : <Loading />;
  // The service answers them best ranked first, those still hidden after.
  const ranked = review.data?.items ?? [];
  return (
    <Page title={t('funding.review.heading', { title: call.data.title })}>
      <p>
        <Link to={fundingPaths.call(callId)}>{t('funding.review.back')}</Link>
      </p>
      {can(fundingAccess.qualify) && <QualificationSection callId={callId} onChanged={review.reload} />}
      {review.error ? <LoadError error={review.error} onRetry={review.reload} /> : null}
      {!review.data ? (
        !review.error && <Loading />
      ) : (
        <>
          <section aria-labelledby="scoring">
            <h2 id="scoring">{t('funding.review.scoring')}</h2>
            <p>{review.data.rankingRule}</p>
            <p>{review.data.disagreementRule}</p>
            <p>
              {t('funding.review.screening', {
                unscreened: review.data.unscreened,
                disqualified: review.data.disqualified,
              })}
            </p>
            {ranked.length === 0 && <p role="status">{t('funding.review.noneQualified')}</p>}
            {ranked.map((item) => (
              <ScoreCard
                key={item.proposalId}
                item={item}
                rubric={review.data!.rubric}
                shortlisted={review.data!.shortlisted}
                onChanged={review.reload}
              />
            ))}
          </section>
          <section className="card" aria-labelledby="ranking">
            <h2 id="ranking">{t('funding.review.ranking')}</h2>
            <DataTable
              rows={ranked}
              rowKey={(item) => item.proposalId}
              caption={t('funding.review.rankingCaption')}
              empty={t('funding.review.noneQualified')}
              columns={[
                {
                  header: t('funding.review.rank'),
                  numeric: true,
                  cell: (item) => item.rank ?? t('funding.review.hidden'),
                },
                { header: t('funding.proposal.titleLabel'), rowHeader: true, cell: (item) => item.title },
                {
                  header: t('funding.review.meanHeader'),
                  numeric: true,
                  cell: (item) => (item.mean === null ? t('funding.review.hidden') : oneDecimal(item.mean)),
                },
                { header: t('funding.proposal.jobs'), numeric: true, cell: (item) => item.jobsExpected },
                {
                  header: t('funding.review.flag'),
                  cell: (item) => (item.disagreement ? t('funding.review.disagreement') : t('common.none')),
                },
              ]}
            />
            {review.data.shortlisted ? (
              <p className="notice notice--success">{t('funding.review.shortlistMade')}</p>
            ) : (
              can(fundingAccess.shortlist) && (
                <ActionButton
                  label={t('funding.review.shortlist')}
                  className="button"
                  run={() => localisedCall(fundingApi.shortlist(callId))}
                />
              )
            )}
          </section>
        </>
      )}
    </Page>
  );
}
