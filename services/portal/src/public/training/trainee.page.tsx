import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/http.ts';
import { useQuery } from '../../api/use-query.ts';
import { useLabels } from '../../programme/use-labels.ts';
import { useDates } from '../../ui/dates.ts';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { CascadeSection } from './cascade.form.tsx';
import { CodeForm, NotYou } from './code-form.tsx';
import { FeedbackSection } from './feedback.form.tsx';
import { OwnCertificateSection } from './own-certificate.tsx';
import { type TraineeRecord, traineeApi } from './trainee.api.ts';
import { normaliseCode, useTraineeCode } from './trainee-code.ts';
import { traineeMessage } from './trainee-problem.ts';
import { TestSection } from './trainee-tests.tsx';

/**
 * `/trainee?code=…`: a trainee's own record, opened from the QR their trainer printed for them (or with the code
 * typed once): their sessions and attendance, the tests and survey while open, their certificate, and for teachers
 * the sessions they give in turn. The code is kept on the phone and taken out of the address.
 */
export function TraineePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const linked = params.get('code');
  const { code: kept, keep, forget } = useTraineeCode();
  const code = linked ? normaliseCode(linked) : kept;
  const [unknown, setUnknown] = useState(false);

  useEffect(() => {
    if (!linked) return;
    keep(linked);
    setParams({}, { replace: true });
  }, [linked, keep, setParams]);

  const onUnknown = () => {
    forget();
    setUnknown(true);
  };
  return (
    <Page title={t('trainee.record.title')}>
      {!code ? (
        <>
          {unknown && (
            <div role="alert" className="alert alert--error">
              <p>{t('trainee.errors.trainee.code_unknown')}</p>
            </div>
          )}
          <CodeForm
            submit={t('trainee.record.open')}
            onCode={(typed) => {
              setUnknown(false);
              keep(typed);
            }}
          />
        </>
      ) : (
        <Record code={code} onUnknown={onUnknown} onForget={forget} />
      )}
    </Page>
  );
}

function Record({
  code,
  onUnknown,
  onForget,
}: {
  code: string;
  onUnknown: () => void;
  onForget: () => void;
}) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery<TraineeRecord>(traineeApi.recordKey(code), {
    load: traineeApi.record(code),
  });
  const isUnknown = error instanceof ApiProblem && error.code === 'trainee.code_unknown';
  useEffect(() => {
    if (isUnknown) onUnknown();
  }, [isUnknown, onUnknown]);
  if (!data)
    return error ? (
      <div role="alert" className="alert alert--error">
        <p>{traineeMessage(error)}</p>
        <button type="button" className="button button--secondary" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    ) : (
      <Loading />
    );
  return (
    <>
      <NotYou name={data.name} onForget={onForget} />
      <Facts record={data} />
      <Sessions record={data} />
      <TestSection code={code} kind="pre" />
      <TestSection code={code} kind="post" />
      <FeedbackSection code={code} />
      <OwnCertificateSection code={code} />
      {data.role === 'teacher' && <CascadeSection code={code} />}
    </>
  );
}

function Facts({ record }: { record: TraineeRecord }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('trainee.record.training')}</h2>
      <dl className="facts">
        <dt>{t('trainee.record.name')}</dt>
        <dd>{record.name ?? t('common.none')}</dd>
        <dt>{t('trainee.record.course')}</dt>
        <dd>{record.totTitle}</dd>
        <dt>{t('trainee.record.iprc')}</dt>
        <dd>{label.institution(record.iprc)}</dd>
      </dl>
    </section>
  );
}

function Sessions({ record }: { record: TraineeRecord }) {
  const { t } = useTranslation();
  const { day } = useDates();
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('trainee.record.sessions')}</h2>
      {record.sessions.length === 0 ? (
        <p>{t('trainee.record.noSessions')}</p>
      ) : (
        <ul className="plain-list">
          {record.sessions.map((session) => (
            <li key={session.id} aria-label={`${day(session.date)}, ${session.topic}`}>
              <strong>{session.topic}</strong>
              <br />
              {`${day(session.date)}, ${session.start}–${session.end}, ${session.room}`}
              <br />
              {session.sessionStatus === 'cancelled'
                ? t('trainee.record.cancelled')
                : session.attendance
                  ? t(`trainee.attendance.${session.attendance}`)
                  : t('trainee.record.unmarked')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
