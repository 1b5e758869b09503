import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  type OnModuleInit,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Call } from '../calls/call.ts';
import { FUNDING_CONFIG, type FundingEnv } from '../funding.config.ts';
import { acceptPdf, PdfBody, pdfOf } from '../pdf-upload.ts';
import { ProposalAttachmentQueryDto, ProposalDraftDto } from './proposal.dto.ts';
import type { ProposalAttachmentView, ProposalView } from './proposal-view.dto.ts';
import { viewOf } from './proposal.view.ts';
import type { Proposal } from './proposal.ts';
import { ProposalsService } from './proposals.service.ts';
import { InvitationToken, invitationTokenHeader } from '../calls/invitation.ts';
import { Teams } from './teams.ts';

/** A team's proposal on a phone: no account, any invitee's token in `x-invitation-token` acts for the team. */
@ApiTags('funding')
@ApiHeader(invitationTokenHeader)
@Controller('public/proposal')
export class PublicProposalController implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly proposals: ProposalsService,
    private readonly teams: Teams,
    @Inject(FUNDING_CONFIG) private readonly config: FundingEnv,
  ) {}

  onModuleInit() {
    acceptPdf(this.adapterHost, this.config);
  }

  /** The team's proposal (an empty draft on the first visit while the call is open), with what it still lacks. */
  @Get()
  async get(@InvitationToken() token?: string): Promise<ProposalView> {
    const { proposal, call } = await this.proposals.ofTeam(token);
    return this.view(proposal.id, proposal.state, call);
  }

  /** Saves the draft: the fields sent replace the saved ones; refused once submitted. */
  @Put()
  async save(
    @Body() dto: ProposalDraftDto,
    @InvitationToken() token?: string,
  ): Promise<ProposalView> {
    const { proposal, call } = await this.proposals.save(token, dto);
    return this.view(proposal.id, proposal.state, call);
  }

  /** Attaches a PDF (the raw body, at most ATTACHMENT_MAX_MB; at most 5 per proposal) to the draft. */
  @Post('attachments')
  @PdfBody()
  async attach(
    @Query() query: ProposalAttachmentQueryDto,
    @Body() body: unknown,
    @InvitationToken() token?: string,
  ): Promise<ProposalAttachmentView> {
    return this.proposals.attach(token, query.name, pdfOf(body, 'An attachment must be a PDF file'));
  }

  @Delete('attachments/:attachmentId')
  @HttpCode(204)
  async detach(@Param('attachmentId') attachmentId: string, @InvitationToken() token?: string) {
    await this.proposals.detach(token, attachmentId);
  }

  /** Submits the proposal, once: complete, within the call's ceiling, before its deadline. */
  @Post('submit')
  @HttpCode(200)
  async submit(@InvitationToken() token?: string): Promise<ProposalView> {
    const { proposal, call } = await this.proposals.submit(token);
    return this.view(proposal.id, proposal.state, call);
  }

  private async view(id: string, p: Proposal, call: Call) {
    return viewOf(id, p, call, await this.teams.names(p.callId, p.totId));
  }
}
