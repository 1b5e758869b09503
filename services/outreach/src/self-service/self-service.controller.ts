import { Body, Controller, Get, Headers, HttpCode, Post, Put } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { MEMBER_TOKEN_HEADER, MemberTokens } from './member-tokens.ts';
import { RequestLinkDto, UpdateProfileDto } from './self-service.dto.ts';
import type { OwnProfileDto, WithdrawalDto } from './self-service-view.dto.ts';
import { profileView, SelfServiceService } from './self-service.service.ts';

const memberToken = {
  name: MEMBER_TOKEN_HEADER,
  required: true,
  description: 'The token of the link e-mailed by `POST /public/self-service/link`.',
};

/** The registrant's own pages: no account, a magic link e-mailed to the registered address. */
@ApiTags('self-service')
@Controller('public/self-service')
export class SelfServiceController {
  constructor(
    private readonly selfService: SelfServiceService,
    private readonly tokens: MemberTokens,
  ) {}

  /** E-mails a link to the profile if the address is a registered member's; answers the same either way. */
  @Post('link')
  @HttpCode(202)
  requestLink(@Body() dto: RequestLinkDto): void {
    this.selfService.requestLink(dto.email);
  }

  /** The member's own data: names, contact, profile, availability, consent records, whether a CV is stored. */
  @Get('profile')
  @ApiHeader(memberToken)
  async profile(@Headers(MEMBER_TOKEN_HEADER) token?: string): Promise<OwnProfileDto> {
    return profileView(await this.tokens.memberOf(token));
  }

  /** Replaces the profile (not the e-mail address) and announces it to selection. */
  @Put('profile')
  @ApiHeader(memberToken)
  async update(
    @Body() dto: UpdateProfileDto,
    @Headers(MEMBER_TOKEN_HEADER) token?: string,
  ): Promise<OwnProfileDto> {
    const member = await this.tokens.memberOf(token);
    return profileView(await this.selfService.update(member.id, dto));
  }

  /**
   * Withdraws consent: erases the member's personal data everywhere, and answers with the link to their
   * erasure certificate, which fills as every service confirms.
   */
  @Post('withdraw')
  @HttpCode(200)
  @ApiHeader(memberToken)
  withdraw(@Headers(MEMBER_TOKEN_HEADER) token?: string): Promise<WithdrawalDto> {
    return this.selfService.withdraw(token);
  }
}
