import { Controller, Get } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { PublicInvitationView } from './call-view.dto.ts';
import { publicViewOf } from './call.view.ts';
import { InvitationToken, invitationTokenHeader } from './invitation.ts';
import { InvitationsService } from './invitations.service.ts';

/** A team's view of its invitation, opened by the signed link: no account needed. */
@ApiTags('funding')
@Controller('public/invitation')
export class PublicInvitationController {
  constructor(private readonly invitations: InvitationsService) {}

  /** The call, whom the link is for, and the rest of their team (the ToT's invited people). */
  @Get()
  @ApiHeader(invitationTokenHeader)
  async get(@InvitationToken() token?: string): Promise<PublicInvitationView> {
    const { invitation, call } = await this.invitations.byToken(token);
    const { callId, totId, personId } = invitation.state;
    const listed = await this.invitations.ofCall(callId, totId);
    const team = listed.some((i) => i.personId === personId) ? listed : [...listed, invitation.state];
    return publicViewOf(call, invitation.state, team);
  }
}
