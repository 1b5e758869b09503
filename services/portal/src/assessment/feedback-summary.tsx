import { useTranslation } from 'react-i18next';
import { type Feedback, feedbackItems } from './assessment.api.ts';

/** The end-of-course survey: how many answered, each item's mean (1–5), and the comments without names. */
export function FeedbackSummary({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('assessment.feedback.heading')}</h2>
      <p>{t('assessment.feedback.count', { count: feedback.count })}</p>
      {feedback.means && (
        <dl className="facts">
          {feedbackItems.map((item) => (
            <div key={item}>
              <dt>{t(`assessment.feedback.items.${item}`)}</dt>
              <dd>{t('assessment.feedback.mean', { mean: feedback.means![item].toFixed(2) })}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('assessment.feedback.comments')}</h3>
      {feedback.comments.length === 0 ? (
        <p>{t('assessment.feedback.noComments')}</p>
      ) : (
        <ul className="plain-list">
          {feedback.comments.map((comment, index) => (
            <li key={index}>
              <blockquote className="prewrap">{comment}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
