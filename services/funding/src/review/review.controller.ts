import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { ConflictView, OwnScoreView, ReviewBoardView, ScreeningOutcomeView } from './review-view.dto.ts';
import { ConflictDto, ProposalQualificationDto, ProposalScoreDto } from './review.dto.ts';
import { ReviewService } from './review.service.ts';

/** The qualifying round, the committee's conflicts and scores, and its board (a member: calls they sit on). */
@ApiTags('funding')
@Controller()
export class CommitteeReviewController {
  constructor(private readonly review: ReviewService) {}

  /**
   * Screens a submitted proposal against the call's eligibility rules, once (409 `funding.review.screened_already`):
   * announced as `funding.proposal.screened` with every failed rule as a reason.
   */
  @Post('proposals/:id/qualification')
  @HttpCode(200)
  qualify(
    @Param('id') id: string,
    @Body() dto: ProposalQualificationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ScreeningOutcomeView> {
    return this.review.qualify(id, dto, caller);
  }

  /** A committee member declares a conflict of interest: they are recused from the proposal and cannot score it. */
  @Post('proposals/:id/conflict')
  conflict(
    @Param('id') id: string,
    @Body() dto: ConflictDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ConflictView> {
    return this.review.declareConflict(id, dto, caller);
  }

  /** A committee member's rubric scores of a qualified proposal, replaced by each call until the shortlist. */
  @Put('proposals/:id/score')
  score(
    @Param('id') id: string,
    @Body() dto: ProposalScoreDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OwnScoreView> {
    return this.review.score(id, dto, caller);
  }

  /** The call's qualified proposals with scores (the others' once one's own is in), disagreements, the ranking. */
  @Get('calls/:id/review')
  board(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ReviewBoardView> {
    return this.review.board(id, caller);
  }
}
