import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { type Account, toUser } from '../identity/account.ts';
import { AccountsService } from '../identity/accounts.service.ts';
import { IdentityService } from '../identity/identity.service.ts';
import type { UserDto } from '../identity/identity.dto.ts';
import {
  type InvitationSentDto,
  type InvitedUserDto,
  InviteUserDto,
  UpdateUserDto,
  type UserListDto,
} from './users.dto.ts';

/** User administration (admins only, by the policy matrix). */
@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly identity: IdentityService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** Every account, from the projection the outbox relay keeps (a change shows within moments). */
  @Get()
  async list(): Promise<UserListDto> {
    const rows = await this.connection
      .db!.collection<Account & { _id: string }>('accounts')
      .find({})
      .toArray();
    const items = rows.map(({ _id, version: _, ...account }: Account & { _id: string; version?: number }) =>
      toUser(_id, account),
    );
    return { items: items.sort((a, b) => a.name.localeCompare(b.name)) };
  }

  /** Creates an invited account and e-mails the invitation. */
  @Post()
  async invite(@Body() dto: InviteUserDto): Promise<InvitedUserDto> {
    const { account, invitationSent } = await this.identity.invite(dto);
    return { ...toUser(account.id, account.state), invitationSent };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<UserDto> {
    const account = await this.accounts.load(id);
    if (!account) throw new DomainError('user.not_found', 'not_found', `No user ${id}`);
    return toUser(id, account.state);
  }

  /**
   * Changes name, roles, scopes or status. Disabling, or changing roles or scope, ends the user's sessions: their
   * refresh tokens are refused at once, so a new sign-in carries the new grants; an access token already issued
   * keeps the old ones until it expires (ACCESS_TOKEN_TTL_SECONDS, 10 minutes by default). Admins cannot lock
   * themselves out.
   */
  @Patch(':id')
  async update(
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
    @CurrentCaller() caller: Caller,
  ): Promise<UserDto> {
    if (id === caller.id && (dto.status === 'disabled' || (dto.roles && !dto.roles.includes('admin'))))
      throw new DomainError(
        'user.self_lockout',
        'conflict',
        'You cannot disable yourself or drop your own admin role',
      );
    if (!(await this.accounts.load(id)))
      throw new DomainError('user.not_found', 'not_found', `No user ${id}`);
    const updated = await this.accounts.update(id, (account) => {
      if (dto.status && account.status === 'invited')
        throw new DomainError('user.not_active', 'conflict', 'An invited user has no status to change yet');
      const next: Account = { ...account, ...withoutNulls(dto) };
      if (dto.office === null) delete next.office;
      if (dto.iprc === null) delete next.iprc;
      if ((dto.status === 'disabled' && account.status !== 'disabled') || grantsChanged(account, next))
        next.sessionsValidFrom = new Date().toISOString();
      return next;
    });
    return toUser(id, updated.state);
  }

  /** Sends the invitation again (a new link; earlier ones stay valid until they expire). */
  @Post(':id/invitation')
  @HttpCode(202)
  async resendInvitation(@Param('id') id: string): Promise<InvitationSentDto> {
    return { invitationSent: await this.identity.resendInvitation(id) };
  }

  /** Ends every session of the user: refresh tokens are refused; access tokens lapse within minutes. */
  @Post(':id/sessions/revoke')
  @HttpCode(204)
  async revokeSessions(@Param('id') id: string) {
    if (!(await this.accounts.load(id)))
      throw new DomainError('user.not_found', 'not_found', `No user ${id}`);
    await this.accounts.revokeSessions(id);
  }
}

const withoutNulls = <T extends object>(value: T) =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<Account>;

/** Whether what an access token says of the account (roles, office, IPRC) differs. */
const grantsChanged = (before: Account, after: Account) =>
  before.office !== after.office ||
  before.iprc !== after.iprc ||
  [...before.roles].sort().join() !== [...after.roles].sort().join();
