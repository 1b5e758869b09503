import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CloseTorDto, CreateTorDto, ListTorsQuery, PanelDto, UpdateTorDto } from './tor.dto.ts';
import type { TorDto, TorListDto } from './tor-view.dto.ts';
import { TorsService, torView } from './tors.service.ts';

/** Terms of Reference: draft (programme manager or the IPRC's focal point) → approved → published → closed. */
@ApiTags('tors')
@Controller('tors')
export class TorsController {
  constructor(private readonly tors: TorsService) {}

  /** Drafts a ToR from the needs assessment; the programme's eligibility rules, weights and criteria by default. */
  @Post()
  async create(@Body() dto: CreateTorDto, @CurrentCaller() caller: Caller): Promise<TorDto> {
    return torView(await this.tors.create(dto, caller));
  }

  /** ToRs by status and IPRC, newest first; a moment behind the latest changes. A focal point: their IPRC's. */
  @Get()
  async list(@Query() query: ListTorsQuery, @CurrentCaller() caller: Caller): Promise<TorListDto> {
    return { items: await this.tors.list(query, caller) };
  }

  /** One ToR with its rules, panel and trail (404 `tor.not_found` for another IPRC's, to its focal point). */
  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<TorDto> {
    return torView(await this.tors.get(id, caller));
  }

  /** Edits a draft (409 `tor.not_draft` after approval). */
  @Patch(':id')
  async update(
    @Param('id') id: string,
    @Body() dto: UpdateTorDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TorDto> {
    return torView(await this.tors.update(id, dto, caller));
  }

  /** Draft → approved: the programme manager's sign-off. */
  @Post(':id/approve')
  @HttpCode(200)
  async approve(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<TorDto> {
    return torView(await this.tors.approve(id, caller));
  }

  /** Approved → published: registrants can apply; announced as `selection.tor.published`. */
  @Post(':id/publish')
  @HttpCode(200)
  async publish(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<TorDto> {
    return torView(await this.tors.publish(id, caller));
  }

  /** Published → closed: no more applications (review goes on); announced as `selection.tor.closed`. */
  @Post(':id/close')
  @HttpCode(200)
  async close(
    @Param('id') id: string,
    @Body() dto: CloseTorDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TorDto> {
    return torView(await this.tors.close(id, dto.reason, caller));
  }

  /** Sets the review panel and whether it reviews blind. */
  @Put(':id/panel')
  async panel(
    @Param('id') id: string,
    @Body() dto: PanelDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TorDto> {
    return torView(await this.tors.setPanel(id, dto, caller));
  }
}
