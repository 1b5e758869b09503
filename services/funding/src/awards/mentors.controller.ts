import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { MentorPairDto } from './award.dto.ts';
import type { AwardView, MentorSuggestionListView } from './award-view.dto.ts';
import { viewOf } from './award.view.ts';
import { MentorsService } from './mentors.service.ts';

/** A diaspora mentor for a funded pilot: suggested with reasons, confirmed by staff. */
@ApiTags('funding')
@Controller('awards/:id')
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  /** Members who consented to mentoring, best match of the pilot's sector first, each with its reasons. */
  @Get('mentors')
  async suggestions(
    @Param('id') id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<MentorSuggestionListView> {
    return { items: await this.mentors.suggestions(id, caller) };
  }

  /** Pairs the pilot with a consenting member (once; another later, with a reason). */
  @Post('mentor')
  @HttpCode(200)
  async pair(
    @Param('id') id: string,
    @Body() dto: MentorPairDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AwardView> {
    const award = await this.mentors.pair(id, dto.memberId, dto.reason, caller);
    return viewOf(id, award.state, await this.mentors.mentorName(award.state));
  }
}
