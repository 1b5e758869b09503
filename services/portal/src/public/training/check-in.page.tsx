import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/http.ts';
import { useDates } from '../../ui/dates.ts';
import { Page } from '../../ui/page.tsx';
import { CodeForm, NotYou } from './code-form.tsx';
import { type CheckIn, traineeApi } from './trainee.api.ts';
import { useTraineeCode } from './trainee-code.ts';
import { traineeMessage } from './trainee-problem.ts';

type Attempt =
  | { state: 'sending' }
  | { state: 'done'; answer: CheckIn }
  | { state: 'failed'; error: unknown; token: string };

/**
 * `/check-in?s=…`: opened by scanning the rotating QR on the trainer's screen. With the personal code this phone
 * keeps (else typed once), the trainee is checked in at once; a problem says what to do about it.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('s');
  const { code, keep, forget } = useTraineeCode();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  // One check-in per code and scanned token (effects run twice in development).
  const sent = useRef('');

  useEffect(() => {
    if (!token || !code || sent.current === `${code} ${token}`) return;
    sent.current = `${code} ${token}`;
    setAttempt({ state: 'sending' });
    traineeApi
      .checkIn(code, token)
      .then((answer) => setAttempt({ state: 'done', answer }))
      .catch((error: unknown) => {
        // A code the service does not know is not kept: the trainee types it again.
        if (error instanceof ApiProblem && error.code === 'trainee.code_unknown') forget();
        setAttempt({ state: 'failed', error, token });
      });
  }, [code, token, forget]);

  if (!token)
    return (
      <Page title={t('trainee.checkIn.title')}>
        <div role="alert" className="alert alert--error">
          <p>{t('trainee.checkIn.missing')}</p>
        </div>
      </Page>
    );
  const failed = attempt?.state === 'failed' ? attempt : null;
  return (
    <Page title={t('trainee.checkIn.title')}>
      {failed && <Failure error={failed.error} />}
      {!code ? (
        <CodeForm submit={t('trainee.checkIn.submit')} onCode={keep} />
      ) : attempt?.state === 'done' ? (
        <CheckedIn answer={attempt.answer} />
      ) : attempt?.state === 'sending' ? (
        <p role="status" className="loading">
          {t('trainee.checkIn.sending')}
        </p>
      ) : null}
      {code && <NotYou onForget={forget} />}
      {code && (
        <p>
          <Link to="/trainee">{t('trainee.checkIn.toRecord')}</Link>
        </p>
      )}
    </Page>
  );
}

function CheckedIn({ answer }: { answer: CheckIn }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const { session } = answer;
  return (
    <div role="status" className="notice notice--success">
      <p>
        {t('trainee.checkIn.done', {
          topic: session.topic,
          date: `${day(session.date)}, ${session.start}`,
        })}
      </p>
      <p>{t(`trainee.attendance.${answer.status}`)}</p>
    </div>
  );
}

function Failure({ error }: { error: unknown }) {
  return (
    <div role="alert" className="alert alert--error">
      <p>{traineeMessage(error)}</p>
    </div>
  );
}
