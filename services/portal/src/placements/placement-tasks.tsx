import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { useDates } from '../ui/dates.ts';
import { FormAlert } from '../ui/form-alert.tsx';
import { saveFile } from '../ui/save-file.ts';
import { ApiForm } from '../ui/form/api-form.tsx';
import { Select, Text, TextArea } from '../ui/form/fields.tsx';
import { useApiForm } from '../ui/form/use-api-form.ts';
import { TaskStatusBadge } from './placement-status.tsx';
import {
  type Placement,
  placementAccess,
  placementsApi,
  type Task,
  type TaskChange,
  taskStatuses,
} from './placements.api.ts';

/** The checklist: each task with its owner, due day and status; a small form to work it while it is open. */
export function PlacementTasks(props: { placement: Placement; onChanged: (changed: Placement) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { placement } = props;
  const open = placement.status === 'accepted' || placement.status === 'arrived';
  return (
    <section className="card" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('placement.tasks')}</h2>
      {placement.tasks.length === 0 ? (
        <p>{t('placement.noTasks')}</p>
      ) : (
        <ul className="plain-list">
          {placement.tasks.map((task) => (
            <li key={task.key}>
              <TaskCard
                task={task}
                placementId={placement.id}
                editable={
                  (open || (placement.status === 'cancelled' && task.compensates === true)) &&
                  can(placementAccess.changeTask)
                }
                attachable={can(placementAccess.attach)}
                onChanged={props.onChanged}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskCard(props: {
  task: Task;
  placementId: string;
  editable: boolean;
  attachable: boolean;
  onChanged: (changed: Placement) => void;
}) {
  const { t } = useTranslation();
  const { day } = useDates();
  const { task } = props;
  const recordsPerson = useRecordsPerson(task);
  const headingId = `task-${task.key}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{task.title}</h3>
      <dl className="facts">
        <dt>{t('placement.owner')}</dt>
        <dd>{t(`roles.${task.ownerRole}`, { defaultValue: task.ownerRole })}</dd>
        <dt>{t('placement.due')}</dt>
        <dd>{day(task.dueOn)}</dd>
        <dt>{t('placement.taskStatus')}</dt>
        <dd>
          <TaskStatusBadge task={task} />
        </dd>
        <dt>{t('placement.notes')}</dt>
        <dd className="prewrap">{task.notes ?? t('common.none')}</dd>
        {task.payment && (
          <>
            <dt>{t('placement.amount')}</dt>
            <dd>
              {task.payment.amount} {task.payment.currency}
            </dd>
            <dt>{t('placement.paid')}</dt>
            <dd>{task.payment.paid ? t('placement.yes') : t('placement.no')}</dd>
          </>
        )}
        {recordsPerson && (
          <>
            <dt>{t('placement.person')}</dt>
            <dd>{task.person ?? t('common.none')}</dd>
          </>
        )}
      </dl>
      <TaskAttachments {...props} attachable={props.editable && props.attachable} />
      {props.editable && <TaskForm {...props} />}
    </article>
  );
}

interface TaskValues {
  status: string;
  notes: string;
  amount: string;
  currency: string;
  paid: boolean;
  person: string;
}

/** Changes a task's status and notes (and its payment or person where it records one), by PATCH. */
function TaskForm(props: { task: Task; placementId: string; onChanged: (changed: Placement) => void }) {
  const { t } = useTranslation();
  const { task } = props;
  const recordsPerson = useRecordsPerson(task);
  const api = useApiForm<TaskValues, TaskChange>({
    schema: 'TaskChangeDto',
    defaultValues: {
      status: task.status,
      notes: task.notes ?? '',
      amount: task.payment ? String(task.payment.amount) : '',
      currency: task.payment?.currency ?? '',
      paid: task.payment?.paid ?? false,
      person: task.person ?? '',
    },
    toBody: (values) => ({
      status: values.status as TaskChange['status'],
      ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
      ...(task.payment && values.amount.trim()
        ? {
            payment: {
              amount: Number(values.amount),
              currency: values.currency.trim(),
              paid: values.paid,
            },
          }
        : {}),
      ...(recordsPerson && values.person.trim() ? { person: values.person.trim() } : {}),
    }),
    messages: { person: t('placement.personInvalid'), payment: t('placement.paymentInvalid') },
    fallback: t('placement.fieldInvalid'),
    onSubmit: async (change) =>
      props.onChanged(await placementsApi.changeTask(props.placementId, task.key, change)),
  });
  return (
    <ApiForm api={api} label={t('placement.taskForm', { task: task.title })} submit={t('placement.saveTask')}>
      <Select
        name="status"
        label={t('placement.taskStatus')}
        options={taskStatuses.map((status) => ({ value: status, label: t(`taskStatus.${status}`) }))}
      />
      <TextArea name="notes" label={t('placement.notes')} rows={2} optional />
      {task.payment && (
        <>
          <Text name="amount" label={t('placement.amount')} optional />
          <Text name="currency" label={t('placement.currency')} optional />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" {...api.form.register('paid')} />
              {t('placement.paid')}
            </label>
          </div>
        </>
      )}
      {recordsPerson && <Text name="person" label={t('placement.person')} optional />}
    </ApiForm>
  );
}

/** Whether a task names a person (the host focal point): the programme's checklist says so, or one is named. */
function useRecordsPerson(task: Task): boolean {
  const { checklists } = useProgramme();
  // A programme document from before placement has no checklists.
  const templates = [
    ...((checklists as typeof checklists | undefined)?.placement ?? []),
    ...((checklists as typeof checklists | undefined)?.cancellation ?? []),
  ];
  return (
    task.person !== undefined ||
    templates.some((template) => template.key === task.key && template.records === 'person')
  );
}

/** The PDFs attached to a task (a ticket, a certificate), each downloadable; one more attached while it is open. */
function TaskAttachments(props: {
  task: Task;
  placementId: string;
  attachable: boolean;
  onChanged: (changed: Placement) => void;
}) {
  const { t } = useTranslation();
  const { task, placementId } = props;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setPending(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="field">
      <p>{t('placement.attachments')}</p>
      {task.attachments.length === 0 ? (
        <p>{t('placement.noAttachments')}</p>
      ) : (
        <ul className="plain-list">
          {task.attachments.map((file) => (
            <li key={file.id}>
              <button
                type="button"
                className="button button--link"
                onClick={() =>
                  void run(async () =>
                    saveFile(await placementsApi.attachment(placementId, task.key, file.id), file.name),
                  )
                }
              >
                {file.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.attachable && (
        <label>
          {t('placement.attach', { task: task.title })}
          <input
            type="file"
            accept="application/pdf,.pdf"
            disabled={pending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file)
                void run(async () =>
                  props.onChanged(await placementsApi.attach(placementId, task.key, file)),
                );
            }}
          />
        </label>
      )}
      <FormAlert error={error} />
    </div>
  );
}
