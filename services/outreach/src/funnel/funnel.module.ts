import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.ts';
import { FunnelConsumer } from './funnel.consumer.ts';
import { FunnelController } from './funnel.controller.ts';
import { FunnelService } from './funnel.service.ts';
import { PublicFunnelController } from './public-funnel.controller.ts';

/** Per campaign and channel: link visits → forms started → verified → applied. */
@Module({
  imports: [CampaignsModule],
  controllers: [FunnelController, PublicFunnelController, FunnelConsumer],
  providers: [FunnelService],
})
export class FunnelModule {}
