import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { CertificateIssuedV1, PlacementAcceptedV1 } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import {
  COHORT,
  COHORT_MEMBER,
  type Cohort,
  type CohortMember,
  cohortMemberIdOf,
  isFinished,
} from './cohort.ts';

/** A finished ToT in the staff's list: no names but its trainer's, its trainees counted by sex. */
export interface CohortSummary {
  totId: string;
  iprc: string;
  trainer: string | null;
  trainees: number;
  bySex: { sex: string; count: number }[];
  certifiedAt: string | null;
}

/**
 * The ToTs whose teams may be invited, from placement's and training's events: the trainer of the accepted
 * placement, the trainees certified. Each person is kept once (redeliveries change nothing).
 */
@Injectable()
export class CohortsService {
  readonly cohorts;
  readonly members;

  constructor(
    private readonly store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.cohorts = store.of<Cohort>(COHORT);
    this.members = store.of<CohortMember>(COHORT_MEMBER);
  }

  /** The ToT's trainer (its id is the placement's): their name and address kept for invitations. */
  async trainer(accepted: PlacementAcceptedV1): Promise<Versioned<Cohort>> {
    const totId = accepted.placementId;
    await this.remember({
      totId,
      iprc: accepted.iprc,
      role: 'trainer',
      personId: accepted.memberId,
      name: accepted.name,
      email: accepted.email,
    });
    return this.cohorts.change(totId, (current) => {
      const state = current?.state ?? blank(accepted.iprc, accepted.memberId);
      return { state: { ...state, trainer: true }, events: [] };
    });
  }

  /** A trainee of the ToT certified (training certificates only: a certificate of service is the trainer's). */
  async trainee(issued: CertificateIssuedV1, at: Date): Promise<Versioned<Cohort>> {
    await this.remember({
      totId: issued.totId,
      iprc: issued.iprc,
      role: 'trainee',
      personId: issued.holderId,
      name: issued.name,
      ...(issued.email ? { email: issued.email } : {}),
      sex: issued.sex,
    });
    return this.cohorts.change(issued.totId, (current) => {
      const state = current?.state ?? blank(issued.iprc, issued.memberId);
      const known = state.trainees.some((t) => t.personId === issued.holderId);
      const trainees = known
        ? state.trainees
        : [...state.trainees, { personId: issued.holderId, sex: issued.sex }];
      return {
        state: { ...state, trainees, certifiedAt: state.certifiedAt ?? at.toISOString() },
        events: [],
      };
    });
  }

  /** The people of a cohort as stored (not the projection: a consumer reads what it has just written). */
  async people(totId: string, cohort: Cohort): Promise<CohortMember[]> {
    const ids = [
      ...(cohort.trainer ? [cohortMemberIdOf(totId, cohort.memberId)] : []),
      ...cohort.trainees.map((t) => cohortMemberIdOf(totId, t.personId)),
    ];
    const loaded = await this.members.loadMany(ids);
    return ids.flatMap((id) => (loaded.has(id) ? [loaded.get(id)!.state] : []));
  }

  /** The finished cohorts (the projection, a moment behind), oldest certified first. */
  async finished(): Promise<(Cohort & { _id: string })[]> {
    const docs = await this.projection
      .find({ trainer: true, 'trainees.0': { $exists: true } })
      .sort({ certifiedAt: 1, _id: 1 })
      .toArray();
    return docs.filter(isFinished);
  }

  /** The staff's list of finished cohorts, with each trainer's name opened. */
  async summaries(): Promise<CohortSummary[]> {
    const cohorts = await this.finished();
    const trainerIds = cohorts.map((c) => cohortMemberIdOf(c._id, c.memberId));
    const trainers = await this.members.loadMany(trainerIds);
    return cohorts.map((c) => {
      const bySex = new Map<string, number>();
      for (const t of c.trainees) bySex.set(t.sex, (bySex.get(t.sex) ?? 0) + 1);
      return {
        totId: c._id,
        iprc: c.iprc,
        trainer: trainers.get(cohortMemberIdOf(c._id, c.memberId))?.state.name ?? null,
        trainees: c.trainees.length,
        bySex: [...bySex].map(([sex, count]) => ({ sex, count })).sort((a, b) => a.sex.localeCompare(b.sex)),
        certifiedAt: c.certifiedAt ?? null,
      };
    });
  }

  /** Once per person: a redelivered or repeated event (a certificate reissued) keeps the first. */
  private async remember(member: CohortMember) {
    await this.members
      .create(cohortMemberIdOf(member.totId, member.personId), member)
      .catch((error: unknown) => {
        if (!(error instanceof AggregateConflictError)) throw error;
      });
  }

  private get projection() {
    return this.connection.db!.collection<Cohort & { _id: string }>('cohorts');
  }
}

const blank = (iprc: string, memberId: string): Cohort => ({ iprc, memberId, trainer: false, trainees: [] });
