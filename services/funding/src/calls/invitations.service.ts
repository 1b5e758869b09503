import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { InvitationIssued } from '@ikiraro/contracts';
import { AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { DomainError, ProblemException, type SignedTokens } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { FUNDING_CONFIG, type FundingEnv } from '../funding.config.ts';
import { FUNDING_TOKENS } from '../funding-tokens.ts';
import { CALL, type Call } from './call.ts';
import type { CohortMember } from './cohort.ts';
import { INVITATION, type Invitation, invitationIdOf } from './invitation.ts';

const DAY = 86_400_000;
/** Invitations written in one bulk write, at most. */
const CHUNK = 200;

/** Who a team request comes from: the invitation its token stands for. */
export interface InvitationRef {
  invitationId: string;
  callId: string;
  totId: string;
  iprc: string;
  role: 'trainee' | 'trainer';
  personId: string;
}

/**
 * The invitations of the people of finished ToTs to calls, one per person per call (ids from both, so inviting
 * again invites nobody twice), each announced by `funding.call.invitation-issued` with the signed link token.
 */
@Injectable()
export class InvitationsService {
  readonly invitations;
  private readonly calls;

  constructor(
    private readonly store: AggregateStore,
    @Inject(FUNDING_TOKENS) private readonly tokens: SignedTokens,
    @Inject(FUNDING_CONFIG) private readonly config: FundingEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.invitations = store.of<Invitation>(INVITATION);
    this.calls = store.of<Call>(CALL);
  }

  /** Invites these people to the call, in bulk; those invited already are left as they are. How many were new. */
  async invite(callId: string, call: Call, people: readonly CohortMember[]): Promise<number> {
    const items = people
      .filter((p): p is CohortMember & { name: string } => p.name !== null)
      .map((p) => {
        const id = invitationIdOf(callId, p.personId);
        const state: Invitation = {
          callId,
          totId: p.totId,
          iprc: p.iprc,
          role: p.role,
          personId: p.personId,
          name: p.name,
          ...(p.email ? { email: p.email } : {}),
          ...(p.sex ? { sex: p.sex } : {}),
        };
        const issued = event(InvitationIssued, {
          invitationId: id,
          callId,
          callTitle: call.title,
          deadline: call.deadline,
          totId: p.totId,
          iprc: p.iprc,
          role: p.role,
          personId: p.personId,
          name: p.name,
          ...(p.email ? { email: p.email } : {}),
          token: this.tokens.sign(id),
        });
        return { id, state, events: [issued] };
      });
    let created = 0;
    for (let i = 0; i < items.length; i += CHUNK) {
      const outcomes = await this.invitations.createMany(items.slice(i, i + CHUNK));
      created += outcomes.filter((o) => o === 'ok').length;
    }
    return created;
  }

  /**
   * A ToT finished, or grew, while calls are open: its people invited to each open call that takes its IPRC,
   * before its deadline, and the call told of the ToT. Idempotent: a redelivered event invites nobody twice.
   */
  async inviteToOpenCalls(totId: string, iprc: string, people: readonly CohortMember[], now: Date) {
    const open = await this.db
      .collection<Call & { _id: string }>('calls')
      .find({ status: 'open', deadline: { $gt: now.toISOString() } }, { projection: { _id: 1 } })
      .toArray();
    for (const { _id: callId } of open) {
      const call = await this.calls.load(callId);
      if (!call || call.state.status !== 'open') continue;
      const { iprcs } = call.state.eligibility;
      if (iprcs.length > 0 && !iprcs.includes(iprc)) continue;
      await this.invite(callId, call.state, people);
      if (!call.state.totIds.includes(totId))
        await this.calls.update(callId, ({ state }) => ({
          state: state.totIds.includes(totId) ? state : { ...state, totIds: [...state.totIds, totId] },
          events: [],
        }));
    }
  }

  /** The invitation a team's token stands for; 401 for a token we did not sign, 403 once it has lapsed. */
  async fromToken(token: string | undefined): Promise<InvitationRef> {
    const { invitation } = await this.byToken(token);
    const { callId, totId, iprc, role, personId } = invitation.state;
    return { invitationId: invitation.id, callId, totId, iprc, role, personId };
  }

  /** `fromToken` with the invitation (name opened) and its call, as stored. */
  async byToken(
    token: string | undefined,
  ): Promise<{ invitation: Versioned<Invitation>; call: Versioned<Call> }> {
    const id = this.tokens.open(token);
    const invitation = id ? await this.invitations.load(id) : null;
    const call = invitation ? await this.calls.load(invitation.state.callId) : null;
    if (!invitation || !call)
      throw new ProblemException({
        status: 401,
        code: 'funding.invitation.invalid',
        title: 'This invitation link is not valid',
      });
    const lapses = Date.parse(call.state.deadline) + this.config.INVITATION_DAYS_AFTER_DEADLINE * DAY;
    if (Date.now() > lapses)
      throw new DomainError('funding.invitation.expired', 'forbidden', 'This invitation has expired');
    return { invitation, call };
  }

  /** The invitations to a call (the projection, a moment behind), names opened; of one ToT when given. */
  async ofCall(callId: string, totId?: string): Promise<(Invitation & { _id: string })[]> {
    const docs = await this.db
      .collection<Invitation & { _id: string }>('invitations')
      .find({ callId, ...(totId ? { totId } : {}) })
      .sort({ totId: 1, role: 1, personId: 1 })
      .toArray();
    return this.store.openMany(INVITATION, docs);
  }

  private get db() {
    return this.connection.db!;
  }
}
