import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAllows } from '../auth/use-session.ts';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { ActionForm } from '../ui/action-form.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { SelectField, TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { TraineeImport } from './trainee-import.tsx';
import {
  codesPath,
  type Tot,
  type Trainee,
  traineeRoles,
  trainingAccess,
  trainingApi,
} from './training.api.ts';

/** A ToT's trainees with their personal codes (for those who run it), enrolled one by one or from a list. */
export function TraineesSection({ tot, trainees }: { tot: Tot; trainees: readonly Trainee[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const can = useAllows();
  const planning = tot.status === 'planning';
  const withCodes = trainees.some((trainee) => trainee.code);
  return (
    <section className="card" aria-labelledby="trainees-heading">
      <h2 id="trainees-heading">{t('training.trainees.heading')}</h2>
      <p>{t('training.trainees.enrolled', { count: tot.enrolled, capacity: tot.capacity })}</p>
      {withCodes && (
        <p>
          <Link to={codesPath(tot.id)}>{t('training.trainees.handout')}</Link>
        </p>
      )}
      <DataTable
        rows={trainees}
        rowKey={(trainee) => trainee.id}
        caption={t('training.trainees.caption')}
        empty={t('training.trainees.empty')}
        columns={[
          {
            header: t('training.trainees.name'),
            rowHeader: true,
            sortBy: (trainee) => trainee.name,
            cell: (trainee) => trainee.name ?? t('training.erased'),
          },
          { header: t('training.trainees.sex'), cell: (trainee) => label.gender(trainee.sex) },
          { header: t('training.trainees.role'), cell: (trainee) => t(`training.roles.${trainee.role}`) },
          {
            header: t('training.trainees.department'),
            sortBy: (trainee) => trainee.department,
            cell: (trainee) => trainee.department,
          },
          {
            header: t('training.trainees.contact'),
            cell: (trainee) => [trainee.email, trainee.phone].filter(Boolean).join(', ') || t('common.none'),
          },
          {
            header: t('training.trainees.code'),
            cell: (trainee) => <code>{trainee.code ?? t('common.none')}</code>,
          },
        ]}
      />
      {planning && can(trainingAccess.enrol) && <EnrolForm totId={tot.id} />}
      {planning && can(trainingAccess.importDryRun) && <TraineeImport totId={tot.id} />}
    </section>
  );
}

function EnrolForm({ totId }: { totId: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { genders } = usePlaces();
  const [done, setDone] = useState<string>();
  const form = useFormAction(async (data) => {
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const email = value('email');
    const phone = value('phone');
    const trainee = {
      name: value('name'),
      sex: value('sex'),
      role: value('role') as Trainee['role'],
      department: value('department'),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    };
    setDone(undefined);
    check({
      name: (!trainee.name || trainee.name.length > 200) && t('training.enrol.nameInvalid'),
      sex: !trainee.sex && t('training.enrol.sexInvalid'),
      role: !traineeRoles.includes(trainee.role) && t('training.enrol.roleInvalid'),
      department:
        (!trainee.department || trainee.department.length > 120) && t('training.enrol.departmentInvalid'),
      email: email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) && t('training.enrol.emailInvalid'),
      phone: phone !== '' && !/^\+?[0-9 ()-]{6,20}$/.test(phone) && t('training.enrol.phoneInvalid'),
    });
    const enrolled = await trainingApi.enrol(totId, trainee);
    form.ref.current?.reset();
    setDone(t('training.enrol.done', { name: enrolled.name }));
  });
  return (
    <>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <ActionForm form={form} label={t('training.enrol.form')} submit={t('training.enrol.submit')}>
        <h3>{t('training.enrol.form')}</h3>
        <TextField label={t('training.trainees.name')} name="name" maxLength={200} autoComplete="off" />
        <SelectField label={t('training.trainees.sex')} name="sex" defaultValue="">
          <option value="">{t('common.choose')}</option>
          {genders.map((code) => (
            <option key={code} value={code}>
              {label.gender(code)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('training.trainees.role')} name="role" defaultValue="">
          <option value="">{t('common.choose')}</option>
          {traineeRoles.map((role) => (
            <option key={role} value={role}>
              {t(`training.roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('training.trainees.department')} name="department" maxLength={120} />
        <TextField label={t('training.enrol.email')} name="email" type="email" autoComplete="off" />
        <TextField label={t('training.enrol.phone')} name="phone" type="tel" autoComplete="off" />
      </ActionForm>
    </>
  );
}
