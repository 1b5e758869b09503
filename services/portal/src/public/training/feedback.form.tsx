import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/http.ts';
import { useQuery } from '../../api/use-query.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { TextAreaField } from '../../ui/field.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { type PublicTest, type Ratings, traineeApi } from './trainee.api.ts';
import { localised } from './trainee-problem.ts';

const items = [
  'content',
  'trainer',
  'relevance',
  'organisation',
] as const satisfies readonly (keyof Ratings)[];
const scale = [1, 2, 3, 4, 5] as const;

/** The end-of-course survey, once the post-test has opened (the training service's rule): four ratings and a comment. */
export function FeedbackSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data: post } = useQuery<PublicTest>(traineeApi.testKey(code, 'post'), {
    load: traineeApi.test(code, 'post'),
  });
  const [given, setGiven] = useState<'now' | 'before' | null>(null);
  if (!post || post.status === 'pending') return null;
  return (
    <section className="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('trainee.feedback.heading')}</h2>
      {given ? (
        <p role="status" className="notice notice--success">
          {t(given === 'now' ? 'trainee.feedback.thanks' : 'trainee.feedback.given')}
        </p>
      ) : (
        <FeedbackForm code={code} onGiven={setGiven} />
      )}
    </section>
  );
}

function FeedbackForm({ code, onGiven }: { code: string; onGiven: (when: 'now' | 'before') => void }) {
  const { t } = useTranslation();
  const form = useFormAction(async (data) => {
    const rating = (item: keyof Ratings) => Number(data.get(item) ?? 0);
    const ratings: Ratings = {
      content: rating('content'),
      trainer: rating('trainer'),
      relevance: rating('relevance'),
      organisation: rating('organisation'),
    };
    check(Object.fromEntries(items.map((item) => [item, !ratings[item] && t('trainee.feedback.missing')])));
    try {
      await traineeApi.feedback(code, ratings, String(data.get('comment') ?? '').trim());
      onGiven('now');
    } catch (error) {
      // Answered before (on another phone, or the answer of a first try was lost): nothing more to do.
      if (error instanceof ApiProblem && error.code === 'feedback.given') onGiven('before');
      else throw localised(error);
    }
  });
  return (
    <ActionForm
      form={form}
      label={t('trainee.feedback.form')}
      submit={t('trainee.feedback.submit')}
      className="form form--public"
      intro={<p>{t('trainee.feedback.intro')}</p>}
    >
      {items.map((item) => {
        const problem = form.fieldErrors[item];
        return (
          <fieldset
            key={item}
            className={problem ? 'field field--invalid' : 'field'}
            aria-describedby={problem ? `feedback-${item}-error` : undefined}
          >
            <legend>{t(`trainee.feedback.items.${item}`)}</legend>
            {problem && (
              <p id={`feedback-${item}-error`} className="field__error">
                {problem}
              </p>
            )}
            <div className="checkboxes">
              {scale.map((value) => (
                <label key={value} className="checkbox">
                  <input type="radio" name={item} value={value} aria-invalid={problem ? true : undefined} />
                  {t(`trainee.feedback.scale.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <TextAreaField
        label={t('trainee.feedback.comment')}
        hint={t('trainee.feedback.commentHint')}
        name="comment"
        maxLength={1000}
        rows={4}
      />
    </ActionForm>
  );
}
