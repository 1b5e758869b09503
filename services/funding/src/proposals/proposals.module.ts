import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module.ts';
import { ProposalAttachments } from './attachments.ts';
import { ProposalsController } from './proposals.controller.ts';
import { ProposalsService } from './proposals.service.ts';
import { PublicProposalController } from './public-proposal.controller.ts';
import { Teams } from './teams.ts';

/** Teams' pilot proposals: drafted and submitted by invitation, read by staff, moved on by review's events (outcomes/). */
@Module({
  imports: [CallsModule],
  controllers: [PublicProposalController, ProposalsController],
  providers: [ProposalsService, ProposalAttachments, Teams],
  exports: [ProposalsService],
})
export class ProposalsModule {}
