import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { FastifyReply } from 'fastify';
import { EvidenceIdQueryDto, MilestoneReturnDto, TranchePaymentDto } from './award.dto.ts';
import type { AwardListView, AwardView } from './award-view.dto.ts';
import type { Award } from './award.ts';
import { summaryOf, viewOf } from './award.view.ts';
import { AwardsService } from './awards.service.ts';
import { MentorsService } from './mentors.service.ts';

/** Awards for staff: milestones approved or returned, tranches paid (a committee member: their calls' only). */
@ApiTags('funding')
@Controller('awards')
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly mentors: MentorsService,
  ) {}

  /** The awards, by call then rank: what was awarded and paid, and the next milestone. */
  @Get()
  async list(@CurrentCaller() caller: Caller): Promise<AwardListView> {
    const rows = await this.awards.list(caller);
    return { items: rows.map(({ _id, ...a }) => summaryOf(_id, a)) };
  }

  /** The award's milestones with their status, and its ledger. */
  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<AwardView> {
    return this.view(id, (await this.awards.load(id, caller)).state);
  }

  @Get(':id/milestones/:milestoneId/evidence')
  @ApiProduces('application/pdf')
  async evidence(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Query() query: EvidenceIdQueryDto,
    @CurrentCaller() caller: Caller,
    @Res() reply: FastifyReply,
  ) {
    const found = await this.awards.evidenceOf(id, milestoneId, query.id, caller);
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${found.name.replace(/[^\w.\- ]/g, '_')}"`)
      .send(found.bytes);
  }

  /** Approves the reported milestone (announced with its jobs): its tranche may then be paid. */
  @Post(':id/milestones/:milestoneId/approve')
  @HttpCode(200)
  async approve(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AwardView> {
    return this.view(id, (await this.awards.approve(id, milestoneId, caller)).state);
  }

  /** Returns the report to the team with the reason; they report it again. */
  @Post(':id/milestones/:milestoneId/return')
  @HttpCode(200)
  async return(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() dto: MilestoneReturnDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AwardView> {
    return this.view(id, (await this.awards.return(id, milestoneId, dto.reason, caller)).state);
  }

  /** Records the payment of an approved milestone's tranche, exactly its amount, once. */
  @Post(':id/milestones/:milestoneId/payment')
  @HttpCode(200)
  async pay(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() dto: TranchePaymentDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AwardView> {
    const payment = { date: dto.date, amount: dto.amount, reference: dto.reference };
    return this.view(id, (await this.awards.pay(id, milestoneId, payment, caller)).state);
  }

  private async view(id: string, award: Award): Promise<AwardView> {
    return viewOf(id, award, await this.mentors.mentorName(award));
  }
}
