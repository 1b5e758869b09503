import { Module } from '@nestjs/common';
import {
  CampaignClosed,
  CampaignLaunched,
  MemberErased,
  MemberProfileUpdated,
  MemberRegistered,
} from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { CampaignsModule } from './campaigns/campaigns.module.ts';
import { FunnelModule } from './funnel/funnel.module.ts';
import { ImportsModule } from './imports/imports.module.ts';
import { MembersModule } from './members/members.module.ts';
import { OutreachCommonModule } from './outreach-common.module.ts';
import { RegistrationsModule } from './registrations/registrations.module.ts';
import { SelfServiceModule } from './self-service/self-service.module.ts';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'outreach',
      publishes: [CampaignLaunched, CampaignClosed, MemberRegistered, MemberProfileUpdated, MemberErased],
      projections: { campaign: 'campaigns', member: 'members' },
    }),
    OutreachCommonModule,
    CampaignsModule,
    FunnelModule,
    MembersModule,
    RegistrationsModule,
    SelfServiceModule,
    ImportsModule,
  ],
})
export class AppModule {}
