import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { type PublicTest, type TestKind, traineeApi } from './trainee.api.ts';
import { localisedCall, traineeMessage } from './trainee-problem.ts';

/** A pre- or post-test on the trainee's phone: its state, the questions while it is open, then their score. */
export function TestSection({ code, kind }: { code: string; kind: TestKind }) {
  const { t } = useTranslation();
  const { data, error, update } = useQuery<PublicTest>(traineeApi.testKey(code, kind), {
    load: traineeApi.test(code, kind),
  });
  const heading = `${kind}-test-heading`;
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t(`trainee.test.${kind}`)}</h2>
      {!data ? (
        error ? (
          <p role="alert">{traineeMessage(error)}</p>
        ) : null
      ) : data.score !== null ? (
        <p role="status" className="notice notice--success">
          {t('trainee.test.score', { score: Math.round(data.score) })}
        </p>
      ) : data.status === 'open' && data.questions.length > 0 ? (
        <TestForm
          code={code}
          test={data}
          onScored={(score) => update((test) => ({ ...test, questions: [], score }))}
        />
      ) : (
        <p>{t(data.status === 'pending' ? 'trainee.test.pending' : 'trainee.test.closed')}</p>
      )}
    </section>
  );
}

/** One question per card, its options as radio buttons; every question answered before it is sent. */
function TestForm({
  code,
  test,
  onScored,
}: {
  code: string;
  test: PublicTest;
  onScored: (score: number) => void;
}) {
  const { t } = useTranslation();
  const total = test.questions.length;
  const form = useFormAction(async (data) => {
    const answers = test.questions.map((question) => Number(data.get(question.id) ?? -1));
    check(
      Object.fromEntries(
        test.questions.map((question, index) => [
          question.id,
          answers[index]! < 0 && t('trainee.test.unanswered', { number: index + 1 }),
        ]),
      ),
    );
    onScored((await localisedCall(traineeApi.take(code, test.kind, answers))).score);
  });
  return (
    <ActionForm
      form={form}
      label={t(`trainee.test.form.${test.kind}`)}
      submit={t('trainee.test.submit')}
      className="form form--public"
      intro={<p>{t('trainee.test.intro', { count: total })}</p>}
    >
      {test.questions.map((question, index) => {
        const problem = form.fieldErrors[question.id];
        const errorId = `${test.kind}-${question.id}-error`;
        return (
          <fieldset
            key={question.id}
            className={problem ? 'card field field--invalid' : 'card field'}
            aria-describedby={problem ? errorId : undefined}
          >
            <legend>
              {t('trainee.test.question', { number: index + 1, total })} {question.text}
            </legend>
            {problem && (
              <p id={errorId} className="field__error">
                {problem}
              </p>
            )}
            <div className="checkboxes">
              {question.options.map((option, choice) => (
                <label key={choice} className="checkbox checkbox--top">
                  <input
                    type="radio"
                    name={question.id}
                    value={choice}
                    aria-invalid={problem ? true : undefined}
                  />
                  {option}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </ActionForm>
  );
}
