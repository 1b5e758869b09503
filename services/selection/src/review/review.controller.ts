import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { DecisionDto, DeclarationDto, NoteDto, ScorecardDto } from './review.dto.ts';
import type { ApplicationViewDto } from '../applications/application-view.dto.ts';
import { ReviewService } from './review.service.ts';

/** The panel's review of an application, then the programme manager's shortlist and decision. */
@ApiTags('review')
@Controller('applications/:id')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  /** A reviewer declares a conflict of interest, or none; required before scoring. A conflict excludes them. */
  @Post('declaration')
  @HttpCode(200)
  declare(
    @Param('id') id: string,
    @Body() dto: DeclarationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ApplicationViewDto> {
    return this.review.declare(id, caller, dto.conflict, dto.reason);
  }

  /** A reviewer's scorecard (1–5 per criterion); may be revised until a decision; every version is kept. */
  @Put('scorecard')
  score(
    @Param('id') id: string,
    @Body() dto: ScorecardDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ApplicationViewDto> {
    return this.review.score(id, caller, dto.scores, dto.comment);
  }

  /** An interview note. */
  @Post('notes')
  note(
    @Param('id') id: string,
    @Body() dto: NoteDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ApplicationViewDto> {
    return this.review.note(id, caller, dto.text);
  }

  /** Puts a scored, eligible application on the shortlist: announced as `selection.candidate.shortlisted`. */
  @Post('shortlist')
  @HttpCode(200)
  shortlist(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ApplicationViewDto> {
    return this.review.shortlist(id, caller);
  }

  /**
   * Selected, reserve or rejected, with a written reason. Selected takes one of the ToR's places (409 `tor.filled`)
   * and is announced as `selection.candidate.selected` with the IPRC and the placement; rejected as
   * `selection.application.rejected`.
   */
  @Post('decision')
  @HttpCode(200)
  decide(
    @Param('id') id: string,
    @Body() dto: DecisionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ApplicationViewDto> {
    return this.review.decide(id, caller, dto);
  }
}
