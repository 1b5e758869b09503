import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { consumedEvents } from '../events/events.consumer.ts';
import { NOTIFICATIONS_CONFIG, type NotificationsEnv } from '../notifications.config.ts';
import type { Webhook } from './webhook.ts';
import type { WebhookDelivery } from './webhook-delivery.ts';
import { WebhookDeliveries } from './webhook-deliveries.ts';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveriesQueryDto,
  type WebhookDeliveryDto,
  type WebhookDeliveryListDto,
  type WebhookDto,
  type WebhookListDto,
  type WebhookWithSecretDto,
} from './webhook.dto.ts';
import { newSecret, subscriptionProblems } from './webhook.rules.ts';
import { WEBHOOKS_CONFIG, type WebhooksEnv } from './webhooks.config.ts';
import { Webhooks } from './webhooks.ts';

const eventTypes = consumedEvents.map((c) => c.type);

/**
 * Partners' subscriptions to events, for admins: each event of a subscribed type is POSTed to the partner's
 * URL, signed with the subscription's secret (Standard Webhooks), without personal fields unless its purpose
 * allows them.
 */
@ApiTags('notifications')
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: Webhooks,
    private readonly deliveries: WebhookDeliveries,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsEnv,
    @Inject(WEBHOOKS_CONFIG) private readonly settings: WebhooksEnv,
  ) {}

  /** Subscribes a URL; the answer holds the secret, which is never shown again (rotate it to get a new one). */
  @Post()
  async create(
    @Body() dto: CreateWebhookDto,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookWithSecretDto> {
    this.check(dto);
    const { url, eventTypes, purpose, description } = dto;
    const created = await this.webhooks.create(
      { url, eventTypes, purpose, description: description ?? null },
      caller.id,
    );
    return { ...this.view(created), secret: created.state.secret };
  }

  /** Every subscription, newest first. */
  @Get()
  async list(): Promise<WebhookListDto> {
    return { items: (await this.webhooks.all()).map((w) => this.view(w)) };
  }

  @Get(':id')
  async one(@Param('id') id: string): Promise<WebhookDto> {
    return this.view(await this.webhooks.get(id));
  }

  /** Changes its URL, event types, purpose or description: events from then on go as it now says. */
  @Patch(':id')
  async update(
    @Param('id') id: string,
    @Body() dto: UpdateWebhookDto,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookDto> {
    this.check(dto);
    const changed = (['url', 'eventTypes', 'purpose', 'description'] as const).filter(
      (field) => dto[field] !== undefined,
    );
    return this.view(
      await this.webhooks.change(id, caller.id, (current) => {
        const state = { ...current, ...Object.fromEntries(changed.map((f) => [f, dto[f]])) } as Webhook;
        const different = changed.filter((f) => JSON.stringify(state[f]) !== JSON.stringify(current[f]));
        return different.length > 0 ? { state, change: `changed ${different.join(', ')}` } : null;
      }),
    );
  }

  /** Enables it again: the deliveries it was waiting for go at once, and its failures count from zero. */
  @Post(':id/enable')
  @HttpCode(200)
  async enable(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<WebhookDto> {
    const at = new Date().toISOString();
    return this.view(
      await this.webhooks.change(id, caller.id, (current) =>
        current.enabled
          ? null
          : {
              state: { ...current, enabled: true, enabledAt: at, disabledReason: null, disabledAt: null },
              change: 'enabled',
            },
      ),
    );
  }

  /** Disables it: events that come meanwhile are not sent to it; those already waiting wait. */
  @Post(':id/disable')
  @HttpCode(200)
  async disable(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<WebhookDto> {
    const at = new Date().toISOString();
    return this.view(
      await this.webhooks.change(id, caller.id, (current) =>
        current.enabled
          ? {
              state: { ...current, enabled: false, disabledReason: 'disabled by an admin', disabledAt: at },
              change: 'disabled',
            }
          : null,
      ),
    );
  }

  /**
   * A new secret, answered once. The previous one still signs beside it for a while (`previousSecretUntil`), so
   * the partner can switch without losing a delivery.
   */
  @Post(':id/secret')
  @HttpCode(200)
  async rotate(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<WebhookWithSecretDto> {
    const until = new Date(Date.now() + this.settings.WEBHOOK_SECRET_OVERLAP_MS).toISOString();
    const secret = newSecret();
    const rotated = await this.webhooks.change(id, caller.id, (current) => ({
      state: { ...current, secret, previousSecret: { secret: current.secret, until } },
      change: 'secret rotated',
    }));
    return { ...this.view(rotated), secret: rotated.state.secret };
  }

  /** Its recent deliveries, newest first, with every attempt and the receiver's answers. */
  @Get(':id/deliveries')
  async recent(
    @Param('id') id: string,
    @Query() query: WebhookDeliveriesQueryDto,
  ): Promise<WebhookDeliveryListDto> {
    await this.webhooks.get(id);
    const found = await this.deliveries.recent(id, query.limit ?? 50);
    return { items: found.map(deliveryView) };
  }

  private check(dto: { url?: string; eventTypes?: string[] }) {
    const errors = subscriptionProblems(dto, {
      allowHttp: this.config.WEBHOOK_ALLOW_HTTP,
      known: eventTypes,
    });
    if (errors.length > 0)
      throw new DomainError('request.invalid', 'invalid', 'The request is not valid', {
        errors,
        allowedEventTypes: eventTypes,
      });
  }

  private view({ id, state: w }: Versioned<Webhook>): WebhookDto {
    return {
      id,
      url: w.url,
      eventTypes: w.eventTypes,
      purpose: w.purpose,
      description: w.description,
      enabled: w.enabled,
      disabledReason: w.disabledReason,
      disabledAt: w.disabledAt,
      createdAt: w.createdAt,
      previousSecretUntil:
        w.previousSecret && new Date(w.previousSecret.until) > new Date() ? w.previousSecret.until : null,
      trail: w.trail,
    };
  }
}

const deliveryView = (d: WebhookDelivery): WebhookDeliveryDto => ({
  id: d._id,
  eventId: d.event.id,
  eventType: d.event.type,
  occurredAt: d.event.occurredAt,
  status: d.status,
  reason: d.reason ?? null,
  createdAt: d.createdAt.toISOString(),
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  dueAt: d.pending ? d.dueAt.toISOString() : null,
  attempts: d.attempts.map((a) => ({ at: a.at.toISOString(), status: a.status, answer: a.answer })),
});
