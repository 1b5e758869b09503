import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { Contacts } from '../contacts/contacts.ts';
import { PLACEMENT_CONFIG, type PlacementEnv } from '../placement.config.ts';
import {
  AppraisalDto,
  ArrivalDto,
  BoardQueryDto,
  CancellationDto,
  ReportDto,
  TaskChangeDto,
} from './placement.dto.ts';
import type { PlacementListView, PlacementView } from './placement-view.dto.ts';
import type { Placement } from './placement.ts';
import { summaryOf, viewOf } from './placement.view.ts';
import { PlacementsService } from './placements.service.ts';
import { TOR_TITLES } from './selection.consumer.ts';

/** The board and each placement's page: staff (a focal point: their IPRC's) and the professional (their own). */
@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly contacts: Contacts,
    @Inject(PLACEMENT_CONFIG) private readonly config: PlacementEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** Every placement the caller may see, with its late and due-soon tasks; soonest start first. */
  @Get()
  async board(@Query() query: BoardQueryDto, @CurrentCaller() caller: Caller): Promise<PlacementListView> {
    const rows = await this.placements.list(caller, {
      ...(query.iprc ? { iprc: query.iprc } : {}),
      ...(query.status ? { status: query.status } : {}),
    });
    const versions = rows.map(({ _id, ...state }) => ({ id: _id, version: 0, state: state as Placement }));
    const [contacts, titles] = await Promise.all([
      this.contacts.findMany(versions.map((v) => v.state.memberId)),
      this.titles(versions.map((v) => v.state.torId)),
    ]);
    const items = versions
      .map((v) =>
        summaryOf(
          v,
          contacts.get(v.state.memberId),
          titles.get(v.state.torId) ?? null,
          this.config.DUE_SOON_DAYS,
        ),
      )
      .filter((s) => !query.late || s.overdue > 0)
      .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
    return { items };
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<PlacementView> {
    return this.view(await this.placements.load(id, caller));
  }

  /** Works a logistics task: its owner role or the programme manager; status, notes, payment, person named. */
  @Patch(':id/tasks/:key')
  async changeTask(
    @Param('id') id: string,
    @Param('key') key: string,
    @Body() dto: TaskChangeDto,
    @CurrentCaller() caller: Caller,
  ): Promise<PlacementView> {
    return this.view(await this.placements.changeTask(id, key, dto, caller));
  }

  /** The IPRC's focal point confirms the professional arrived. */
  @Post(':id/arrival')
  @HttpCode(200)
  async arrive(@Param('id') id: string, @Body() dto: ArrivalDto, @CurrentCaller() caller: Caller) {
    return this.view(await this.placements.arrive(id, dto.on, caller));
  }

  /** The professional's end-of-mission report; with the appraisal filed too, the placement is complete. */
  @Post(':id/report')
  @HttpCode(200)
  async report(@Param('id') id: string, @Body() dto: ReportDto, @CurrentCaller() caller: Caller) {
    const report = { ...dto, at: new Date().toISOString() };
    return this.view(await this.placements.file(id, caller, { report }));
  }

  /** The focal point's appraisal of the mission; with the report filed too, the placement is complete. */
  @Post(':id/appraisal')
  @HttpCode(200)
  async appraise(@Param('id') id: string, @Body() dto: AppraisalDto, @CurrentCaller() caller: Caller) {
    const appraisal = { ...dto, at: new Date().toISOString() };
    return this.view(await this.placements.file(id, caller, { appraisal }));
  }

  /**
   * Cancels before the end: selection reopens the ToR's place, training cancels planned sessions, and when
   * logistics had started the cancellation's tasks are added (cancel bookings, claim refunds, tell the IPRC).
   */
  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@Param('id') id: string, @Body() dto: CancellationDto, @CurrentCaller() caller: Caller) {
    return this.view(await this.placements.cancel(id, caller, dto.reason, dto.note));
  }

  private async view(placement: Versioned<Placement>): Promise<PlacementView> {
    const [contact, titles] = await Promise.all([
      this.contacts.find(placement.state.memberId),
      this.titles([placement.state.torId]),
    ]);
    return viewOf(
      placement,
      contact ?? undefined,
      titles.get(placement.state.torId) ?? null,
      this.config.DUE_SOON_DAYS,
    );
  }

  private async titles(torIds: string[]): Promise<Map<string, string>> {
    const rows = await this.connection
      .db!.collection<{ _id: string; title: string }>(TOR_TITLES)
      .find({ _id: { $in: [...new Set(torIds)] } })
      .toArray();
    return new Map(rows.map((r) => [r._id, r.title]));
  }
}
