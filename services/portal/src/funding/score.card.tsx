import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAllows } from '../auth/use-session.ts';
import { ActionForm } from '../ui/action-form.tsx';
import { type Column, DataTable } from '../ui/data-table.tsx';
import { TextAreaField, TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { localised } from './funding-problem.ts';
import {
  type CriterionScore,
  fundingAccess,
  fundingApi,
  fundingPaths,
  type MemberScore,
  type ReviewItem,
  type RubricCriterion,
} from './funding.api.ts';

export const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();
const scoreOf = (scores: readonly CriterionScore[], key: string) =>
  scores.find((s) => s.criterion === key)?.score;

/**
 * One qualified proposal in the committee's round: the caller's own score per criterion (or their recusal), and
 * the others' scores only once the service shows them (once the caller's own score or recusal is in).
 */
export function ScoreCard(props: {
  item: ReviewItem;
  rubric: RubricCriterion[];
  shortlisted: boolean;
  /** After a score or a recusal: the review is fetched again (the others' scores may show now). */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const can = useAllows();
  const { item, rubric } = props;
  const [declaring, setDeclaring] = useState(false);
  const scoreForm = useFormAction(async (data) => {
    const typed = (key: string) => Number(String(data.get(`score-${key}`) ?? '').trim() || Number.NaN);
    const scores = rubric.map((c) => ({ criterion: c.key, score: typed(c.key) }));
    check(
      Object.fromEntries(
        rubric.map((c) => {
          const n = typed(c.key);
          const ok = Number.isInteger(n) && n >= 0 && n <= c.max;
          return [`score-${c.key}`, !ok && t('funding.score.range', { label: c.label, max: c.max })];
        }),
      ),
    );
    try {
      await fundingApi.score(item.proposalId, scores, String(data.get('comment') ?? '').trim());
    } catch (failure) {
      throw localised(failure);
    }
    props.onChanged();
  });
  const conflictForm = useFormAction(async (data) => {
    const reason = String(data.get('reason') ?? '').trim();
    check({ reason: !reason && t('funding.conflict.reasonRequired') });
    try {
      await fundingApi.conflict(item.proposalId, reason);
    } catch (failure) {
      throw localised(failure);
    }
    setDeclaring(false);
    props.onChanged();
  });
  const title = item.title || t('funding.untitled');
  const open = !props.shortlisted;
  const columns: Column<MemberScore>[] = [
    { header: t('funding.review.member'), rowHeader: true, cell: (s) => s.name ?? t('funding.erased') },
    ...rubric.map((c) => ({
      header: c.label,
      numeric: true,
      cell: (s: MemberScore) => scoreOf(s.scores, c.key) ?? t('common.none'),
    })),
    { header: t('funding.review.total'), numeric: true, cell: (s) => oneDecimal(s.total) },
    { header: t('funding.score.comment'), cell: (s) => s.comment || t('common.none') },
  ];
  return (
    <article className="card" aria-labelledby={`review-${item.proposalId}`}>
      <h3 id={`review-${item.proposalId}`}>
        <Link to={fundingPaths.proposal(item.proposalId)}>{title}</Link>
      </h3>
      <p>
        {t('funding.review.counts', { scored: item.scoreCount, recusals: item.recusalCount })}
        {item.disagreement && (
          <strong className="badge badge--warning"> {t('funding.review.disagreement')}</strong>
        )}
      </p>
      {item.recused ? (
        <p className="notice">{t('funding.review.recused')}</p>
      ) : (
        can(fundingAccess.score) &&
        open && (
          <ActionForm
            form={scoreForm}
            label={t('funding.score.form', { title })}
            submit={item.mine ? t('funding.score.change') : t('funding.score.submit')}
          >
            {rubric.map((c) => (
              <TextField
                key={c.key}
                name={`score-${c.key}`}
                label={t('funding.score.criterion', { label: c.label, max: c.max, weight: c.weight })}
                inputMode="numeric"
                defaultValue={item.mine ? String(scoreOf(item.mine.scores, c.key) ?? '') : ''}
                required
              />
            ))}
            <TextAreaField
              name="comment"
              label={t('funding.score.comment')}
              rows={2}
              defaultValue={item.mine?.comment ?? ''}
            />
          </ActionForm>
        )
      )}
      {item.mine && <p>{t('funding.review.ownTotal', { total: oneDecimal(item.mine.total) })}</p>}
      {!item.mine &&
        !item.recused &&
        open &&
        can(fundingAccess.conflict) &&
        (declaring ? (
          <ActionForm
            form={conflictForm}
            label={t('funding.conflict.form', { title })}
            submit={t('funding.conflict.submit')}
            cancel={
              <button type="button" className="button button--secondary" onClick={() => setDeclaring(false)}>
                {t('common.cancel')}
              </button>
            }
          >
            <TextAreaField name="reason" label={t('funding.conflict.reason')} rows={2} required />
          </ActionForm>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setDeclaring(true)}>
            {t('funding.conflict.declare', { title })}
          </button>
        ))}
      {!item.visible || item.scores === null ? (
        <p className="notice">{t('funding.review.othersHidden')}</p>
      ) : (
        <>
          <p>
            {item.mean === null
              ? t('funding.review.noMean')
              : t('funding.review.mean', { mean: oneDecimal(item.mean) })}
          </p>
          <DataTable
            rows={item.scores}
            rowKey={(s) => s.memberId}
            caption={t('funding.review.scoresCaption', { title })}
            empty={t('funding.review.noScores')}
            columns={columns}
          />
          {item.recusals.length > 0 && (
            <ul>
              {item.recusals.map((r) => (
                <li key={r.memberId}>
                  {t('funding.review.recusal', {
                    name: r.name ?? t('funding.erased'),
                    reason: r.reason ?? '',
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </article>
  );
}
