import type { Trainee } from '../trainees/trainee.ts';
import type { Session } from '../tots/tot.ts';
import { effective } from './attendance.rules.ts';
import type { MarkView, RegisterView } from './attendance-view.dto.ts';
import type { Mark, Register } from './register.ts';

type Named = ReadonlyMap<string, Pick<Trainee, 'name' | 'sex' | 'role'>>;

/** A mark as shown: a trainee's own check-in gets their name back (it is not kept in the register). */
const markView = (m: Mark, trainees: Named): MarkView => ({
  ...m,
  by:
    m.source === 'qr'
      ? { id: m.by.id, name: trainees.get(m.traineeId)?.name ?? null, roles: m.by.roles }
      : { ...m.by },
});

export function registerViewOf(
  totId: string,
  session: Session,
  register: Register | null,
  trainees: Named,
): RegisterView {
  const marks = register?.marks ?? [];
  const current = effective(marks);
  return {
    totId,
    session: {
      id: session.id,
      date: session.date,
      start: session.start,
      end: session.end,
      room: session.room,
      topic: session.topic,
      status: session.status,
    },
    closedAt: register?.closedAt ?? null,
    trainees: [...trainees]
      .map(([traineeId, t]) => {
        const mark = current.get(traineeId);
        return {
          traineeId,
          name: t.name,
          sex: t.sex,
          role: t.role,
          status: mark?.status ?? null,
          effective: mark ? markView(mark, trainees) : null,
        };
      })
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.traineeId.localeCompare(b.traineeId)),
    marks: marks.map((m) => markView(m, trainees)),
  };
}
