import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { traineePerson } from '@ikiraro/contracts';
import { AggregateStore, PersonalData, type Versioned } from '@ikiraro/messaging';
import { DomainError, SignedTokens } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { mayChange } from '../scope.ts';
import { assertPlanning } from '../tots/tot.rules.ts';
import { TotsService } from '../tots/tots.service.ts';
import { normaliseCode, TRAINING_TOKENS, traineeCode } from '../training-tokens.ts';
import { TRAINEE, type Trainee } from './trainee.ts';
import { readTraineeFile, type RowError, type TraineeRow } from './trainee-file.rules.ts';

export interface TraineeImportReport {
  rows: number;
  /** Rows that would be enrolled now. */
  toEnrol: number;
  /** Rows naming a trainee enrolled already (same address, or same name and department): left as they are. */
  existing: number;
  errors: RowError[];
  capacity: number;
  enrolled: number;
}

/** Trainees of a ToT: enrolled one by one or from a list, each with a personal code to check in with. */
@Injectable()
export class TraineesService {
  readonly trainees;

  constructor(
    private readonly store: AggregateStore,
    private readonly tots: TotsService,
    private readonly personal: PersonalData,
    @Inject(TRAINING_TOKENS) private readonly tokens: SignedTokens,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.trainees = store.of<Trainee>(TRAINEE);
  }

  /** The same person enrolled twice in one ToT is one trainee: the id follows from who they are. */
  idOf(totId: string, t: Pick<TraineeRow, 'email' | 'name' | 'department'>) {
    const who = t.email ?? `${t.name.toLowerCase()}|${t.department.toLowerCase()}`;
    return this.tokens.hash(`trainee:${totId}:${who}`).slice(0, 22);
  }

  code(traineeId: string) {
    return traineeCode(this.tokens, traineeId);
  }

  async enrol(totId: string, row: TraineeRow, caller: Caller) {
    const report = await this.check(totId, [{ row: 0, trainee: row }], caller);
    if (report.existing)
      throw new DomainError('trainee.enrolled', 'conflict', `${row.name} is enrolled already`);
    assertRoom(report, 1);
    const { tot } = report;
    const id = this.idOf(totId, row);
    return this.trainees.create(id, this.stateOf(totId, tot.state.iprc, id, row, caller));
  }

  async dryRun(totId: string, csv: Buffer, caller: Caller): Promise<TraineeImportReport> {
    const { tot, ...report } = await this.check(totId, readTraineeFile(csv), caller);
    return { ...report, capacity: tot.state.capacity };
  }

  /** Enrols every new row of the list; a list with any error is refused whole. Importing it again enrols none. */
  async import(totId: string, csv: Buffer, caller: Caller): Promise<TraineeImportReport> {
    const rows = readTraineeFile(csv);
    const { tot, ...report } = await this.check(totId, rows, caller);
    if (report.errors.length)
      throw new DomainError('import.invalid', 'invalid', 'The list has errors: nothing was enrolled', {
        report,
      });
    assertRoom(report, report.toEnrol);
    const known = await this.enrolledIds(totId);
    const fresh = new Map<string, TraineeRow>();
    for (const r of rows)
      if ('trainee' in r) {
        const id = this.idOf(totId, r.trainee);
        if (!known.has(id)) fresh.set(id, r.trainee);
      }
    await this.trainees.createMany(
      [...fresh].map(([id, row]) => ({ id, state: this.stateOf(totId, tot.state.iprc, id, row, caller) })),
    );
    return {
      ...report,
      enrolled: report.enrolled + fresh.size,
      toEnrol: 0,
      existing: report.existing + fresh.size,
    };
  }

  /** How many trainees a ToT has (nothing opened). */
  count(totId: string): Promise<number> {
    return this.projection.countDocuments({ totId } as never);
  }

  /** The trainees of a ToT, personal fields opened, by name. */
  async of(totId: string): Promise<(Trainee & { _id: string })[]> {
    const docs = await this.projection.find({ totId } as never).toArray();
    const opened = await this.store.openMany<Trainee & { _id: string }>(TRAINEE, docs);
    return opened.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  }

  /** The trainee a personal code names, or 404. */
  async byCode(code: string | undefined): Promise<Versioned<Trainee>> {
    const key = code ? this.tokens.hash(`code:${normaliseCode(code)}`) : '';
    const doc = key
      ? await this.projection.findOne({ codeKey: key } as never, { projection: { _id: 1 } })
      : null;
    const found = doc ? await this.trainees.load(doc._id) : null;
    if (!found || found.state.erased)
      throw new DomainError(
        'trainee.code_unknown',
        'not_found',
        'This code is not known: check it with your trainer',
      );
    return found;
  }

  /** Erasure: their key goes (every copy, every event stays sealed for good); sex and role stay for the figures. */
  async erase(totId: string, traineeId: string, caller: Caller) {
    await this.tots.load(totId, caller);
    const found = await this.trainees.load(traineeId);
    if (!found || found.state.totId !== totId)
      throw new DomainError('trainee.not_found', 'not_found', `No trainee ${traineeId} in this ToT`);
    await this.personal.erase(traineePerson(traineeId));
    await this.trainees.update(traineeId, ({ state }) => ({
      state: { ...state, name: null as never, email: null, phone: null, erased: true, codeKey: '' },
      events: [],
    }));
  }

  private async check(totId: string, rows: ReturnType<typeof readTraineeFile>, caller: Caller) {
    if (!mayChange(caller))
      throw new DomainError('tot.read_only', 'forbidden', 'You may read this ToT, not change it');
    const tot = await this.tots.load(totId, caller);
    assertPlanning(tot.state, 'enrol trainees');
    const known = await this.enrolledIds(totId);
    const seen = new Set<string>();
    let existing = 0;
    for (const r of rows)
      if ('trainee' in r) {
        const id = this.idOf(totId, r.trainee);
        if (known.has(id) || seen.has(id)) existing++;
        seen.add(id);
      }
    const errors = rows.flatMap((r) => ('errors' in r ? r.errors : []));
    const valid = rows.length - rows.filter((r) => 'errors' in r).length;
    return {
      tot,
      rows: rows.length,
      toEnrol: valid - existing,
      existing,
      errors,
      capacity: tot.state.capacity,
      enrolled: known.size,
    };
  }

  /** The ids of a ToT's trainees, without opening anyone's personal fields. */
  async enrolledIds(totId: string) {
    const docs = await this.projection.find({ totId } as never, { projection: { _id: 1 } }).toArray();
    return new Set(docs.map((d) => d._id));
  }

  private stateOf(totId: string, iprc: string, id: string, row: TraineeRow, caller: Caller): Trainee {
    return {
      totId,
      iprc,
      ...row,
      codeKey: this.tokens.hash(`code:${this.code(id)}`),
      enrolledAt: new Date().toISOString(),
      enrolledBy: caller.name,
    };
  }

  private get projection() {
    return this.connection.db!.collection<Trainee & { _id: string }>('trainees');
  }
}

function assertRoom(tot: { enrolled: number; capacity: number }, adding: number) {
  if (tot.enrolled + adding > tot.capacity)
    throw new DomainError(
      'tot.full',
      'conflict',
      `The ToT takes ${tot.capacity} trainees; ${tot.enrolled} are enrolled, ${adding} more do not fit`,
    );
}
