import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  type OnModuleInit,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { InvitationToken, invitationTokenHeader } from '../calls/invitation.ts';
import { FUNDING_CONFIG, type FundingEnv } from '../funding.config.ts';
import { acceptPdf, PdfBody, pdfOf } from '../pdf-upload.ts';
import { EvidenceQueryDto, MilestoneReportDto } from './award.dto.ts';
import type { AwardView, EvidenceView } from './award-view.dto.ts';
import { viewOf } from './award.view.ts';
import { AwardsService } from './awards.service.ts';
import { MentorsService } from './mentors.service.ts';

/** A funded team's award on a phone, by any invitee's token in `x-invitation-token`: milestones reported in order. */
@ApiTags('funding')
@ApiHeader(invitationTokenHeader)
@Controller('public/award')
export class PublicAwardController implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly awards: AwardsService,
    private readonly mentors: MentorsService,
    @Inject(FUNDING_CONFIG) private readonly config: FundingEnv,
  ) {}

  onModuleInit() {
    acceptPdf(this.adapterHost, this.config);
  }

  /** The team's award: its milestones, their status (with staff's reason when returned), the ledger, its mentor. */
  @Get()
  async get(@InvitationToken() token?: string): Promise<AwardView> {
    const award = await this.awards.ofTeam(token);
    return viewOf(award.id, award.state, await this.mentors.mentorName(award.state));
  }

  /** Uploads a PDF (the raw body, at most ATTACHMENT_MAX_MB; 5 per milestone) for the next milestone's report. */
  @Post('milestones/:milestoneId/evidence')
  @PdfBody()
  async attach(
    @Param('milestoneId') milestoneId: string,
    @Query() query: EvidenceQueryDto,
    @Body() body: unknown,
    @InvitationToken() token?: string,
  ): Promise<EvidenceView> {
    return this.awards.attach(token, milestoneId, query.name, pdfOf(body, 'Evidence must be a PDF file'));
  }

  /** Reports the next unpaid milestone done (pending, or returned and fixed): staff approve or return it. */
  @Post('milestones/:milestoneId/report')
  @HttpCode(200)
  async report(
    @Param('milestoneId') milestoneId: string,
    @Body() dto: MilestoneReportDto,
    @InvitationToken() token?: string,
  ): Promise<AwardView> {
    const award = await this.awards.report(token, milestoneId, dto);
    return viewOf(award.id, award.state, await this.mentors.mentorName(award.state));
  }
}
