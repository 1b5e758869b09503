import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CallChangeDto, CallDraftDto, CommitteeDto } from './call.dto.ts';
import type { CallListView, CallView, InvitationListView } from './call-view.dto.ts';
import { invitationsOf, summaryOf, viewOf } from './call.view.ts';
import { CallsService } from './calls.service.ts';
import { InvitationsService } from './invitations.service.ts';

/** Calls for pilot proposals: programme managers run them; readers see them (a TWG member: the calls they sit on). */
@ApiTags('funding')
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  async list(@CurrentCaller() caller: Caller): Promise<CallListView> {
    const rows = await this.calls.list(caller);
    return { items: rows.map(({ _id, ...call }) => summaryOf(_id, call)) };
  }

  /** A draft: what is left out takes the programme's defaults (awards target, rubric, eligibility). */
  @Post()
  async create(@Body() dto: CallDraftDto): Promise<CallView> {
    return viewOf(await this.calls.create(dto));
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CallView> {
    return viewOf(await this.calls.load(id, caller));
  }

  /** Changes a draft. */
  @Patch(':id')
  async change(@Param('id') id: string, @Body() dto: CallChangeDto): Promise<CallView> {
    return viewOf(await this.calls.change(id, dto));
  }

  /** The whole committee, while the call is a draft or open. */
  @Put(':id/committee')
  async committee(@Param('id') id: string, @Body() dto: CommitteeDto): Promise<CallView> {
    return viewOf(await this.calls.seatCommittee(id, dto.members));
  }

  /** Opens the call: everyone of every finished ToT it takes is invited (a ToT finishing later, then). */
  @Post(':id/open')
  @HttpCode(200)
  async open(@Param('id') id: string): Promise<CallView> {
    return viewOf(await this.calls.open(id));
  }

  /** Closes the call: no more submissions, review begins. */
  @Post(':id/close')
  @HttpCode(200)
  async close(@Param('id') id: string): Promise<CallView> {
    return viewOf(await this.calls.close(id));
  }

  /** Who was invited, by ToT (a moment behind the invitations' writes). */
  @Get(':id/invitations')
  async invited(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<InvitationListView> {
    await this.calls.load(id, caller);
    return invitationsOf(id, await this.invitations.ofCall(id));
  }
}
