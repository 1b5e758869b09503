import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { FastifyReply } from 'fastify';
import type { ProposalListView, ProposalView } from './proposal-view.dto.ts';
import { summaryOf, viewOf } from './proposal.view.ts';
import { ProposalsService } from './proposals.service.ts';
import { Teams } from './teams.ts';

/** Proposals for staff and the committee (a member: those of the calls they sit on; others are not found). */
@ApiTags('funding')
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly teams: Teams,
  ) {}

  /** A call's proposals, with their status and what they ask for, by status then title. */
  @Get('calls/:id/proposals')
  async list(@Param('id') callId: string, @CurrentCaller() caller: Caller): Promise<ProposalListView> {
    const rows = await this.proposals.list(callId, caller);
    const items = rows
      .map(({ _id, ...p }) => summaryOf(_id, p))
      .sort(
        (a, b) =>
          a.status.localeCompare(b.status) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
      );
    return { items };
  }

  /** The whole proposal, with the team's names. */
  @Get('proposals/:id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ProposalView> {
    const { proposal, call } = await this.proposals.load(id, caller);
    const { state } = proposal;
    return viewOf(id, state, call, await this.teams.names(state.callId, state.totId));
  }

  @Get('proposals/:id/attachments/:attachmentId')
  @ApiProduces('application/pdf')
  async attachment(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @CurrentCaller() caller: Caller,
    @Res() reply: FastifyReply,
  ) {
    const found = await this.proposals.attachment(id, attachmentId, caller);
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${found.name.replace(/[^\w.\- ]/g, '_')}"`)
      .send(found.bytes);
  }
}
