import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiForm } from '../ui/form/api-form.tsx';
import { useApiForm } from '../ui/form/use-api-form.ts';
import { TextAreaField, TextField } from '../ui/field.tsx';
import { type Assessment, assessmentApi, type Question, type QuestionsBody } from './assessment.api.ts';
import { localisedCall } from './training-problem.ts';

interface QuestionValues {
  id?: string;
  text: string;
  options: { text: string }[];
  /** The right option's index, as the radio buttons give it. */
  answer: string;
}
interface Values {
  questions: QuestionValues[];
}

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;
const blank = (): QuestionValues => ({ text: '', options: [{ text: '' }, { text: '' }], answer: '' });
const valuesOf = (questions: readonly Question[]): Values => ({
  questions: questions.length
    ? questions.map((q) => ({
        id: q.id,
        text: q.text,
        options: q.options.map((text) => ({ text })),
        answer: String(q.answer),
      }))
    : [blank()],
});

/**
 * The question set of both tests, written and replaced whole (PUT), each question with 2 to 6 options and the right
 * one chosen. Read-only once a trainee took a test on their phone (the API's `questionsLocked`), or the course ended.
 */
export function QuestionEditor(props: {
  assessment: Assessment;
  editable: boolean;
  onChanged: (changed: Assessment) => void;
}) {
  const { t } = useTranslation();
  const { assessment } = props;
  const locked = assessment.questionsLocked;
  return (
    <section className="card" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('assessment.questions.heading')}</h2>
      <p>{t('assessment.questions.intro')}</p>
      {locked && <p className="notice">{t('assessment.questions.locked')}</p>}
      {props.editable && !locked ? (
        <QuestionsForm {...props} />
      ) : assessment.questions.length === 0 ? (
        <p>{t('assessment.questions.none')}</p>
      ) : (
        <ol>
          {assessment.questions.map((question) => (
            <li key={question.id}>
              <p className="prewrap">{question.text}</p>
              <ul>
                {question.options.map((option, index) => (
                  <li key={index}>
                    {option}
                    {index === question.answer && <strong> {t('assessment.questions.rightMark')}</strong>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function QuestionsForm(props: { assessment: Assessment; onChanged: (changed: Assessment) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const api = useApiForm<Values, QuestionsBody>({
    schema: 'QuestionsDto',
    defaultValues: valuesOf(props.assessment.questions),
    toBody: (values) => ({
      questions: values.questions.map((q) => ({
        ...(q.id ? { id: q.id } : {}),
        text: q.text.trim(),
        options: q.options.map((option) => option.text.trim()),
        answer: q.answer === '' ? -1 : Number(q.answer),
      })),
    }),
    messages: {
      'questions.text': t('assessment.questions.textInvalid'),
      'questions.options': t('assessment.questions.optionsInvalid'),
      'questions.answer': t('assessment.questions.answerInvalid'),
      questions: t('assessment.questions.countInvalid'),
    },
    rules: (body) => ({
      'questions.answer':
        body.questions.some((q) => q.answer >= q.options.length) && t('assessment.questions.answerInvalid'),
    }),
    fallback: t('assessment.questions.invalid'),
    onSubmit: async (body) => {
      setSaved(false);
      props.onChanged(
        await localisedCall('assessment', assessmentApi.setQuestions(props.assessment.totId, body)),
      );
      setSaved(true);
    },
  });
  const { fields, append, remove } = useFieldArray({ control: api.form.control, name: 'questions' });
  return (
    <>
      <div role="status">
        {saved && <p className="notice notice--success">{t('assessment.questions.saved')}</p>}
      </div>
      <ApiForm api={api} label={t('assessment.questions.form')} submit={t('assessment.questions.save')}>
        {fields.map((field, index) => (
          <fieldset key={field.id} className="card">
            <legend>{t('assessment.questions.number', { number: index + 1 })}</legend>
            <QuestionFields index={index} />
            {fields.length > 1 && (
              <button type="button" className="button button--secondary" onClick={() => remove(index)}>
                {t('assessment.questions.remove', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p>
          <button type="button" className="button button--secondary" onClick={() => append(blank())}>
            {t('assessment.questions.add')}
          </button>
        </p>
      </ApiForm>
    </>
  );
}

/** One question: its text, its options (2 to 6) and a radio button for the right one. */
function QuestionFields({ index }: { index: number }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<Values>();
  const { fields, append, remove } = useFieldArray({ control, name: `questions.${index}.options` });
  const number = index + 1;
  return (
    <>
      <TextAreaField
        label={t('assessment.questions.text', { number })}
        rows={2}
        required
        {...register(`questions.${index}.text`)}
      />
      <fieldset className="field">
        <legend>{t('assessment.questions.options', { number })}</legend>
        <p className="field__hint">{t('assessment.questions.optionsHint')}</p>
        {fields.map((field, option) => (
          <div key={field.id} className="option-row">
            <TextField
              label={t('assessment.questions.option', { letter: String.fromCharCode(65 + option) })}
              required
              {...register(`questions.${index}.options.${option}.text`)}
            />
            <label className="checkbox">
              <input type="radio" value={String(option)} {...register(`questions.${index}.answer`)} />
              {t('assessment.questions.right', { letter: String.fromCharCode(65 + option) })}
            </label>
            {fields.length > MIN_OPTIONS && (
              <button type="button" className="button button--secondary" onClick={() => remove(option)}>
                {t('assessment.questions.removeOption', { letter: String.fromCharCode(65 + option) })}
              </button>
            )}
          </div>
        ))}
        {fields.length < MAX_OPTIONS && (
          <button type="button" className="button button--secondary" onClick={() => append({ text: '' })}>
            {t('assessment.questions.addOption', { number })}
          </button>
        )}
      </fieldset>
    </>
  );
}
