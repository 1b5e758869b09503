import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, PanelScore, Scorecard } from './selection.api.ts';

/** Reviewers' scorecards side by side, with the panel's mean, range and disagreements. */
export function Scorecards(props: {
  title: string;
  scorecards: Pick<Scorecard, 'reviewerName' | 'scores' | 'total' | 'comment'>[];
  panel: PanelScore | null;
  criteria: Criterion[];
}) {
  const { t } = useTranslation();
  const { panel } = props;
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{props.title}</h2>
      {props.scorecards.length === 0 ? (
        <p>{t('review.noScores')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.reviewer')}</th>
                {props.criteria.map((c) => (
                  <th key={c.code} scope="col" className="number">
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('review.total')}
                </th>
                <th scope="col">{t('review.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {props.scorecards.map((card) => (
                <tr key={card.reviewerName}>
                  <th scope="row">{card.reviewerName}</th>
                  {props.criteria.map((c) => (
                    <td key={c.code} className="number">
                      {card.scores[c.code] ?? t('common.none')}
                    </td>
                  ))}
                  <td className="number">{card.total}</td>
                  <td>{card.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {panel && panel.reviewers > 0 && (
        <p>
          {t('review.panelScore', {
            mean: panel.mean,
            lowest: panel.lowest,
            highest: panel.highest,
            count: panel.reviewers,
          })}
        </p>
      )}
      {panel && panel.disagreement.length > 0 && (
        <div className="notice">
          <p>{t('review.disagreement')}</p>
          <ul>
            {panel.disagreement.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
