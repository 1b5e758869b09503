import { Global, Module } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import { FUNDING_CONFIG, loadFundingConfig } from './funding.config.ts';
import { FUNDING_TOKENS, fundingTokens } from './funding-tokens.ts';

/** What every feature of funding needs: its settings and its signed tokens. */
@Global()
@Module({
  providers: [
    { provide: FUNDING_CONFIG, useFactory: () => loadFundingConfig() },
    {
      provide: FUNDING_TOKENS,
      inject: [SERVICE_CONFIG],
      useFactory: (service: ServiceConfig) => fundingTokens(service.PERSONAL_DATA_KEY),
    },
  ],
  exports: [FUNDING_CONFIG, FUNDING_TOKENS],
})
export class CoreModule {}
