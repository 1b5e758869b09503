import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { Mailer } from '@ikiraro/mail';
import { loadOutreachConfig, OUTREACH_CONFIG, type OutreachEnv } from './outreach.config.ts';

/** Settings and the mailer, for every feature of outreach. */
@Global()
@Module({
  providers: [
    { provide: OUTREACH_CONFIG, useFactory: () => loadOutreachConfig() },
    {
      provide: Mailer,
      inject: [OUTREACH_CONFIG],
      useFactory: (config: OutreachEnv) =>
        new Mailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, publicUrl: config.PUBLIC_URL }),
    },
  ],
  exports: [OUTREACH_CONFIG, Mailer],
})
export class OutreachCommonModule implements OnModuleDestroy {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  onModuleDestroy() {
    this.mailer.close();
  }
}
