import { Module } from '@nestjs/common';
import { WebhookDeliveries } from './webhook-deliveries.ts';
import { WebhookDispatcher } from './webhook.dispatcher.ts';
import { WebhookSender } from './webhook.sender.ts';
import { loadWebhooksConfig, WEBHOOKS_CONFIG } from './webhooks.config.ts';
import { WebhooksController } from './webhooks.controller.ts';
import { Webhooks } from './webhooks.ts';

/** Partners' subscriptions, their deliveries and the sender; the dispatcher is one of the event listeners. */
@Module({
  controllers: [WebhooksController],
  providers: [
    { provide: WEBHOOKS_CONFIG, useFactory: () => loadWebhooksConfig() },
    Webhooks,
    WebhookDeliveries,
    WebhookDispatcher,
    WebhookSender,
  ],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
