import { Global, Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { GATEWAY_CONFIG, loadGatewayConfig } from './gateway.config.ts';
import { IdentityModule } from './identity/identity.module.ts';
import { ProgrammeModule } from './programme/programme.module.ts';
import { UsersModule } from './users/users.module.ts';
import openApi from './openapi.metadata.ts';

@Global()
@Module({
  providers: [{ provide: GATEWAY_CONFIG, useFactory: () => loadGatewayConfig() }],
  exports: [GATEWAY_CONFIG],
})
class GatewayConfigModule {}

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'gateway',
      openApi,
      projections: { account: 'accounts' },
      // Its own routes are /api/v1/…; the matrix lists them without the prefix.
      auth: { routePrefix: '/api/v1' },
    }),
    GatewayConfigModule,
    IdentityModule,
    UsersModule,
    ProgrammeModule,
  ],
})
export class AppModule {}
