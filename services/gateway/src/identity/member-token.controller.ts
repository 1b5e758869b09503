import { Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiHeader, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { MEMBER } from '@ikiraro/auth';
import { publicFormLimit } from '../edge/edge-protections.ts';
import { AccessTokens } from './access-tokens.ts';
import { MemberTokenDto } from './identity.dto.ts';
import { invalidMemberToken, MEMBER_TOKEN_HEADER, MemberProfiles } from './member-profiles.ts';

/** Registrants have no account: their e-mailed link, checked by outreach, is what proves who they are. */
@ApiTags('auth')
@Controller('api/v1/auth')
export class MemberTokenController {
  constructor(
    private readonly profiles: MemberProfiles,
    private readonly tokens: AccessTokens,
  ) {}

  /**
   * Exchanges a registrant's magic-link token (from `POST /public/self-service/link`) for a short-lived access
   * token with the role `member`, for the routes a member uses on their own behalf (applying to a ToR). No
   * refresh token and no cookie. 401 `member_token.invalid` for a missing, expired or withdrawn member's link.
   */
  @Post('member-token')
  @HttpCode(200)
  @RouteConfig(publicFormLimit)
  @ApiHeader({
    name: MEMBER_TOKEN_HEADER,
    required: true,
    description: 'The token of the link e-mailed by `POST /public/self-service/link`.',
  })
  @ApiOkResponse({ type: MemberTokenDto })
  @ApiUnauthorizedResponse({ description: '`member_token.invalid`: the link is not valid or has expired.' })
  async exchange(@Headers(MEMBER_TOKEN_HEADER) token?: string): Promise<MemberTokenDto> {
    // Outreach refuses these too; refused here, they cost it no call.
    if (!token || token.length > 200) throw invalidMemberToken();
    const member = await this.profiles.profileOf(token);
    return this.tokens.sign({
      id: member.memberId,
      email: member.email,
      name: `${member.firstName} ${member.lastName}`,
      roles: [MEMBER],
    });
  }
}
