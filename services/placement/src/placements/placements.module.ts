import { Global, Module } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import { Contacts } from '../contacts/contacts.ts';
import { MembersConsumer } from '../contacts/members.consumer.ts';
import { OffersController } from '../offers/offers.controller.ts';
import { PlacementPasses } from '../passes/placement.passes.ts';
import { loadPlacementConfig, PLACEMENT_CONFIG } from '../placement.config.ts';
import { AttachmentsController } from './attachments.controller.ts';
import { Attachments } from './attachments.ts';
import { OFFER_TOKENS, offerTokens } from './offer-tokens.ts';
import { PlacementsController } from './placements.controller.ts';
import { PlacementsService } from './placements.service.ts';
import { SelectionConsumer } from './selection.consumer.ts';

@Global()
@Module({
  controllers: [
    PlacementsController,
    AttachmentsController,
    OffersController,
    SelectionConsumer,
    MembersConsumer,
  ],
  providers: [
    { provide: PLACEMENT_CONFIG, useFactory: () => loadPlacementConfig() },
    {
      provide: OFFER_TOKENS,
      inject: [SERVICE_CONFIG],
      useFactory: (service: ServiceConfig) => offerTokens(service.PERSONAL_DATA_KEY),
    },
    Attachments,
    Contacts,
    PlacementsService,
    PlacementPasses,
  ],
  exports: [PlacementsService],
})
export class PlacementsModule {}
