import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type Caller, entry } from '@ikiraro/auth';
import {
  type CandidateSelectedV1,
  PlacementAccepted,
  PlacementArrived,
  PlacementCancelled,
  type PlacementCancelledV1,
  PlacementCompleted,
  PlacementDeclined,
  PlacementExpired,
  PlacementOffered,
  type PlacementRef,
} from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { DomainError, SignedTokens, TrainerScoped } from '@ikiraro/service-defaults';
import type { Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { Contacts } from '../contacts/contacts.ts';
import { PLACEMENT_CONFIG, type PlacementEnv } from '../placement.config.ts';
import { Attachments } from './attachments.ts';
import { OFFER_TOKENS } from './offer-tokens.ts';
import { PLACEMENT, type Placement } from './placement.ts';
import * as rules from './placement.rules.ts';

const checklist = () => programme().checklists.placement;

/** A placement's id is its application's: one selection, one placement (a redelivered selection opens none). */
@Injectable()
export class PlacementsService {
  readonly placements;
  private readonly scoped;

  constructor(
    store: AggregateStore,
    private readonly contacts: Contacts,
    private readonly attachments: Attachments,
    @Inject(OFFER_TOKENS) private readonly tokens: SignedTokens,
    @Inject(PLACEMENT_CONFIG) private readonly config: PlacementEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.placements = store.of<Placement>(PLACEMENT);
    this.scoped = new TrainerScoped(store, this.placements, {
      projection: () => this.projection,
      keyField: 'emailKey',
      keyOf: (email) => this.emailKey(email),
      notFound: (id) => new DomainError('placement.not_found', 'not_found', `No placement ${id}`),
    });
  }

  /** Opens the placement of a selected candidate and sends the offer; one already open is left as it is. */
  async open(selected: CandidateSelectedV1) {
    const id = selected.applicationId;
    if (await this.placements.load(id)) return;
    const state = rules.open(selected, checklist(), new Date(), this.config.OFFER_DAYS);
    const offered = event(PlacementOffered, {
      ...refOf(id, state),
      period: state.period,
      respondBy: state.respondBy,
      offerToken: this.tokens.sign(id),
    });
    await this.placements.create(id, state, [offered]).catch(ignoreConflict);
  }

  /** The placement an offer link names, or 404 for a link we did not sign. */
  async byOfferToken(token: string | undefined): Promise<Versioned<Placement>> {
    const id = this.tokens.open(token);
    const found = id ? await this.placements.load(id) : null;
    if (!found) throw new DomainError('offer.not_found', 'not_found', 'This offer link is not valid');
    return found;
  }

  async accept(token: string | undefined, passport: string) {
    const { id, state } = await this.byOfferToken(token);
    const contact = await this.contacts.find(state.memberId);
    if (!contact?.email || !contact.name)
      throw new DomainError(
        'offer.contact_unknown',
        'conflict',
        'Your details are not here yet: try again soon',
      );
    const actor = { id: state.memberId, name: contact.name, roles: ['member' as const] };
    return this.placements.update(id, ({ state }) => {
      const next = rules.accept(state, passport, checklist(), actor, new Date());
      return {
        state: { ...next, emailKey: this.emailKey(contact.email!) },
        events: [
          event(PlacementAccepted, {
            ...refOf(id, next),
            period: next.period,
            email: contact.email!,
            name: contact.name!,
          }),
        ],
      };
    });
  }

  async decline(token: string | undefined) {
    const { id, state } = await this.byOfferToken(token);
    const actor = { id: state.memberId, name: 'the professional', roles: ['member' as const] };
    return this.placements.update(id, ({ state }) => {
      const next = rules.decline(state, actor, new Date());
      return { state: next, events: [event(PlacementDeclined, refOf(id, next))] };
    });
  }

  /** Expires an unanswered offer past its time (the passes do it); one answered since is left as it is. */
  async expire(id: string, now = new Date()) {
    const current = await this.placements.load(id);
    if (!current || !rules.isExpired(current.state, now)) return;
    await this.placements.update(id, ({ state }) => {
      const next = rules.expire(state, now);
      return { state: next, events: [event(PlacementExpired, refOf(id, next))] };
    });
  }

  cancel(id: string, caller: Caller, reason: PlacementCancelledV1['reason'], note: string) {
    return this.scoped.update(id, caller, (state, at) => {
      const {
        state: next,
        stage,
        logisticsStarted,
      } = rules.cancel(state, reason, note.trim(), programme().checklists.cancellation, caller, at);
      return {
        state: next,
        events: [event(PlacementCancelled, { ...refOf(id, next), reason, stage, logisticsStarted })],
      };
    });
  }

  changeTask(id: string, key: string, change: rules.TaskChange, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => {
      const task = state.tasks.find((t) => t.key === key);
      if (task) assertOwner(caller, task.ownerRole);
      return { state: rules.changeTask(state, key, change, caller, at) };
    });
  }

  /** Whether the caller may work this task of this placement (its owner role, or the programme manager). */
  async assertMayWork(id: string, key: string, caller: Caller) {
    const { state } = await this.load(id, caller);
    const task = state.tasks.find((t) => t.key === key);
    if (!task) throw new DomainError('task.not_found', 'not_found', `No task ${key} on this placement`);
    assertOwner(caller, task.ownerRole);
  }

  attach(id: string, key: string, file: { id: string; name: string; bytes: number }, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => {
      const task = state.tasks.find((t) => t.key === key)!;
      const next = { ...task, attachments: [...task.attachments, { ...file, at: at.toISOString() }] };
      return {
        state: rules.withTask(state, next, entry(caller, 'attached', at, { task: key, file: file.id })),
      };
    });
  }

  arrive(id: string, on: string, caller: Caller) {
    return this.scoped.update(id, caller, (state, at) => {
      const next = rules.arrive(state, on, caller, at);
      return { state: next, events: [event(PlacementArrived, { ...refOf(id, next), arrivedOn: on })] };
    });
  }

  file(id: string, caller: Caller, what: Pick<Placement, 'report'> | Pick<Placement, 'appraisal'>) {
    return this.scoped.update(id, caller, (state, at) => {
      const next = rules.file(state, what, caller, at);
      const completed = next.status === 'completed';
      return {
        state: next,
        events: completed
          ? [
              event(PlacementCompleted, {
                ...refOf(id, next),
                completedOn: rules.dayOf(at),
                trainersTrained: next.report!.trainersTrained,
                rating: next.appraisal!.rating,
              }),
            ]
          : [],
      };
    });
  }

  /** Loads a placement the caller may see: a focal point their IPRC's, a trainer their own. */
  load(id: string, caller: Caller): Promise<Versioned<Placement>> {
    return this.scoped.load(id, caller);
  }

  /** Placements from the projection (a moment behind), the caller's scope applied, personal fields opened. */
  list(caller: Caller, filter: Filter<Placement> = {}) {
    return this.scoped.list(caller, filter);
  }

  /** Erasure: every placement of the member keeps its status, IPRC and dates; its personal fields go. */
  async eraseProfessional(memberId: string): Promise<number> {
    const listed = await this.projection.find({ memberId } as never, { projection: { _id: 1 } }).toArray();
    for (const { _id } of listed)
      await this.placements.update(_id, ({ state }) => ({ state: redact(state), events: [] }));
    await this.attachments.removeOf(listed.map((p) => p._id));
    return listed.length;
  }

  private get projection() {
    return this.connection.db!.collection<Placement & { _id: string }>('placements');
  }

  private emailKey(email: string) {
    return this.tokens.hash(email.trim().toLowerCase());
  }
}

/** Another writer created it first: what it wrote stands. */
export const ignoreConflict = (error: unknown) => {
  if (!(error instanceof AggregateConflictError)) throw error;
};

export const refOf = (placementId: string, p: Placement): PlacementRef => ({
  placementId,
  applicationId: p.applicationId,
  torId: p.torId,
  memberId: p.memberId,
  iprc: p.iprc,
});

/** A task is worked by its owner role or the programme manager. */
function assertOwner(caller: Caller, ownerRole: string) {
  if (!caller.roles.some((r) => r === ownerRole || r === 'programme-manager' || r === 'admin'))
    throw new DomainError('task.not_yours', 'forbidden', `This task is for the ${ownerRole}`);
}

/** What is left once the professional is erased: every personal field null (as a sealed one opens then). */
function redact(p: Placement): Placement {
  const gone = null as unknown as string;
  return {
    ...p,
    emailKey: null,
    ...(p.passport ? { passport: gone } : {}),
    tasks: p.tasks.map((t) => ({ ...t, notes: gone, ...(t.person !== undefined ? { person: gone } : {}) })),
    ...(p.report ? { report: { ...p.report, delivered: gone, recommendations: gone } } : {}),
    ...(p.appraisal ? { appraisal: { ...p.appraisal, comments: gone } } : {}),
    ...(p.cancellation ? { cancellation: { ...p.cancellation, note: gone } } : {}),
  };
}
