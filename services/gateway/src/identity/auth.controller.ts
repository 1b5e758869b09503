import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard as PassportGuard } from '@nestjs/passport';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthError, type Caller, CurrentCaller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { signInLimit } from '../edge/edge-protections.ts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { type Account, toUser } from './account.ts';
import { AccountsService } from './accounts.service.ts';
import {
  PasswordResetRequestDto,
  SessionDto,
  SetPasswordDto,
  SignInDto,
  UserDto,
  sessionBody,
} from './identity.dto.ts';
import { IdentityService } from './identity.service.ts';
import { type Session, SessionsService } from './sessions.service.ts';

export const REFRESH_COOKIE = 'ikiraro_refresh';
const cookiePath = '/api/v1/auth';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
  ) {}

  /** Signs in: an access token in the body, the refresh token in an httpOnly, SameSite=Strict cookie. */
  @Post('login')
  @HttpCode(200)
  @UseGuards(PassportGuard('local'))
  @RouteConfig(signInLimit)
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: SessionDto })
  async login(
    @Req() request: FastifyRequest & { user: Versioned<Account> },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, await this.sessions.start(request.user));
  }

  /** A new access token for the session in the cookie; the refresh token rotates (a replayed one ends the session). */
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return this.answer(reply, await this.sessions.refresh(request.cookies[REFRESH_COOKIE]));
    } catch (error) {
      reply.clearCookie(REFRESH_COOKIE, { path: cookiePath });
      throw error;
    }
  }

  /** Ends the session of the cookie's refresh token. */
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.sessions.end(request.cookies[REFRESH_COOKIE]);
    reply.clearCookie(REFRESH_COOKIE, { path: cookiePath });
  }

  /** The signed-in user. */
  @Get('me')
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentCaller() caller: Caller) {
    const account = await this.accounts.load(caller.id);
    if (!account || account.state.status !== 'active')
      throw new AuthError(401, 'auth.account_inactive', 'This account is not active');
    return toUser(account.id, account.state);
  }

  /** Sets the password of an invited account from its e-mailed link; the account becomes active. */
  @Post('invitations/accept')
  @HttpCode(204)
  @RouteConfig(signInLimit)
  async acceptInvitation(@Body() dto: SetPasswordDto) {
    await this.identity.acceptInvitation(dto.token, dto.password);
  }

  /** E-mails a reset link when the address has an active account; the answer is the same either way. */
  @Post('password-reset')
  @HttpCode(202)
  @RouteConfig({ ...signInLimit, limitPerEmail: true })
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto) {
    await this.identity.requestPasswordReset(dto.email);
  }

  /** Sets a new password from the e-mailed link; every session of the account ends. */
  @Post('password-reset/confirm')
  @HttpCode(204)
  @RouteConfig(signInLimit)
  async confirmPasswordReset(@Body() dto: SetPasswordDto) {
    await this.identity.resetPassword(dto.token, dto.password);
  }

  private answer(reply: FastifyReply, session: Session) {
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: cookiePath,
      expires: session.refreshExpiresAt,
    });
    return sessionBody(session);
  }
}
