import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { ApplicationViewDto, ApplicationViewListDto } from './application-view.dto.ts';
import { ApplicationsService } from './applications.service.ts';

/**
 * Applications as staff and reviewers see them: a reviewer only those of ToRs whose panel they sit on, without
 * names when the panel is blind, and without others' scores until they submitted their own.
 */
@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /** A ToR's applications, best match first, each with its screening, match and panel score. */
  @Get('tors/:id/applications')
  async forTor(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ApplicationViewListDto> {
    return { items: await this.applications.forTor(id, caller) };
  }

  /** One application: screening, match explained requirement by requirement, declarations, scores, notes. */
  @Get('applications/:id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ApplicationViewDto> {
    return this.applications.get(id, caller);
  }
}
