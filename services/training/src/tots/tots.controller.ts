import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { mayChange } from '../scope.ts';
import { TraineesService } from '../trainees/trainees.service.ts';
import { TotSessionChangeDto, TotSessionDto, TotPlanDto } from './tot.dto.ts';
import type { TotListView, TotView } from './tot-view.dto.ts';
import type { Tot } from './tot.ts';
import { summaryOf, viewOf } from './tot.view.ts';
import { TotsService } from './tots.service.ts';

/** Trainings of Trainers: staff (a focal point: their IPRC's) and the professional as trainer (their own). */
@ApiTags('training')
@Controller('tots')
export class TotsController {
  constructor(
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
  ) {}

  /** Every ToT the caller may see, soonest first. */
  @Get()
  async list(@CurrentCaller() caller: Caller): Promise<TotListView> {
    const rows = await this.tots.list(caller);
    const items = rows
      .map(({ _id, ...tot }) => summaryOf(_id, tot as Tot))
      .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
    return { items };
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<TotView> {
    return this.view(await this.tots.load(id, caller));
  }

  /** Title, outline and capacity, while the course is being planned. */
  @Patch(':id')
  async plan(
    @Param('id') id: string,
    @Body() dto: TotPlanDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TotView> {
    assertMayChange(caller);
    const enrolled = await this.trainees.count(id);
    return this.view(await this.tots.plan(id, dto, enrolled, caller));
  }

  /** A session on a day of the placement. */
  @Post(':id/sessions')
  async addSession(
    @Param('id') id: string,
    @Body() dto: TotSessionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TotView> {
    assertMayChange(caller);
    return this.view(await this.tots.addSession(id, dto, caller));
  }

  @Patch(':id/sessions/:sessionId')
  async changeSession(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() dto: TotSessionChangeDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TotView> {
    assertMayChange(caller);
    return this.view(await this.tots.changeSession(id, sessionId, dto, caller));
  }

  /** A planned session that will not be held. */
  @Post(':id/sessions/:sessionId/cancel')
  @HttpCode(200)
  async cancelSession(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<TotView> {
    assertMayChange(caller);
    return this.view(await this.tots.cancelSession(id, sessionId, caller));
  }

  private async view(tot: Versioned<Tot>) {
    return viewOf(tot, await this.trainees.count(tot.id));
  }
}

export function assertMayChange(caller: Caller) {
  if (!mayChange(caller))
    throw new DomainError('tot.read_only', 'forbidden', 'You may read this ToT, not change it');
}
