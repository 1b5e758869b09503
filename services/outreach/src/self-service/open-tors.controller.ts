import { Controller, Get, Headers } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Connection } from 'mongoose';
import { MEMBER_TOKEN_HEADER, MemberTokens } from './member-tokens.ts';
import { OPEN_TORS, type OpenTor } from './open-tors.ts';
import type { OpenTorListDto } from './self-service-view.dto.ts';

@ApiTags('self-service')
@Controller('public/self-service/tors')
export class OpenTorsController {
  constructor(
    private readonly tokens: MemberTokens,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  private get tors() {
    return this.connection.db!.collection<OpenTor>(OPEN_TORS);
  }

  /** ToRs open now: those in one of the member's subjects first, then by start date. */
  @Get()
  @ApiHeader({ name: MEMBER_TOKEN_HEADER, required: true, description: 'The e-mailed link token.' })
  async list(@Headers(MEMBER_TOKEN_HEADER) token?: string): Promise<OpenTorListDto> {
    const member = await this.tokens.memberOf(token);
    const mine = new Set(member.state.subjects.map((s) => s.trim().toLowerCase()));
    const tors = await this.tors.find({}).toArray(); // a few dozen at most
    const items = tors
      .map(({ _id, title, iprc, subject, period, durationMonths }) => ({
        torId: _id,
        title,
        iprc,
        subject,
        period: { start: period.start, end: period.end },
        durationMonths,
        matchesMySubjects: mine.has(subject.trim().toLowerCase()),
      }))
      .sort(
        (a, b) =>
          Number(b.matchesMySubjects) - Number(a.matchesMySubjects) ||
          a.period.start.localeCompare(b.period.start) ||
          a.title.localeCompare(b.title),
      );
    return { items };
  }
}
