import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows, useSession } from '../auth/use-session.ts';
import { useLabels } from '../programme/use-labels.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { FormAlert } from '../ui/form-alert.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { CheckInQr } from './check-in-code.tsx';
import { type MarkStatus, markStatuses, type QueuedMark } from './mark-queue.ts';
import { forgetTrainingOnSignOut } from './offline-cache.ts';
import { useOnline } from './offline-session.tsx';
import { type Register, type RegisterRow, totPath, trainingAccess, trainingApi } from './training.api.ts';
import { useMarkQueue } from './use-mark-queue.ts';
import './training.css';

/** The register refreshes this often, so that trainees' own check-ins appear. */
const REFRESH_MS = 4_000;

/**
 * A session's attendance for its trainer, on a tablet or a laptop: the rotating check-in QR, and the register,
 * where each trainee is marked by hand. Marks go into the browser's queue first and reach the server when it can
 * be reached: the screen works without a connection, reloaded too (public/sw.js).
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const { day } = useDates();
  const { id = '', sessionId = '' } = useParams();
  const online = useOnline();
  const { data, error, reload, update } = useQuery<Register>(trainingApi.register(id, sessionId), {
    refetchInterval: () => REFRESH_MS,
  });
  const marks = useMarkQueue(id, sessionId, (register) => update(() => register));
  useEffect(forgetTrainingOnSignOut, []);
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const register = data;
  const { session } = register;
  const open = !register.closedAt && session.status === 'planned';
  return (
    <Page title={t('training.attendance.title', { topic: session.topic, date: day(session.date) })}>
      <p className="no-print">
        <Link to={totPath(id)}>{t('training.attendance.back')}</Link>
      </p>
      <p className="lead">
        {t('training.attendance.when', { start: session.start, end: session.end, room: session.room })}
      </p>
      {!online && (
        <p role="status" className="notice">
          {t('training.attendance.offline')}
        </p>
      )}
      {open && online && <CheckInQr totId={id} sessionId={sessionId} />}
      <section className="card" aria-labelledby="register-heading">
        <h2 id="register-heading">{t('training.attendance.register')}</h2>
        <p>{t('training.attendance.rule')}</p>
        <SyncState waiting={marks.waiting.length} error={marks.error} />
        <Refused
          marks={marks.refused}
          register={register}
          onDismiss={(markId) => void marks.dismiss(markId)}
        />
        <RegisterTable
          register={register}
          waiting={marks.waiting}
          open={open}
          onMark={(traineeId, status) => void marks.mark(traineeId, status)}
        />
      </section>
      <CloseRegister
        register={register}
        waiting={marks.waiting.length}
        onClosed={(closed) => update(() => closed)}
      />
    </Page>
  );
}

/** How many marks wait for the server; said politely, so that a screen reader hears each change. */
function SyncState({ waiting, error }: { waiting: number; error: unknown }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={waiting ? 'notice' : 'notice notice--success'}>
      <p>
        {waiting ? t('training.attendance.waiting', { count: waiting }) : t('training.attendance.synced')}
      </p>
      {waiting > 0 && error ? <FormAlert error={error} /> : null}
    </div>
  );
}

function Refused(props: {
  marks: readonly (QueuedMark & { code: string; message: string })[];
  register: Register;
  onDismiss: (markId: string) => void;
}) {
  const { t } = useTranslation();
  if (props.marks.length === 0) return null;
  const name = (traineeId: string) =>
    props.register.trainees.find((row) => row.traineeId === traineeId)?.name ?? traineeId;
  return (
    <div role="alert" className="alert alert--error">
      <p>{t('training.attendance.refused', { count: props.marks.length })}</p>
      <ul>
        {props.marks.map((mark) => (
          <li key={mark.markId}>
            {t('training.attendance.refusedMark', {
              name: name(mark.traineeId),
              status: t(`training.status.${mark.status}`),
              reason: mark.message,
            })}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => props.onDismiss(mark.markId)}
            >
              {t('training.attendance.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RegisterTable(props: {
  register: Register;
  waiting: readonly QueuedMark[];
  open: boolean;
  onMark: (traineeId: string, status: MarkStatus) => void;
}) {
  const { t } = useTranslation();
  const label = useLabels();
  const can = useAllows();
  const signedIn = useSession().status === 'signed-in';
  // Offline without a session the roles are unknown: the server decides once the marks reach it.
  const mayMark = props.open && (!signedIn || can(trainingAccess.mark));
  // The newest mark waiting for each trainee: what they will most likely show once synced.
  const pending = new Map(props.waiting.map((mark) => [mark.traineeId, mark]));
  const status = (status: RegisterRow['status']) =>
    status ? t(`training.status.${status}`) : t('training.status.none');
  return (
    <DataTable
      rows={props.register.trainees}
      rowKey={(row) => row.traineeId}
      caption={t('training.attendance.register')}
      empty={t('training.attendance.noTrainees')}
      columns={[
        {
          header: t('training.trainees.name'),
          rowHeader: true,
          cell: (row) => row.name ?? t('training.erased'),
        },
        { header: t('training.trainees.sex'), cell: (row) => label.gender(row.sex) },
        {
          header: t('training.attendance.status'),
          cell: (row) => {
            const queued = pending.get(row.traineeId);
            return queued ? (
              <>
                {status(queued.status)}{' '}
                <span className="badge badge--pending">{t('training.attendance.notSynced')}</span>
              </>
            ) : (
              status(row.status)
            );
          },
        },
        {
          header: t('training.attendance.how'),
          cell: (row) =>
            row.effective ? t(`training.attendance.source.${row.effective.source}`) : t('common.none'),
        },
        ...(mayMark
          ? [
              {
                header: t('training.attendance.mark'),
                cell: (row: RegisterRow) => {
                  const shown = pending.get(row.traineeId)?.status ?? row.status;
                  return (
                    <div
                      className="marks"
                      role="group"
                      aria-label={t('training.attendance.markAs', { name: row.name })}
                    >
                      {markStatuses.map((option) => (
                        <button
                          key={option}
                          type="button"
                          className="button button--secondary button--small"
                          aria-pressed={shown === option}
                          onClick={() => props.onMark(row.traineeId, option)}
                        >
                          {t(`training.status.${option}`)}
                        </button>
                      ))}
                    </div>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}

function CloseRegister(props: {
  register: Register;
  waiting: number;
  onClosed: (register: Register) => void;
}) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const can = useAllows();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { register } = props;
  if (register.closedAt)
    return (
      <p role="status" className="notice notice--success">
        {t('training.attendance.closed', { at: instant(register.closedAt) })}
      </p>
    );
  if (register.session.status !== 'planned' || !can(trainingAccess.close)) return null;
  const close = async () => {
    setPending(true);
    setError(null);
    try {
      props.onClosed(await trainingApi.close(register.totId, register.session.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="card no-print" aria-labelledby="close-heading">
      <h2 id="close-heading">{t('training.attendance.closeHeading')}</h2>
      <FormAlert error={error} />
      {props.waiting > 0 ? (
        <p>{t('training.attendance.closeWaiting')}</p>
      ) : (
        <ConfirmButton
          label={t('training.attendance.close')}
          question={t('training.attendance.closeQuestion')}
          confirm={t('training.attendance.closeConfirm')}
          pending={pending}
          onConfirm={() => void close()}
        />
      )}
    </section>
  );
}
