import { Inject, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { Mailer } from '@ikiraro/mail';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { AccessTokens } from './access-tokens.ts';
import { AccountsService } from './accounts.service.ts';
import { AuthController } from './auth.controller.ts';
import { IdentityService } from './identity.service.ts';
import { LocalStrategy } from './local.strategy.ts';
import { LoginThrottle } from './login-throttle.ts';
import { MemberProfiles } from './member-profiles.ts';
import { MemberTokenController } from './member-token.controller.ts';
import { OneTimeTokens } from './one-time-tokens.ts';
import { SessionsService } from './sessions.service.ts';

@Module({
  imports: [PassportModule],
  controllers: [AuthController, MemberTokenController],
  providers: [
    AccessTokens,
    AccountsService,
    IdentityService,
    LocalStrategy,
    LoginThrottle,
    MemberProfiles,
    OneTimeTokens,
    SessionsService,
    {
      provide: Mailer,
      inject: [GATEWAY_CONFIG],
      useFactory: (config: GatewayConfig) =>
        new Mailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, publicUrl: config.PUBLIC_URL }),
    },
  ],
  exports: [AccountsService, IdentityService],
})
export class IdentityModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly identity: IdentityService,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {}

  onModuleDestroy() {
    this.mailer.close();
  }

  async onApplicationBootstrap() {
    await this.identity.ensureFirstAdmin();
  }
}
