import { Module } from '@nestjs/common';
import { ContactsListener } from '../contacts/contacts.listener.ts';
import { Known } from '../policy/known.ts';
import { Notifier } from '../policy/notifier.ts';
import { WebhookDispatcher } from '../webhooks/webhook.dispatcher.ts';
import { WebhooksModule } from '../webhooks/webhooks.module.ts';
import { EVENT_LISTENERS } from './event-listener.ts';
import { EventsConsumer } from './events.consumer.ts';

/** The one consumer and its listeners, in order: the address book first, then the policy, then the webhooks. */
@Module({
  imports: [WebhooksModule],
  controllers: [EventsConsumer],
  providers: [
    ContactsListener,
    Known,
    Notifier,
    {
      provide: EVENT_LISTENERS,
      inject: [ContactsListener, Notifier, WebhookDispatcher],
      useFactory: (...listeners: unknown[]) => listeners,
    },
  ],
})
export class EventsModule {}
