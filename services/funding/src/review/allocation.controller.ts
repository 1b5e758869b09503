import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { AllocationView, ShortlistView } from './review-view.dto.ts';
import { ApprovalDto, ShortlistDto } from './review.dto.ts';
import { AllocationService } from './allocation.service.ts';

/** The shortlist of a closed call, the allocation of its fund, and the approval that makes the awards. */
@ApiTags('funding')
@Controller('calls/:id')
export class AllocationController {
  constructor(private readonly allocation: AllocationService) {}

  /**
   * Shortlists the best-ranked qualified proposals, once, when every qualified one is scored by two members
   * (409 `funding.review.incomplete` naming the others): one `funding.proposal.shortlisted` each.
   */
  @Post('shortlist')
  @HttpCode(200)
  shortlist(
    @Param('id') id: string,
    @Body() dto: ShortlistDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ShortlistView> {
    return this.allocation.shortlist(id, dto, caller);
  }

  /** The proposed awards from the shortlist within the fund, by the call's rule, each line with its reason. */
  @Get('allocation')
  view(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<AllocationView> {
    return this.allocation.allocation(id, caller);
  }

  /**
   * Approves the awards, once: as proposed, or changed with a written reason, within the fund (400
   * `funding.allocation.over_fund`). One `funding.proposal.awarded` per award.
   */
  @Post('allocation/approve')
  @HttpCode(200)
  approve(
    @Param('id') id: string,
    @Body() dto: ApprovalDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AllocationView> {
    return this.allocation.approve(id, dto, caller);
  }
}
