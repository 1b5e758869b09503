import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import {
  type PlacementAcceptedV1,
  type SexCount,
  SessionHeld,
  TotCancelled,
  TotOpened,
  type TotRef,
} from '@ikiraro/contracts';
import {
  AggregateConflictError,
  AggregateStore,
  event,
  type PendingEvent,
  type Versioned,
} from '@ikiraro/messaging';
import { DomainError, SignedTokens, TrainerScoped } from '@ikiraro/service-defaults';
import { randomUUID } from 'node:crypto';
import type { Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { TRAINING_CONFIG, type TrainingEnv } from '../training.config.ts';
import { TRAINING_TOKENS } from '../training-tokens.ts';
import { TOT, type Tot } from './tot.ts';
import * as rules from './tot.rules.ts';

/** ToR titles from selection's `tor.published`: a ToT is named after its ToR. */
export const TOR_TITLES = 'tor_titles';

/** A ToT's id is its placement's: one accepted placement, one ToT (a redelivered acceptance opens none). */
@Injectable()
export class TotsService {
  readonly tots;
  private readonly scoped;

  constructor(
    store: AggregateStore,
    @Inject(TRAINING_TOKENS) private readonly tokens: SignedTokens,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.tots = store.of<Tot>(TOT);
    this.scoped = new TrainerScoped(store, this.tots, {
      projection: () => this.projection,
      keyField: 'trainerKey',
      keyOf: (email) => this.emailKey(email),
      notFound: (id) => new DomainError('tot.not_found', 'not_found', `No ToT ${id}`),
    });
  }

  async open(accepted: PlacementAcceptedV1) {
    const id = accepted.placementId;
    if (await this.tots.load(id)) return;
    const tor = await this.connection
      .db!.collection<{ _id: string; title: string }>(TOR_TITLES)
      .findOne({ _id: accepted.torId });
    const title = tor ? `Training of Trainers: ${tor.title}` : 'Training of Trainers';
    const state = rules.open(
      accepted,
      this.emailKey(accepted.email),
      title,
      this.config.DEFAULT_CAPACITY,
      new Date(),
    );
    const opened = event(TotOpened, { ...refOf(id, state), torId: state.torId, period: state.period });
    await this.tots.create(id, state, [opened]).catch((error: unknown) => {
      if (!(error instanceof AggregateConflictError)) throw error;
    });
  }

  /** Cancelled with its placement; a placement cancelled before it was accepted has no ToT. */
  async cancel(placementId: string) {
    const current = await this.tots.load(placementId);
    if (!current || current.state.status === 'cancelled') return;
    await this.tots.update(placementId, ({ state }) => {
      const { state: next, sessionsCancelled } = rules.cancel(state, new Date());
      return {
        state: next,
        events: [event(TotCancelled, { ...refOf(placementId, next), sessionsCancelled })],
      };
    });
  }

  plan(id: string, change: rules.Plan, enrolled: number, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => ({
      state: rules.plan(state, change, enrolled, caller, at),
    }));
  }

  addSession(id: string, session: rules.SessionPlan, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => ({
      state: rules.addSession(state, randomUUID(), session, caller, at),
    }));
  }

  changeSession(id: string, sessionId: string, change: Partial<rules.SessionPlan>, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => ({
      state: rules.changeSession(state, sessionId, change, caller, at),
    }));
  }

  cancelSession(id: string, sessionId: string, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => ({
      state: rules.cancelSession(state, sessionId, caller, at),
    }));
  }

  /** The session's register is closed (attendance): held, with who attended counted by sex. */
  hold(id: string, sessionId: string, enrolled: number, attended: SexCount[], caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => {
      const next = rules.hold(state, sessionId, caller, at);
      const { date } = rules.sessionOf(next, sessionId);
      return {
        state: next,
        events: [event(SessionHeld, { ...refOf(id, next), sessionId, date, enrolled, attended })],
      };
    });
  }

  /** The course is over (assessment closes it and publishes the gain in the same write). */
  close(id: string, caller: Caller, events: (state: Tot) => PendingEvent[]) {
    return this.scoped.update(id, caller, (state, at) => {
      const next = rules.close(state, caller, at);
      return { state: next, events: events(next) };
    });
  }

  /** Loads a ToT the caller may see: a focal point their IPRC's, a trainer their own. */
  load(id: string, caller: Caller): Promise<Versioned<Tot>> {
    return this.scoped.load(id, caller);
  }

  /** ToTs from the projection (a moment behind), the caller's scope applied, personal fields opened. */
  list(caller: Caller, filter: Filter<Tot> = {}) {
    return this.scoped.list(caller, filter);
  }

  /** Erasure of the professional: their ToTs keep their sessions and figures, not their name. */
  async eraseTrainer(memberId: string): Promise<number> {
    const listed = await this.projection.find({ memberId } as never, { projection: { _id: 1 } }).toArray();
    for (const { _id } of listed)
      await this.tots.update(_id, ({ state }) => ({
        state: { ...state, trainerName: null, trainerKey: null },
        events: [],
      }));
    return listed.length;
  }

  private get projection() {
    return this.connection.db!.collection<Tot & { _id: string }>('tots');
  }

  private emailKey(email: string) {
    return this.tokens.hash(`email:${email.trim().toLowerCase()}`);
  }
}

export const refOf = (totId: string, tot: Pick<Tot, 'iprc' | 'memberId'>): TotRef => ({
  totId,
  iprc: tot.iprc,
  memberId: tot.memberId,
});
