import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { CallClosed, CallOpened } from '@ikiraro/contracts';
import { AggregateStore, type Decision, event, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { v7 as uuidv7 } from 'uuid';
import type { Connection } from 'mongoose';
import { CALL, type Call, type CommitteeMember } from './call.ts';
import type { CallChangeDto, CallDraftDto } from './call.dto.ts';
import * as rules from './call.rules.ts';
import { CohortsService } from './cohorts.service.ts';
import { InvitationsService } from './invitations.service.ts';

/** Roles that see every call; anyone else who may read calls (a TWG member) sees the calls they sit on. */
const SEES_ALL = new Set(['admin', 'programme-manager', 'auditor']);
export const seesAll = (caller: Caller) => caller.roles.some((r) => SEES_ALL.has(r));
export const sitsOn = (call: Call, caller: Caller) => call.committee.some((m) => m.accountId === caller.id);

/** Calls for pilot proposals: drafted, opened to the teams of finished ToTs, closed. */
@Injectable()
export class CallsService {
  readonly calls;

  constructor(
    store: AggregateStore,
    private readonly cohorts: CohortsService,
    private readonly invitations: InvitationsService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.calls = store.of<Call>(CALL);
  }

  create(dto: CallDraftDto): Promise<Versioned<Call>> {
    return this.calls.create(uuidv7(), rules.draft(dto, new Date()));
  }

  change(id: string, dto: CallChangeDto) {
    return this.update(id, (call) => ({ state: rules.change(call, dto, new Date()), events: [] }));
  }

  seatCommittee(id: string, members: CommitteeMember[]) {
    return this.update(id, (call) => ({ state: rules.seatCommittee(call, members), events: [] }));
  }

  /**
   * Opens the call and invites everyone of every finished ToT it takes (its IPRCs, when it names some): the call
   * first, so that a ToT finishing meanwhile is invited by the consumer; then the invitations, in bulk.
   */
  async open(id: string): Promise<Versioned<Call>> {
    const current = await this.loadOrThrow(id);
    rules.assertDraft(current.state);
    const { iprcs } = current.state.eligibility;
    const cohorts = (await this.cohorts.finished()).filter(
      (c) => iprcs.length === 0 || iprcs.includes(c.iprc),
    );
    const now = new Date();
    const opened = await this.update(id, (call) => {
      const next = rules.open(
        call,
        cohorts.map((c) => c._id),
        now,
      );
      const { title, deadline, fund, ceiling, awards, totIds } = next;
      return {
        state: next,
        events: [event(CallOpened, { callId: id, title, deadline, fund, ceiling, awards, totIds })],
      };
    });
    for (const cohort of cohorts)
      await this.invitations.invite(id, opened.state, await this.cohorts.people(cohort._id, cohort));
    return opened;
  }

  /** No more submissions; review begins. */
  async close(id: string): Promise<Versioned<Call>> {
    rules.assertOpen((await this.loadOrThrow(id)).state);
    const proposals = await this.connection
      .db!.collection('proposals')
      .countDocuments({ callId: id, status: { $ne: 'draft' } });
    return this.update(id, (call) => ({
      state: rules.close(call, new Date()),
      events: [event(CallClosed, { callId: id, reason: 'closed', proposals })],
    }));
  }

  /** A call the caller may see: a TWG member only a call they sit on (404 for any other). */
  async load(id: string, caller: Caller): Promise<Versioned<Call>> {
    const call = await this.loadOrThrow(id);
    if (!seesAll(caller) && !sitsOn(call.state, caller)) throw notFound(id);
    return call;
  }

  /** The calls the caller may see (the projection, a moment behind), latest deadline first. */
  async list(caller: Caller): Promise<(Call & { _id: string })[]> {
    const filter = seesAll(caller) ? {} : { 'committee.accountId': caller.id };
    return this.connection
      .db!.collection<Call & { _id: string }>('calls')
      .find(filter)
      .sort({ deadline: -1, _id: 1 })
      .toArray();
  }

  private async loadOrThrow(id: string) {
    const call = await this.calls.load(id);
    if (!call) throw notFound(id);
    return call;
  }

  private async update(id: string, decide: (call: Call) => Decision<Call>) {
    await this.loadOrThrow(id);
    return this.calls.update(id, ({ state }) => decide(state));
  }
}

const notFound = (id: string) => new DomainError('funding.call.not_found', 'not_found', `No call ${id}`);
