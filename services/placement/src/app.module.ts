import { Module } from '@nestjs/common';
import { memberPerson } from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { CONTACT } from './contacts/contacts.ts';
import { PLACEMENT, placementFields } from './placements/placement.ts';
import { PlacementsModule } from './placements/placements.module.ts';
import openApi from './openapi.metadata.ts';

/**
 * Placement: from the offer to a selected professional to the end of their mission, with the logistics checklist
 * of the programme definition. It consumes selection's decisions and outreach's contacts; selection, the gateway,
 * notifications and training act on its events.
 */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'placement',
      openApi,
      projections: { [PLACEMENT]: 'placements' },
      personal: {
        [PLACEMENT]: {
          person: (state: { memberId: string }) => memberPerson(state.memberId),
          fields: placementFields,
        },
        [CONTACT]: { person: (_state, id) => memberPerson(id), fields: ['email', 'name'] },
      },
    }),
    PlacementsModule,
  ],
})
export class AppModule {}
