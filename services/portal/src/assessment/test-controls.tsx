import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { useDates } from '../ui/dates.ts';
import { FormAlert } from '../ui/form-alert.tsx';
import { TextField } from '../ui/field.tsx';
import { Invalid } from '../ui/use-form-action.ts';
import {
  type Assessment,
  assessmentAccess,
  assessmentApi,
  type TestKind,
  testKinds,
} from './assessment.api.ts';
import { localisedCall } from './training-problem.ts';

type Changed = (changed: Assessment) => void;

/** Each test's status with the button that opens or closes it; then the scores entered by hand. */
export function TestControls(props: { assessment: Assessment; running: boolean; onChanged: Changed }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const can = useAllows();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string>();
  const { assessment } = props;
  const act = (kind: TestKind, open: boolean) => {
    if (pending) return;
    setPending(true);
    setError(null);
    setDone(undefined);
    const call = open ? assessmentApi.open : assessmentApi.close;
    localisedCall('assessment', call(assessment.totId, kind))
      .then((changed) => {
        props.onChanged(changed);
        setDone(t(open ? `assessment.tests.opened.${kind}` : `assessment.tests.closed.${kind}`));
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => setPending(false));
  };
  return (
    <section className="card" aria-labelledby="tests-heading">
      <h2 id="tests-heading">{t('assessment.tests.heading')}</h2>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <FormAlert error={error} />
      <dl className="facts">
        {testKinds.map((kind) => {
          const test = assessment.tests[kind];
          const mayOpen = test.status !== 'open' && can(assessmentAccess.open);
          const mayClose = test.status === 'open' && can(assessmentAccess.close);
          return (
            <div key={kind}>
              <dt>{t(`assessment.tests.${kind}`)}</dt>
              <dd>
                <span className={`badge badge--${test.status}`}>
                  {t(`assessment.testStatus.${test.status}`)}
                </span>{' '}
                {t('assessment.tests.scored', { count: test.scored })}
                {test.openedAt && <> {t('assessment.tests.openedAt', { at: instant(test.openedAt) })}</>}
                {test.closedAt && <> {t('assessment.tests.closedAt', { at: instant(test.closedAt) })}</>}
                {props.running && (mayOpen || mayClose) && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-disabled={pending || undefined}
                      onClick={() => act(kind, mayOpen)}
                    >
                      {t(mayOpen ? `assessment.tests.open.${kind}` : `assessment.tests.close.${kind}`)}
                    </button>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {props.running && can(assessmentAccess.scores) && (
        <>
          <h3>{t('assessment.scores.heading')}</h3>
          <p>{t('assessment.scores.intro')}</p>
          {testKinds.map((kind) => (
            <ScoresForm key={kind} kind={kind} assessment={assessment} onChanged={props.onChanged} />
          ))}
        </>
      )}
    </section>
  );
}

/**
 * The scores of one test entered by hand, for the trainees who did not take it on their phone (a score taken on a
 * phone follows from the answers and stays); a field left empty sends nothing.
 */
function ScoresForm(props: { kind: TestKind; assessment: Assessment; onChanged: Changed }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const { kind, assessment } = props;
  const by = kind === 'pre' ? 'preBy' : 'postBy';
  const rows = assessment.trainees.filter((trainee) => trainee[by] !== 'test' && trainee.name !== null);
  if (rows.length === 0) return <p>{t(`assessment.scores.allTaken.${kind}`)}</p>;
  const submit = (data: FormData) => {
    const scores: { traineeId: string; score: number }[] = [];
    const wrong: Record<string, string> = {};
    for (const trainee of rows) {
      const typed = String(data.get(trainee.traineeId) ?? '')
        .trim()
        .replace(',', '.');
      if (!typed) continue;
      const score = Number(typed);
      if (!Number.isFinite(score) || score < 0 || score > 100)
        wrong[trainee.traineeId] = t('assessment.scores.invalid', { name: trainee.name });
      else scores.push({ traineeId: trainee.traineeId, score });
    }
    if (Object.keys(wrong).length) return Promise.reject(new Invalid(wrong));
    if (!scores.length) return Promise.reject(new Invalid({ none: t('assessment.scores.none') }));
    return localisedCall('assessment', assessmentApi.scores(assessment.totId, kind, { scores }));
  };
  return (
    <form
      className="form"
      aria-label={t(`assessment.scores.form.${kind}`)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        setPending(true);
        setError(null);
        setDone(false);
        submit(new FormData(event.currentTarget))
          .then((changed) => {
            props.onChanged(changed);
            setDone(true);
          })
          .catch((failure: unknown) => setError(failure))
          .finally(() => setPending(false));
      }}
    >
      <FormAlert error={error} />
      <div role="status">
        {done && <p className="notice notice--success">{t(`assessment.scores.saved.${kind}`)}</p>}
      </div>
      {rows.map((trainee) => {
        const current = trainee[kind];
        return (
          <TextField
            key={trainee.traineeId}
            name={trainee.traineeId}
            label={t(`assessment.scores.field.${kind}`, { name: trainee.name })}
            inputMode="decimal"
            defaultValue={current === null ? '' : String(current)}
            error={error instanceof Invalid ? error.fields[trainee.traineeId] : undefined}
          />
        );
      })}
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {t(`assessment.scores.submit.${kind}`)}
      </button>
    </form>
  );
}
