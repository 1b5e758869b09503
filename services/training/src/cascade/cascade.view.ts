import type { SexCount } from '@ikiraro/contracts';
import { programme } from '@ikiraro/programme';
import type { Tot } from '../tots/tot.ts';
import type { Trainee } from '../trainees/trainee.ts';
import type { StoredSession } from './cascade.service.ts';
import { countBySex, totalOf } from './cascade.rules.ts';
import type {
  CascadeOverviewView,
  CascadeSessionView,
  CascadeTotView,
  CascadeTraineeView,
  IprcCascadeView,
} from './cascade-view.dto.ts';

const sum = (counts: SexCount[][]) =>
  countBySex(
    counts.flat(),
    programme().genders.map((g) => g.code),
  );

export const sessionView = (s: StoredSession, withRoster: boolean): CascadeSessionView => ({
  id: s._id,
  date: s.date,
  subject: s.subject,
  students: s.students,
  total: totalOf(s.students),
  ...(withRoster ? { roster: s.roster } : {}),
  recordedBy: s.recordedBy?.name ?? null,
  recordedAt: s.recordedAt,
});

/** A ToT's trained teachers (and anyone who recorded sessions), each with their sessions and students. */
export function totTreeOf(
  tot: Tot & { _id: string },
  trainees: readonly (Trainee & { _id: string })[],
  sessions: readonly StoredSession[],
  withRoster: boolean,
): CascadeTotView {
  const ofTot = sessions.filter((s) => s.totId === tot._id);
  const rows: CascadeTraineeView[] = trainees
    .filter((t) => t.totId === tot._id && (t.role === 'teacher' || ofTot.some((s) => s.traineeId === t._id)))
    .map((t) => {
      const own = ofTot.filter((s) => s.traineeId === t._id);
      const students = sum(own.map((s) => s.students));
      return {
        traineeId: t._id,
        name: t.name ?? null,
        sex: t.sex,
        department: t.department,
        sessions: own.map((s) => sessionView(s, withRoster)),
        students,
        total: totalOf(students),
      };
    });
  const students = sum(ofTot.map((s) => s.students));
  return {
    totId: tot._id,
    title: tot.title,
    iprc: tot.iprc,
    trainer: tot.trainerName ?? null,
    status: tot.status,
    trainees: rows,
    sessions: ofTot.length,
    students,
    total: totalOf(students),
  };
}

export function overviewOf(
  tots: readonly (Tot & { _id: string })[],
  trainees: readonly (Trainee & { _id: string })[],
  sessions: readonly StoredSession[],
): CascadeOverviewView {
  const trees = tots
    .map((t) => totTreeOf(t, trainees, sessions, false))
    .sort((a, b) => a.iprc.localeCompare(b.iprc) || (a.trainer ?? '').localeCompare(b.trainer ?? ''));
  const iprcs: IprcCascadeView[] = [...new Set(trees.map((t) => t.iprc))].map((iprc) => {
    const of = trees.filter((t) => t.iprc === iprc);
    const students = sum(of.map((t) => t.students));
    return {
      iprc,
      tots: of.length,
      teachers: of.flatMap((t) => t.trainees).filter((t) => t.sessions.length > 0).length,
      sessions: of.reduce((n, t) => n + t.sessions, 0),
      students,
      total: totalOf(students),
    };
  });
  return { tots: trees, iprcs };
}
