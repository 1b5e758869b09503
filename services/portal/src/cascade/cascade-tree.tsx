import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { type CascadeTeacher, type CascadeTot, cascadePath, type SexCount } from './cascade.api.ts';

/** Students by sex as one line: "Woman 12, Man 9". */
export function useCounts() {
  const { t } = useTranslation();
  const label = useLabels();
  return (counts: readonly SexCount[]) =>
    counts.length === 0
      ? t('common.none')
      : counts.map((count) => `${label.gender(count.sex)} ${count.count}`).join(', ');
}

/** One trainer's ToT: its trained teachers, each with the sessions they gave and their students by sex. */
export function CascadeTree(props: { tot: CascadeTot; linked?: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  const counts = useCounts();
  const { tot } = props;
  const headingId = `cascade-${tot.totId}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('cascade.tree.trainer', { trainer: tot.trainer ?? t('cascade.erased'), course: tot.title })}
      </h3>
      <p>
        {t('cascade.tree.summary', {
          iprc: label.institution(tot.iprc),
          sessions: tot.sessions,
          total: tot.total,
          students: counts(tot.students),
        })}
        {props.linked && (
          <>
            {' '}
            <Link to={cascadePath(tot.totId)}>{t('cascade.tree.open', { course: tot.title })}</Link>
          </>
        )}
      </p>
      {tot.trainees.length === 0 ? (
        <p>{t('cascade.tree.noTeachers')}</p>
      ) : (
        <ul className="plain-list">
          {tot.trainees.map((teacher) => (
            <li key={teacher.traineeId}>
              <TeacherSessions teacher={teacher} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function TeacherSessions({ teacher }: { teacher: CascadeTeacher }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const label = useLabels();
  const counts = useCounts();
  const name = teacher.name ?? t('cascade.erased');
  const withRoster = teacher.sessions.some((session) => session.roster);
  return (
    <section aria-label={name}>
      <h4>
        {t('cascade.tree.teacher', {
          name,
          department: teacher.department,
          total: teacher.total,
          students: counts(teacher.students),
        })}
      </h4>
      <DataTable
        rows={teacher.sessions}
        rowKey={(session) => session.id}
        caption={t('cascade.tree.sessionsOf', { name })}
        empty={t('cascade.tree.noSessions')}
        columns={[
          { header: t('cascade.session.date'), rowHeader: true, cell: (session) => day(session.date) },
          { header: t('cascade.session.subject'), cell: (session) => session.subject },
          { header: t('cascade.session.students'), cell: (session) => counts(session.students) },
          { header: t('cascade.session.total'), numeric: true, cell: (session) => session.total },
          {
            header: t('cascade.session.recordedBy'),
            cell: (session) => session.recordedBy ?? t('cascade.session.byTeacher'),
          },
          ...(withRoster
            ? [
                {
                  header: t('cascade.session.roster'),
                  cell: (session: (typeof teacher.sessions)[number]) =>
                    session.roster
                      ?.map((entry) => `${entry.name ?? t('cascade.erased')} (${label.gender(entry.sex)})`)
                      .join(', ') ?? t('common.none'),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
