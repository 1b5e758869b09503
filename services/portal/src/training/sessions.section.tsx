import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAllows } from '../auth/use-session.ts';
import { ActionForm } from '../ui/action-form.tsx';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { DateField } from '../ui/date-field.tsx';
import { useDates } from '../ui/dates.ts';
import { TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { SessionStatusBadge } from './tot-status.tsx';
import {
  attendancePath,
  type Session,
  type SessionPlan,
  type Tot,
  trainingAccess,
  trainingApi,
} from './training.api.ts';

type Changed = (tot: Tot) => void;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A ToT's sessions in order: each with its register, changed or cancelled while planned; a form to add one. */
export function SessionsSection({ tot, onChanged }: { tot: Tot; onChanged: Changed }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const can = useAllows();
  const [editing, setEditing] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const planning = tot.status === 'planning';
  const cancel = async (session: Session) => {
    setCancelling(true);
    setCancelError(null);
    try {
      onChanged(await trainingApi.cancelSession(tot.id, session.id));
    } catch (error) {
      setCancelError(error);
    } finally {
      setCancelling(false);
    }
  };
  const changing = tot.sessionList.find((session) => session.id === editing);
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('training.sessions.heading')}</h2>
      <FormAlert error={cancelError} />
      <DataTable
        rows={tot.sessionList}
        rowKey={(session) => session.id}
        caption={t('training.sessions.caption')}
        empty={t('training.sessions.empty')}
        columns={[
          { header: t('training.sessions.date'), rowHeader: true, cell: (session) => day(session.date) },
          { header: t('training.sessions.time'), cell: (session) => `${session.start}–${session.end}` },
          { header: t('training.sessions.room'), cell: (session) => session.room },
          { header: t('training.sessions.topic'), cell: (session) => session.topic },
          {
            header: t('training.sessions.status'),
            cell: (session) => <SessionStatusBadge status={session.status} />,
          },
          {
            header: t('training.sessions.actions'),
            cell: (session) => (
              <div className="actions">
                {session.status !== 'cancelled' && can(trainingAccess.register) && (
                  <Link to={attendancePath(tot.id, session.id)}>{t('training.sessions.attendance')}</Link>
                )}
                {planning && session.status === 'planned' && can(trainingAccess.changeSession) && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={editing === session.id}
                    onClick={() => setEditing(editing === session.id ? undefined : session.id)}
                  >
                    {t('training.sessions.change')}
                  </button>
                )}
                {planning && session.status === 'planned' && can(trainingAccess.cancelSession) && (
                  <ConfirmButton
                    label={t('training.sessions.cancel')}
                    question={t('training.sessions.cancelQuestion', { date: day(session.date) })}
                    confirm={t('training.sessions.cancelConfirm')}
                    pending={cancelling}
                    onConfirm={() => void cancel(session)}
                  />
                )}
              </div>
            ),
          },
        ]}
      />
      {changing && (
        <SessionForm
          key={changing.id}
          label={t('training.sessions.changeForm', { date: day(changing.date) })}
          submit={t('training.sessions.save')}
          session={changing}
          onSubmit={async (plan) => {
            onChanged(await trainingApi.changeSession(tot.id, changing.id, plan));
            setEditing(undefined);
          }}
        />
      )}
      {planning && can(trainingAccess.addSession) && (
        <SessionForm
          label={t('training.sessions.add')}
          submit={t('training.sessions.addSubmit')}
          onSubmit={async (plan) => onChanged(await trainingApi.addSession(tot.id, plan))}
          resetAfter
        />
      )}
    </section>
  );
}

function SessionForm(props: {
  label: string;
  submit: string;
  session?: Session;
  resetAfter?: boolean;
  onSubmit: (plan: SessionPlan) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string>();
  const form = useFormAction(async (data) => {
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const plan = {
      date: value('date'),
      start: value('start'),
      end: value('end'),
      room: value('room'),
      topic: value('topic'),
    };
    setDone(undefined);
    check({
      date: !/^\d{4}-\d{2}-\d{2}$/.test(plan.date) && t('training.sessions.dateInvalid'),
      start: !TIME.test(plan.start) && t('training.sessions.timeInvalid'),
      end:
        (!TIME.test(plan.end) && t('training.sessions.timeInvalid')) ||
        (plan.end <= plan.start && t('training.sessions.endInvalid')),
      room: (!plan.room || plan.room.length > 120) && t('training.sessions.roomInvalid'),
      topic: (!plan.topic || plan.topic.length > 200) && t('training.sessions.topicInvalid'),
    });
    await props.onSubmit(plan);
    if (props.resetAfter) {
      form.ref.current?.reset();
      setDone(t('training.sessions.added', { topic: plan.topic }));
    }
  });
  const { session } = props;
  return (
    <>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <ActionForm form={form} label={props.label} submit={props.submit} className="form">
        <h3>{props.label}</h3>
        {/* A new key after each reset: the date's parts are the field's own state. */}
        <DateField
          key={done ?? 'date'}
          label={t('training.sessions.date')}
          name="date"
          defaultValue={session?.date}
          error={form.fieldErrors.date}
        />
        <TextField
          label={t('training.sessions.start')}
          name="start"
          type="time"
          defaultValue={session?.start}
        />
        <TextField label={t('training.sessions.end')} name="end" type="time" defaultValue={session?.end} />
        <TextField
          label={t('training.sessions.room')}
          name="room"
          maxLength={120}
          defaultValue={session?.room}
        />
        <TextField
          label={t('training.sessions.topic')}
          name="topic"
          maxLength={200}
          defaultValue={session?.topic}
        />
      </ActionForm>
    </>
  );
}
