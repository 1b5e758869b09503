import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localisedCall } from '../assessment/training-problem.ts';
import { useLabels } from '../programme/use-labels.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { DateField } from '../ui/date-field.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { SelectField, TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { cascadeApi, type CascadeTot } from './cascade.api.ts';

/**
 * Staff record a session a trained teacher gave (the teacher's phone is the other way): the day, what was taught,
 * and the students counted by sex.
 */
export function CascadeSessionForm({ tot }: { tot: CascadeTot }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { genders } = useProgramme();
  const [done, setDone] = useState<string>();
  const form = useFormAction(async (data) => {
    setDone(undefined);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const traineeId = text('traineeId');
    const date = text('date');
    const subject = text('subject');
    const counts = genders.map((gender) => ({ sex: gender.code, typed: text(`count-${gender.code}`) }));
    const wrongCount = counts.find((c) => c.typed && !/^\d{1,6}$/.test(c.typed));
    const students = counts
      .filter((c) => c.typed && /^\d{1,6}$/.test(c.typed) && Number(c.typed) > 0)
      .map((c) => ({ sex: c.sex, count: Number(c.typed) }));
    check({
      traineeId: !traineeId && t('cascade.form.teacherInvalid'),
      date: !/^\d{4}-\d{2}-\d{2}$/.test(date) && t('cascade.form.dateInvalid'),
      subject: (!subject || subject.length > 200) && t('cascade.form.subjectInvalid'),
      ...(wrongCount
        ? { [`count-${wrongCount.sex}`]: t('cascade.form.countInvalid') }
        : { students: students.length === 0 && t('cascade.form.studentsInvalid') }),
    });
    const recorded = await localisedCall(
      'cascade',
      cascadeApi.record(tot.totId, { traineeId, date, subject, students }),
    );
    const teacher = tot.trainees.find((row) => row.traineeId === traineeId);
    setDone(t('cascade.form.done', { name: teacher?.name ?? t('cascade.erased'), total: recorded.total }));
    form.ref.current?.reset();
  });
  return (
    <section className="card" aria-labelledby="record-heading">
      <h2 id="record-heading">{t('cascade.form.heading')}</h2>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <ActionForm form={form} label={t('cascade.form.label')} submit={t('cascade.form.submit')}>
        <SelectField name="traineeId" label={t('cascade.form.teacher')} required defaultValue="">
          <option value="">{t('common.choose')}</option>
          {tot.trainees
            .filter((row) => row.name !== null)
            .map((row) => (
              <option key={row.traineeId} value={row.traineeId}>
                {row.name} ({row.department})
              </option>
            ))}
        </SelectField>
        <DateField label={t('cascade.form.date')} name="date" error={form.fieldErrors.date} />
        <TextField name="subject" label={t('cascade.form.subject')} required maxLength={200} />
        <fieldset
          className="field"
          aria-describedby={form.fieldErrors.students ? 'students-error' : undefined}
        >
          <legend>{t('cascade.form.students')}</legend>
          {form.fieldErrors.students && (
            <p id="students-error" className="field__error">
              {form.fieldErrors.students}
            </p>
          )}
          {genders.map((gender) => (
            <TextField
              key={gender.code}
              name={`count-${gender.code}`}
              label={t('cascade.form.count', { sex: label.gender(gender.code) })}
              inputMode="numeric"
            />
          ))}
        </fieldset>
      </ActionForm>
    </section>
  );
}
