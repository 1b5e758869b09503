import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query.ts';
import { useLabels } from '../../programme/use-labels.ts';
import { useProgramme } from '../../programme/use-programme.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { DateField } from '../../ui/date-field.tsx';
import { parseDay, useDates } from '../../ui/dates.ts';
import { TextField } from '../../ui/field.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { type CascadeSession, type SexCount, traineeApi } from './trainee.api.ts';
import { localisedCall } from './trainee-problem.ts';

/** A trained teacher's own sessions with their students (the cascade): record one, and those recorded. */
export function CascadeSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data } = useQuery<{ sessions: CascadeSession[] }>(traineeApi.cascadeKey(code), {
    load: traineeApi.cascade(code),
  });
  // The list is read a moment behind the write (and fetched again right after it): the sessions recorded here
  // are shown at once, until the list has them.
  const [recorded, setRecorded] = useState<CascadeSession[]>([]);
  const listed = data?.sessions ?? [];
  const sessions = [...listed, ...recorded.filter((session) => !listed.some((s) => s.id === session.id))];
  const add = (session: CascadeSession) => setRecorded((before) => [...before, session]);
  return (
    <>
      <section className="card" aria-labelledby="cascade-heading">
        <h2 id="cascade-heading">{t('trainee.cascade.heading')}</h2>
        <CascadeForm code={code} onRecorded={add} />
      </section>
      <section className="card" aria-labelledby="cascade-list-heading">
        <h2 id="cascade-list-heading">{t('trainee.cascade.listHeading')}</h2>
        {data && <CascadeList sessions={sessions} />}
      </section>
    </>
  );
}

function CascadeForm({ code, onRecorded }: { code: string; onRecorded: (session: CascadeSession) => void }) {
  const { t } = useTranslation();
  const { genders } = useProgramme();
  const label = useLabels();
  // Chosen once per session to record: sent again after a lost answer, it is recorded once.
  const [id, setId] = useState(() => crypto.randomUUID());
  const [recorded, setRecorded] = useState<CascadeSession | null>(null);
  const form = useFormAction(async (data) => {
    const date = String(data.get('date') ?? '');
    const subject = String(data.get('subject') ?? '').trim();
    const counts = genders.map((gender) => ({
      sex: gender.code,
      text: String(data.get(`students-${gender.code}`) ?? '').trim(),
    }));
    const badCount = (text: string) => text !== '' && !/^\d{1,6}$/.test(text);
    const students: SexCount[] = counts
      .map(({ sex, text }) => ({ sex, count: Number(text || 0) }))
      .filter(({ count }) => count > 0);
    const first = `students-${genders[0]?.code}`;
    check({
      date: !parseDay(date) && t('trainee.cascade.dateMissing'),
      subject: !subject && t('trainee.cascade.subjectMissing'),
      ...Object.fromEntries(
        counts.map(({ sex, text }) => [
          `students-${sex}`,
          badCount(text) && t('trainee.cascade.countInvalid'),
        ]),
      ),
      ...(students.length === 0 && !counts.some(({ text }) => badCount(text))
        ? { [first]: t('trainee.cascade.noStudents') }
        : {}),
    });
    const session = await localisedCall(traineeApi.recordCascade(code, { id, date, subject, students }));
    onRecorded(session);
    setRecorded(session);
    setId(crypto.randomUUID());
    form.ref.current?.reset();
  });
  return (
    <ActionForm
      form={form}
      label={t('trainee.cascade.form')}
      submit={t('trainee.cascade.submit')}
      className="form form--public"
      intro={
        recorded && (
          <p role="status" className="notice notice--success">
            {t('trainee.cascade.recorded', { subject: recorded.subject, total: recorded.total })}
          </p>
        )
      }
      onChange={() => setRecorded(null)}
    >
      <DateField key={id} label={t('trainee.cascade.date')} name="date" error={form.fieldErrors.date} />
      <TextField label={t('trainee.cascade.subject')} name="subject" maxLength={200} required />
      <fieldset className="field">
        <legend>{t('trainee.cascade.students')}</legend>
        {genders.map((gender) => (
          <TextField
            key={gender.code}
            label={label.gender(gender.code)}
            name={`students-${gender.code}`}
            inputMode="numeric"
            maxLength={6}
          />
        ))}
      </fieldset>
    </ActionForm>
  );
}

function CascadeList({ sessions }: { sessions: CascadeSession[] }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const label = useLabels();
  if (sessions.length === 0) return <p>{t('trainee.cascade.none')}</p>;
  return (
    <ul className="plain-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <strong>{session.subject}</strong>
          <br />
          {day(session.date)}
          <br />
          {t('trainee.cascade.total', {
            total: session.total,
            bySex: session.students.map((s) => `${label.gender(s.sex)} ${s.count}`).join(', '),
          })}
        </li>
      ))}
    </ul>
  );
}
