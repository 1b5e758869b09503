import { Module } from '@nestjs/common';
import { memberPerson } from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { CampaignsModule } from './campaigns/campaigns.module.ts';
import { ErasureModule } from './erasure/erasure.module.ts';
import { FunnelModule } from './funnel/funnel.module.ts';
import { memberFields } from './members/member.ts';
import { ImportsModule } from './imports/imports.module.ts';
import { MembersModule } from './members/members.module.ts';
import { OutreachCommonModule } from './outreach-common.module.ts';
import { RegistrationsModule } from './registrations/registrations.module.ts';
import { SelfServiceModule } from './self-service/self-service.module.ts';
import { RetentionModule } from './retention/retention.module.ts';
import openApi from './openapi.metadata.ts';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'outreach',
      openApi,
      projections: { campaign: 'campaigns', member: 'members' },
      personal: { member: { person: (_state, id) => memberPerson(id), fields: memberFields } },
    }),
    OutreachCommonModule,
    CampaignsModule,
    FunnelModule,
    MembersModule,
    RegistrationsModule,
    SelfServiceModule,
    ImportsModule,
    RetentionModule,
    ErasureModule,
  ],
})
export class AppModule {}
