import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { MemberFiltersDto, MemberSearchDto } from './member-search.dto.ts';
import { membersCsv } from './members-export.ts';
import { MembersService } from './members.service.ts';
import type { MemberPageDto, MemberProfileDto } from './member-view.dto.ts';

/** Registrants, for staff; an outreach officer sees their office's only. */
@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  /** Search and filter registrants (never erased ones), newest first, a page at a time. */
  @Get()
  search(@Query() query: MemberSearchDto, @CurrentCaller() caller: Caller): Promise<MemberPageDto> {
    return this.members.search(query, caller);
  }

  /** The same filters, every match, as a CSV file. */
  @Get('export')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="registrants.csv"')
  async export(@Query() filters: MemberFiltersDto, @CurrentCaller() caller: Caller): Promise<string> {
    return membersCsv(await this.members.find(filters, caller));
  }

  /** A member's full profile with consent records; the CV by id and size only. */
  @Get(':id')
  profile(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<MemberProfileDto> {
    return this.members.profile(id, caller);
  }
}
