import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import type { Call } from '../calls/call.ts';
import { INVITATION, type Invitation } from '../calls/invitation.ts';
import { InvitationsService } from '../calls/invitations.service.ts';
import { type Invitee, memberOf } from './proposal.rules.ts';
import type { TeamMember } from './proposal.ts';

/** Who a team request comes from, by the invitation token it carries, and who else is on that team. */
@Injectable()
export class Teams {
  constructor(
    private readonly store: AggregateStore,
    private readonly invitations: InvitationsService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** The invitee and their call: 401 for a token we did not sign, 403 once the invitation has lapsed. */
  async invitee(token: string | undefined): Promise<{ invitee: Invitee; call: Versioned<Call> }> {
    const { invitation, call } = await this.invitations.byToken(token);
    return { invitee: invitation.state, call };
  }

  /** The ToT's invitees to the call (the projection, a moment behind: the caller's own is added by the caller). */
  async found(callId: string, totId: string): Promise<TeamMember[]> {
    const docs = await this.projection.find({ callId, totId }).toArray();
    return docs.map(memberOf);
  }

  /** The team's names by person (opened; null for someone erased), for the team's own view and for staff. */
  async names(callId: string, totId: string): Promise<Map<string, string | null>> {
    const docs = await this.projection.find({ callId, totId }).toArray();
    const opened = await this.store.openMany(INVITATION, docs);
    return new Map(opened.map((d) => [d.personId, d.name]));
  }

  private get projection() {
    return this.connection.db!.collection<Invitation & { _id: string }>('invitations');
  }
}
