import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { CascadeRecorded } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { mayChange } from '../scope.ts';
import type { Trainee } from '../trainees/trainee.ts';
import { TraineesService } from '../trainees/trainees.service.ts';
import type { Tot } from '../tots/tot.ts';
import { refOf, TotsService } from '../tots/tots.service.ts';
import { CASCADE, CASCADE_SESSIONS, type CascadeSession } from './cascade.ts';
import type { CascadeDto } from './cascade.dto.ts';
import { assertMayRecord, studentsOf } from './cascade.rules.ts';

const sexes = () => programme().genders.map((g) => g.code);
/** Today wherever the programme runs: the UTC date 14 hours ahead, so that no zone's today is refused. */
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

export type StoredSession = CascadeSession & { _id: string };

/** Sessions trained teachers give to their own students, and the tree trainer → teachers → students. */
@Injectable()
export class CascadeService {
  readonly sessions;

  constructor(
    private readonly store: AggregateStore,
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.sessions = store.of<CascadeSession>(CASCADE);
  }

  /** The teacher a personal code names records a session they gave. */
  async recordByTrainee(code: string | undefined, dto: CascadeDto) {
    const trainee = await this.trainees.byCode(code);
    const tot = await this.tots.tots.load(trainee.state.totId);
    if (!tot) throw new DomainError('tot.not_found', 'not_found', 'This training is not known');
    return this.record(tot, trainee, dto, null);
  }

  /** Staff running the ToT record a session for one of its trained teachers. */
  async recordByStaff(totId: string, traineeId: string, dto: CascadeDto, caller: Caller) {
    if (!mayChange(caller))
      throw new DomainError('tot.read_only', 'forbidden', 'You may read this ToT, not change it');
    const tot = await this.tots.load(totId, caller);
    const trainee = await this.trainees.trainees.load(traineeId);
    if (!trainee || trainee.state.totId !== totId)
      throw new DomainError('trainee.not_found', 'not_found', `No trainee ${traineeId} in this ToT`);
    return this.record(tot, trainee, dto, { id: caller.id, name: caller.name });
  }

  private async record(
    tot: Versioned<Tot>,
    trainee: Versioned<Trainee>,
    dto: CascadeDto,
    by: CascadeSession['recordedBy'],
  ): Promise<Versioned<CascadeSession>> {
    assertMayRecord(trainee.state, tot.state, dto.date, latestToday());
    const { students, roster } = studentsOf(dto, sexes());
    const id = dto.id ?? randomUUID();
    const state: CascadeSession = {
      totId: tot.id,
      iprc: tot.state.iprc,
      traineeId: trainee.id,
      date: dto.date,
      subject: dto.subject.trim(),
      students,
      roster,
      recordedAt: new Date().toISOString(),
      recordedBy: by,
    };
    const recorded = event(CascadeRecorded, {
      ...refOf(tot.id, tot.state),
      cascadeId: id,
      traineeId: trainee.id,
      date: state.date,
      subject: state.subject,
      students,
    });
    try {
      return await this.sessions.create(id, state, [recorded]);
    } catch (error) {
      if (!(error instanceof AggregateConflictError)) throw error;
      // Sent again with the same id (a retry from a phone): the session recorded the first time
      const existing = await this.sessions.load(id);
      if (existing?.state.traineeId !== trainee.id)
        throw new DomainError('cascade.id_taken', 'conflict', 'Another session has this id');
      return existing;
    }
  }

  /** A ToT's tree, the caller's scope applied; roster names opened for whoever runs it. */
  async ofTot(totId: string, caller: Caller) {
    const tot = await this.tots.load(totId, caller);
    const [trainees, sessions] = await Promise.all([
      this.trainees.of(totId),
      this.find({ totId }, mayChange(caller)),
    ]);
    return { tot: { _id: tot.id, ...tot.state }, trainees, sessions };
  }

  /** Every ToT the caller may see (a focal point: their IPRC's, a trainer: their own), with its tree. */
  async overview(caller: Caller) {
    const tots = await this.tots.list(caller);
    const ids = tots.map((t) => t._id);
    const [trainees, sessions] = await Promise.all([
      Promise.all(ids.map((id) => this.trainees.of(id))),
      this.find({ totId: { $in: ids } }, false),
    ]);
    return { tots, trainees: trainees.flat(), sessions };
  }

  /** A teacher's own sessions, with the names they gave. */
  async own(code: string | undefined) {
    const trainee = await this.trainees.byCode(code);
    return this.find({ traineeId: trainee.id }, true);
  }

  /** Sessions from the projection (a moment behind), oldest first; the roster's names opened only if asked. */
  private async find(filter: Filter<CascadeSession>, withNames: boolean): Promise<StoredSession[]> {
    const docs = await this.connection
      .db!.collection<StoredSession>(CASCADE_SESSIONS)
      .find(filter as never, withNames ? {} : { projection: { roster: 0 } })
      .toArray();
    const opened = withNames ? await this.store.openMany<StoredSession>(CASCADE, docs) : docs;
    return opened.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  }
}
