import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { TRAINEE_CODE, traineeCodeHeader } from '../assessment/public-assessment.controller.ts';
import { mayChange } from '../scope.ts';
import { CascadeDto, StaffCascadeDto } from './cascade.dto.ts';
import type {
  CascadeOverviewView,
  CascadeSessionView,
  CascadeTotView,
  OwnCascadeView,
} from './cascade-view.dto.ts';
import { CascadeService } from './cascade.service.ts';
import { overviewOf, sessionView, totTreeOf } from './cascade.view.ts';

/** The cascade: trained teachers' own sessions, recorded by them (with their code) or by staff. */
@ApiTags('training')
@Controller()
export class CascadeController {
  constructor(private readonly cascade: CascadeService) {}

  /** Every ToT the caller may see, trainer → trained teachers → their sessions, and the totals per IPRC. */
  @Get('cascade')
  async overview(@CurrentCaller() caller: Caller): Promise<CascadeOverviewView> {
    const { tots, trainees, sessions } = await this.cascade.overview(caller);
    return overviewOf(tots, trainees, sessions);
  }

  /** One ToT's tree; the rosters' names for whoever runs it. */
  @Get('tots/:id/cascade')
  async ofTot(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CascadeTotView> {
    const { tot, trainees, sessions } = await this.cascade.ofTot(id, caller);
    return totTreeOf(tot, trainees, sessions, mayChange(caller));
  }

  /** Records a session for a trained teacher of the ToT (counts by sex, or a roster counted by sex). */
  @Post('tots/:id/cascade')
  async recordByStaff(
    @Param('id') id: string,
    @Body() dto: StaffCascadeDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CascadeSessionView> {
    const { traineeId, ...session } = dto;
    const recorded = await this.cascade.recordByStaff(id, traineeId, session, caller);
    return sessionView({ _id: recorded.id, ...recorded.state }, true);
  }

  /** A trained teacher records a session they gave to their own students. */
  @Post('public/cascade')
  @ApiHeader(traineeCodeHeader)
  async recordByTrainee(
    @Body() dto: CascadeDto,
    @Headers(TRAINEE_CODE) code?: string,
  ): Promise<CascadeSessionView> {
    const recorded = await this.cascade.recordByTrainee(code, dto);
    return sessionView({ _id: recorded.id, ...recorded.state }, true);
  }

  /** A trained teacher's own sessions (a moment behind), with the names they gave. */
  @Get('public/cascade')
  @ApiHeader(traineeCodeHeader)
  async own(@Headers(TRAINEE_CODE) code?: string): Promise<OwnCascadeView> {
    return { sessions: (await this.cascade.own(code)).map((s) => sessionView(s, true)) };
  }
}
