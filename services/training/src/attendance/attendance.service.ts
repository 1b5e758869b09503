import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import { DomainError, SignedTokens } from '@ikiraro/service-defaults';
import { randomUUID } from 'node:crypto';
import { mayChange } from '../scope.ts';
import type { Trainee } from '../trainees/trainee.ts';
import { TraineesService } from '../trainees/trainees.service.ts';
import type { Session } from '../tots/tot.ts';
import { sessionOf } from '../tots/tot.rules.ts';
import { TotsService } from '../tots/tots.service.ts';
import { TRAINING_CONFIG, type TrainingEnv } from '../training.config.ts';
import { TRAINING_TOKENS } from '../training-tokens.ts';
import { Attendance } from './attendance.ts';
import * as rules from './attendance.rules.ts';
import type {
  CheckInCodeView,
  CheckInView,
  MarksResultView,
  RegisterView,
  TraineeRecordView,
} from './attendance-view.dto.ts';
import { type Mark, type Register, registerId } from './register.ts';
import { registerViewOf } from './register.view.ts';

type Enrolled = Map<string, Pick<Trainee, 'name' | 'sex' | 'role'>>;

/** Thrown inside a register's change when a batch applies nothing: nothing is written. */
class Unchanged extends Error {
  constructor(readonly register: Versioned<Register> | null) {
    super('unchanged');
  }
}

/** Registers of sessions: marks by hand (online or synced from offline), QR check-ins, closing. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: Attendance,
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
    @Inject(TRAINING_TOKENS) private readonly tokens: SignedTokens,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingEnv,
  ) {}

  private get registers() {
    return this.attendance.registers;
  }

  /** The code the trainer's screen shows now, signed, naming the session and the period. */
  async checkInCode(totId: string, sessionId: string, caller: Caller): Promise<CheckInCodeView> {
    assertMayChange(caller);
    const tot = await this.tots.load(totId, caller);
    assertOpen(sessionOf(tot.state, sessionId));
    const periodSeconds = this.config.QR_PERIOD_SECONDS;
    const period = rules.periodOf(new Date(), periodSeconds);
    return {
      token: this.tokens.sign(rules.checkInValue({ totId, sessionId, period })),
      expiresAt: rules.expiryOf(period, periodSeconds).toISOString(),
      periodSeconds,
    };
  }

  /** A trainee checks in with the scanned code and their personal code: present, or late. */
  async checkIn(code: string | undefined, token: string): Promise<CheckInView> {
    const now = new Date();
    const claim = rules.readCheckIn(this.tokens.open(token));
    if (!claim)
      throw new DomainError(
        'check-in.invalid',
        'invalid',
        'This is not a check-in code: scan the code on the screen',
      );
    if (!rules.isCurrent(claim, now, this.config.QR_PERIOD_SECONDS))
      throw new DomainError(
        'check-in.expired',
        'invalid',
        'This check-in code has expired: scan the code on the screen again',
      );
    const trainee = await this.trainees.byCode(code);
    if (trainee.state.totId !== claim.totId)
      throw new DomainError('check-in.not_enrolled', 'forbidden', 'You are not enrolled in this training');
    const tot = await this.tots.tots.load(claim.totId);
    const session = tot?.state.sessions.find((s) => s.id === claim.sessionId);
    if (!tot || !session) throw new DomainError('check-in.invalid', 'invalid', 'This session is not known');
    assertOpen(session);

    const id = registerId(claim.totId, claim.sessionId);
    const current = await this.registers.load(id);
    // Checking in again keeps the first check-in: a second scan later would otherwise turn present into late.
    let register = current;
    if (!current?.state.marks.some((m) => m.traineeId === trainee.id && m.source === 'qr')) {
      const mark = {
        markId: randomUUID(),
        traineeId: trainee.id,
        status: rules.checkInStatus(session, now, this.config.LATE_AFTER_MINUTES),
        source: 'qr' as const,
        by: { id: trainee.id, name: '', roles: ['trainee'] },
        markedAt: now.toISOString(),
      };
      register = await this.registers.change(id, (latest) => {
        const batch = rules.takeMarks(
          latest?.state ?? rules.emptyRegister(claim.totId, claim.sessionId, tot.state.iprc),
          [mark],
          session,
          (t) => t === trainee.id,
          now,
        );
        if (!batch.next) throw closed(batch.refused[0]?.message ?? 'The session is closed');
        return { state: batch.next, events: [] };
      });
    }
    const status = rules.effective(register!.state.marks).get(trainee.id)!.status;
    return { session: { date: session.date, start: session.start, topic: session.topic }, status };
  }

  /** Marks by hand, one or a whole offline queue: each applied once, duplicates and refusals said. */
  async mark(
    totId: string,
    sessionId: string,
    marks: rules.MarkInput[],
    caller: Caller,
  ): Promise<MarksResultView> {
    assertMayChange(caller);
    const tot = await this.tots.load(totId, caller);
    const session = sessionOf(tot.state, sessionId);
    const enrolled = await this.enrolled(
      totId,
      marks.map((m) => m.traineeId),
    );
    const by = { id: caller.id, name: caller.name, roles: [...caller.roles] };
    const id = registerId(totId, sessionId);
    let batch: rules.Batch | undefined;
    let register: Versioned<Register> | null;
    try {
      register = await this.registers.change(id, (latest) => {
        batch = rules.takeMarks(
          latest?.state ?? rules.emptyRegister(totId, sessionId, tot.state.iprc),
          marks.map((m) => ({ ...m, source: 'hand' as const, by })),
          session,
          (t) => enrolled.has(t),
          new Date(),
        );
        if (!batch.next) throw new Unchanged(latest);
        return { state: batch.next, events: [] };
      });
    } catch (error) {
      if (!(error instanceof Unchanged)) throw error;
      register = error.register;
    }
    const { applied, duplicates, refused } = batch!;
    return { applied, duplicates, refused, register: await this.view(session, totId, register) };
  }

  async register(totId: string, sessionId: string, caller: Caller): Promise<RegisterView> {
    const tot = await this.tots.load(totId, caller);
    const session = sessionOf(tot.state, sessionId);
    return this.view(session, totId, await this.registers.load(registerId(totId, sessionId)));
  }

  /**
   * Closes the register, then holds the session with who attended by sex (SessionHeld). The register is closed
   * first, so no mark slips in between the count and the event; a close that failed after it can be retried.
   */
  async close(totId: string, sessionId: string, caller: Caller): Promise<RegisterView> {
    assertMayChange(caller);
    const tot = await this.tots.load(totId, caller);
    assertOpen(sessionOf(tot.state, sessionId));
    const id = registerId(totId, sessionId);
    const current = await this.registers.load(id);
    const register = current?.state.closedAt
      ? current
      : await this.registers.change(id, (latest) => {
          const state = latest?.state ?? rules.emptyRegister(totId, sessionId, tot.state.iprc);
          return {
            state: { ...state, closedAt: new Date().toISOString(), closedBy: caller.name },
            events: [],
          };
        });
    const marks = rules.effective(register.state.marks);
    const enrolled = await this.enrolled(totId, [...marks.keys()]);
    const rows = [...enrolled].map(([traineeId, t]) => ({ id: traineeId, sex: t.sex }));
    const held = await this.tots.hold(
      totId,
      sessionId,
      rows.length,
      rules.attendedBySex(rows, marks),
      caller,
    );
    return this.view(sessionOf(held.state, sessionId), totId, register);
  }

  /** A trainee's own record: their ToT and each of its sessions with their effective status. */
  async record(code: string | undefined): Promise<TraineeRecordView> {
    const trainee = await this.trainees.byCode(code);
    const tot = await this.tots.tots.load(trainee.state.totId);
    if (!tot) throw new DomainError('tot.not_found', 'not_found', 'This training is not known');
    const sessions = tot.state.sessions;
    const registers = await this.attendance.of(
      tot.id,
      sessions.map((s) => s.id),
    );
    return {
      id: trainee.id,
      name: trainee.state.name,
      role: trainee.state.role,
      totId: tot.id,
      totTitle: tot.state.title,
      iprc: tot.state.iprc,
      sessions: sessions.map((s) => ({
        id: s.id,
        date: s.date,
        start: s.start,
        end: s.end,
        room: s.room,
        topic: s.topic,
        sessionStatus: s.status,
        attendance: rules.effective(registers.get(s.id)?.state.marks ?? []).get(trainee.id)?.status ?? null,
      })),
    };
  }

  /**
   * The ToT's trainees: the projection (a moment behind), and any trainee named here that it lacks yet, read
   * from their own record, so a mark made right after enrolling is taken.
   */
  private async enrolled(totId: string, named: readonly string[]): Promise<Enrolled> {
    const listed: Enrolled = new Map((await this.trainees.of(totId)).map((t) => [t._id, t]));
    const missing = [...new Set(named)].filter((id) => !listed.has(id));
    if (missing.length)
      for (const [id, t] of await this.trainees.trainees.loadMany(missing))
        if (t.state.totId === totId) listed.set(id, t.state);
    return listed;
  }

  private async view(session: Session, totId: string, register: Versioned<Register> | null) {
    const marks: Mark[] = register?.state.marks ?? [];
    const enrolled = await this.enrolled(
      totId,
      marks.map((m) => m.traineeId),
    );
    return registerViewOf(totId, session, register?.state ?? null, enrolled);
  }
}

function assertMayChange(caller: Caller) {
  if (!mayChange(caller))
    throw new DomainError('tot.read_only', 'forbidden', 'You may read this ToT, not change it');
}

const closed = (message: string) => new DomainError('session.not_planned', 'conflict', message);

function assertOpen(session: Session) {
  if (session.status !== 'planned') throw closed(`This session is ${session.status}`);
}
