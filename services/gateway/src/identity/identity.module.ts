import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { Mailer } from '../mail/mailer.ts';
import { AccountsService } from './accounts.service.ts';
import { AuthController } from './auth.controller.ts';
import { IdentityService } from './identity.service.ts';
import { LocalStrategy } from './local.strategy.ts';
import { LoginThrottle } from './login-throttle.ts';
import { OneTimeTokens } from './one-time-tokens.ts';
import { SessionsService } from './sessions.service.ts';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [
    AccountsService,
    IdentityService,
    LocalStrategy,
    LoginThrottle,
    OneTimeTokens,
    SessionsService,
    Mailer,
  ],
  exports: [AccountsService, IdentityService],
})
export class IdentityModule implements OnApplicationBootstrap {
  constructor(private readonly identity: IdentityService) {}

  async onApplicationBootstrap() {
    await this.identity.ensureFirstAdmin();
  }
}
