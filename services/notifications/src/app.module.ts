import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { DeliveriesModule } from './deliveries/deliveries.module.ts';
import { EventsModule } from './events/events.module.ts';
import { NotificationsCommonModule } from './notifications-common.module.ts';
import { PreferencesModule } from './preferences/preferences.module.ts';
import { WEBHOOK } from './webhooks/webhook.ts';
import { WebhooksModule } from './webhooks/webhooks.module.ts';
import openApi from './openapi.metadata.ts';

/**
 * Notifications: every message to a person from one place (policy/notification.policy.ts), sent once, logged,
 * retried, and switched off by category; partners' webhooks. It learns addresses from the contact events of
 * outreach (members) and the gateway (staff accounts).
 */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'notifications',
      openApi,
      // A subscription's secrets are sealed in every stored version, with a key of the subscription's own.
      personal: {
        [WEBHOOK]: { person: (_state, id) => `webhook:${id}`, fields: ['secret', 'previousSecret'] },
      },
    }),
    NotificationsCommonModule,
    EventsModule,
    DeliveriesModule,
    PreferencesModule,
    WebhooksModule,
  ],
})
export class AppModule {}
