import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { ApplyDto, type OwnApplicationDto, type OwnApplicationListDto } from './application.dto.ts';
import { applicantViewOf } from './application.view.ts';
import { ApplicationsService } from './applications.service.ts';

/** The applicant's own: a member token (the gateway's `POST /auth/member-token`), no account. */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('member/applications')
export class MemberApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /**
   * Applies to a published ToR with a motivation; screened at once. 409 `application.duplicate` for a second
   * application to the same ToR, `tor.not_open` once it closed.
   */
  @Post()
  async apply(@Body() dto: ApplyDto, @CurrentCaller() caller: Caller): Promise<OwnApplicationDto> {
    const { application, tor } = await this.applications.submit(caller, dto.torId, dto.motivation);
    return applicantViewOf(application.id, application.state, tor.state);
  }

  /** The member's applications and where each stands. */
  @Get()
  async mine(@CurrentCaller() caller: Caller): Promise<OwnApplicationListDto> {
    return { items: await this.applications.mine(caller.id) };
  }
}
