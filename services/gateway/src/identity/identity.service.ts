import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuthError } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { Mailer } from '@ikiraro/mail';
import { messages } from '../mail/messages.ts';
import type { Account } from './account.ts';
import { AccountsService, type NewAccount } from './accounts.service.ts';
import { LoginThrottle } from './login-throttle.ts';
import { OneTimeTokens } from './one-time-tokens.ts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords.ts';

/** Sign-in, invitations and password resets. */
@Injectable()
export class IdentityService {
  private readonly logger = new Logger('Identity');

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly accounts: AccountsService,
    private readonly throttle: LoginThrottle,
    private readonly links: OneTimeTokens,
    private readonly mailer: Mailer,
  ) {}

  /**
   * The account whose password this is. One answer for an unknown e-mail, a wrong password and a pair of e-mail
   * and address locked out after repeated failures: which of them it was would tell who has an account.
   */
  async signIn(email: string, password: string, source: string): Promise<Versioned<Account>> {
    const account = await this.accounts.byEmail(email);
    const outcome = await this.throttle.attempt(email, source, async () => {
      const valid = await verifyPassword(account?.state.passwordHash, password);
      return valid && account?.state.status === 'active';
    });
    if (outcome !== true || !account) throw invalidCredentials(this.config.LOCKOUT_AFTER_FAILURES);
    return account;
  }

  /** Creates an invited account and e-mails its link; `invitationSent` is false when the mail did not go out. */
  async invite(data: NewAccount): Promise<{ account: Versioned<Account>; invitationSent: boolean }> {
    const account = await this.accounts.create(data);
    return { account, invitationSent: await this.sendInvitation(account) };
  }

  async resendInvitation(id: string): Promise<boolean> {
    const account = await this.accounts.load(id);
    if (!account) throw new DomainError('user.not_found', 'not_found', `No user ${id}`);
    if (account.state.status !== 'invited')
      throw new DomainError('user.not_invited', 'conflict', 'This user has accepted the invitation already');
    return this.sendInvitation(account);
  }

  private async sendInvitation(account: Versioned<Account>): Promise<boolean> {
    const token = await this.links.issue('invitation', account.id);
    const link = this.mailer.link('/accept-invitation', { token });
    return this.trySend(account.state.email, messages.invitation(account.state.name, link));
  }

  async acceptInvitation(token: string, password: string): Promise<void> {
    const id = await this.links.check('invitation', token);
    const account = await this.accounts.load(id);
    if (!account || account.state.status !== 'invited')
      throw new DomainError('link.invalid', 'invalid', 'This invitation has been used or withdrawn');
    await this.setPassword(token, account, password, 'active');
  }

  /** Always quiet about whether the e-mail has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const account = await this.accounts.byEmail(email);
    if (!account || account.state.status !== 'active') return;
    const token = await this.links.issue('password-reset', account.id);
    const link = this.mailer.link('/reset-password', { token });
    await this.trySend(account.state.email, messages.passwordReset(account.state.name, link));
  }

  /** A new password ends every session of the account. */
  async resetPassword(token: string, password: string): Promise<void> {
    const id = await this.links.check('password-reset', token);
    const account = await this.accounts.load(id);
    if (!account || account.state.status !== 'active')
      throw new DomainError('link.invalid', 'invalid', 'This account cannot reset its password');
    await this.setPassword(token, account, password, 'active');
  }

  /** Checks the password before the link is used up, so a refused password leaves the link usable. */
  private async setPassword(token: string, account: Versioned<Account>, password: string, status: 'active') {
    assertAcceptablePassword(password, account.state.email);
    const passwordHash = await hashPassword(password);
    await this.links.claim(token);
    await this.accounts.update(account.id, (current) => ({
      ...current,
      passwordHash,
      status,
      sessionsValidFrom: new Date().toISOString(),
    }));
  }

  /** The first administrator, from ADMIN_EMAIL / ADMIN_PASSWORD, when no account has that e-mail. */
  async ensureFirstAdmin(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = this.config;
    if (!email || !password || (await this.accounts.byEmail(email))) return;
    assertAcceptablePassword(password, email);
    await this.accounts.create(
      { email, name: name ?? 'Administrator', roles: ['admin'] },
      { status: 'active', passwordHash: await hashPassword(password) },
    );
    this.logger.log(`created the first administrator, ${email}`);
  }

  private async trySend(to: string, message: { subject: string; text: string }): Promise<boolean> {
    try {
      await this.mailer.send({ to, ...message });
      return true;
    } catch (error) {
      this.logger.error(`could not send "${message.subject}": ${String(error)}`);
      return false;
    }
  }
}

export const invalidCredentials = (lockoutAfter: number) =>
  new AuthError(
    401,
    'auth.invalid_credentials',
    `E-mail or password is wrong; after ${lockoutAfter} failed attempts, sign-in from your network pauses for 15 to 30 minutes`,
  );
