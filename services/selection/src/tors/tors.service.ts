import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type Caller, entry } from '@ikiraro/auth';
import { TorClosed, TorPanelAssigned, TorPublished } from '@ikiraro/contracts';
import { AggregateStore, type Decision, event, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import type { CreateTorDto, ListTorsQuery, PanelDto, UpdateTorDto } from './tor.dto.ts';
import {
  approve,
  assertAuthorOf,
  assertConsistent,
  close,
  edit,
  mayRead,
  publish,
  publicViewOf,
  readScopeOf,
  setPanel,
  torNotFound,
} from './tor.rules.ts';
import {
  type ClosingReason,
  defaultCriteria,
  defaultEligibility,
  defaultMatchWeights,
  TOR,
  type Tor,
  type TorFields,
} from './tor.ts';

/** Plain copies of validated DTOs (class instances do not belong in stored state). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** ToRs as aggregates: each change one stored version with its events and its line in the trail. */
@Injectable()
export class TorsService {
  readonly tors;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.tors = store.of<Tor>(TOR);
  }

  async create(dto: CreateTorDto, caller: Caller): Promise<Versioned<Tor>> {
    assertAuthorOf(caller, dto.iprc);
    const fields: TorFields = plain({
      ...dto,
      eligibility: dto.eligibility ?? defaultEligibility,
      matchWeights: dto.matchWeights ?? defaultMatchWeights,
      criteria: dto.criteria ?? defaultCriteria,
    });
    assertConsistent(fields);
    return this.tors.create(uuidv7(), {
      ...fields,
      panel: { reviewers: [], blind: false },
      status: 'draft',
      trail: [entry(caller, 'drafted', new Date())],
    });
  }

  /** The ToR, if the caller may read it (a focal point: one of their IPRC's). */
  async get(id: string, caller: Caller): Promise<Versioned<Tor>> {
    const tor = await this.tors.load(id);
    if (!tor || !mayRead(caller, tor.state)) throw torNotFound(id);
    return tor;
  }

  /**
   * From the projection the relay keeps: equality filters only (pushed down on FerretDB), a moment behind. A focal
   * point's IPRC is one more filter; asking for another IPRC finds nothing.
   */
  async list(query: ListTorsQuery, caller: Caller) {
    const scope = readScopeOf(caller);
    if (scope && (scope.iprc === null || (query.iprc && query.iprc !== scope.iprc))) return [];
    const iprc = scope?.iprc ?? query.iprc;
    const found = await this.connection
      .db!.collection<Tor & { _id: string; version: number }>('tors')
      .find({
        ...(query.status ? { status: query.status } : {}),
        ...(iprc ? { iprc } : {}),
      })
      .toArray();
    return found
      .map(({ _id, trail, ...tor }) => ({ id: _id, ...tor, draftedAt: trail[0]?.at ?? null }))
      .sort((a, b) => (b.draftedAt ?? '').localeCompare(a.draftedAt ?? ''));
  }

  async update(id: string, dto: UpdateTorDto, caller: Caller) {
    assertAuthorOf(caller, (await this.get(id, caller)).state.iprc);
    // The rules a draft takes from the programme when left out go back to the programme's when set to null.
    const changes = plain({
      ...dto,
      ...(dto.eligibility === null ? { eligibility: defaultEligibility } : {}),
      ...(dto.matchWeights === null ? { matchWeights: defaultMatchWeights } : {}),
      ...(dto.criteria === null ? { criteria: defaultCriteria } : {}),
    });
    return this.change(id, caller, 'edited', (tor) => ({ state: edit(tor, changes), events: [] }), {
      fields: Object.keys(dto),
    });
  }

  approve(id: string, caller: Caller) {
    return this.change(id, caller, 'approved', (tor) => ({ state: approve(tor), events: [] }));
  }

  publish(id: string, caller: Caller) {
    return this.change(id, caller, 'published', (tor) => ({
      state: publish(tor),
      events: [
        event(TorPublished, {
          torId: id,
          iprc: tor.iprc,
          subject: tor.subject,
          title: tor.title,
          experts: tor.experts,
          period: { ...tor.period },
          durationMonths: tor.durationMonths,
        }),
        ...panelAssigned(id, tor.panel.reviewers),
      ],
    }));
  }

  close(id: string, reason: ClosingReason, caller: Caller) {
    return this.change(
      id,
      caller,
      'closed',
      (tor) => ({ state: close(tor, reason), events: [event(TorClosed, { torId: id, reason })] }),
      { reason },
    );
  }

  setPanel(id: string, dto: PanelDto, caller: Caller) {
    const reviewers = dto.reviewers.map(({ id: reviewerId, name }) => ({ id: reviewerId, name }));
    return this.change(
      id,
      caller,
      'panel-set',
      (tor) => ({
        state: setPanel(tor, reviewers, dto.blind),
        // Reviewers hear of a panel once its ToR is published: those added since, then.
        events:
          tor.status === 'published'
            ? panelAssigned(
                id,
                reviewers.filter((r) => !tor.panel.reviewers.some((known) => known.id === r.id)),
              )
            : [],
      }),
      { reviewers: reviewers.map((r) => r.name), blind: dto.blind },
    );
  }

  /** Published ToRs, for the public pages and registrants. */
  async published() {
    const found = await this.connection
      .db!.collection<Tor & { _id: string }>('tors')
      .find({ status: 'published' })
      .toArray();
    return found
      .map((tor) => publicViewOf(tor._id, tor))
      .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.title.localeCompare(b.title));
  }

  private async change(
    id: string,
    caller: Caller,
    action: string,
    decide: (tor: Tor) => Decision<Tor>,
    detail?: Record<string, unknown>,
  ) {
    await this.get(id, caller);
    return this.tors.update(id, ({ state }) => {
      const decision = decide(state);
      return {
        ...decision,
        state: { ...decision.state, trail: [...state.trail, entry(caller, action, new Date(), detail)] },
      };
    });
  }
}

/** `TorPanelAssigned` for these reviewers, or nothing when there are none. */
const panelAssigned = (torId: string, reviewers: readonly { id: string }[]) =>
  reviewers.length ? [event(TorPanelAssigned, { torId, reviewerIds: reviewers.map((r) => r.id) })] : [];

export const torView = ({ id, version, state }: Versioned<Tor>) => ({ id, version, ...state });
