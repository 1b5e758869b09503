import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { LeasedPasses, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { signingSecrets, type Webhook } from './webhook.ts';
import type { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.ts';
import { WebhookDeliveries } from './webhook-deliveries.ts';
import { afterFailedAttempt, backoff, isDelivered, isDue, signatureHeader } from './webhook.rules.ts';
import { WEBHOOKS_CONFIG, type WebhooksEnv } from './webhooks.config.ts';
import { Webhooks } from './webhooks.ts';

const ANSWER_KEPT = 500;

/**
 * A subscription's run of failed attempts, counted since it was last enabled (`since`), and when it may be
 * tried again. Only the sender writes it.
 */
interface Health {
  _id: string;
  since: string;
  failures: number;
  pausedUntil: Date;
}

/**
 * POSTs what is due to each enabled subscription, signed (Standard Webhooks), from one process per service at
 * a time (its own lease): so the sender is the only writer of a waiting delivery and of a subscription's
 * health. Subscriptions are served side by side, each one's deliveries in turn; after a failure a subscription
 * rests for the backoff, and after `WEBHOOK_DISABLE_AFTER` failures in a row it is disabled. A receiver that
 * took a delivery but whose answer was lost gets it again, with the same `webhook-id`: receivers deduplicate.
 */
@Injectable()
export class WebhookSender extends LeasedPasses {
  private readonly health;
  /** Ends the requests in flight at shutdown (they are tried again, by whoever holds the lease next). */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly webhooks: Webhooks,
    private readonly deliveries: WebhookDeliveries,
    @InjectConnection() connection: Connection,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksEnv,
  ) {
    super(connection.db!, 'webhook_sender_lease', config.WEBHOOK_SEND_EVERY_MS);
    this.health = connection.db!.collection<Health>('webhook_health');
  }

  override async onApplicationShutdown() {
    this.shutdown.abort();
    await super.onApplicationShutdown();
  }

  async pass(): Promise<void> {
    if (!(await this.hold())) return;
    const enabled = (await this.webhooks.all()).filter((w) => w.state.enabled);
    await Promise.all(enabled.map((w) => this.serve(w)));
  }

  private async serve(webhook: Versioned<Webhook>): Promise<void> {
    const health = await this.healthOf(webhook);
    if (health.pausedUntil.getTime() > Date.now()) return;
    for (const delivery of await this.deliveries.waiting(webhook.id, this.config.WEBHOOK_BATCH)) {
      if (!isDue(delivery, webhook.state.enabledAt)) continue;
      if (this.stopping || !(await this.hold())) return;
      const outcome = await this.deliver(delivery, webhook);
      if (outcome.status === 'delivered' && health.failures > 0) {
        health.failures = 0;
        await this.health.replaceOne({ _id: health._id }, health, { upsert: true });
      }
      if (outcome.status === 'retrying' || outcome.status === 'given-up') {
        await this.failed(webhook, health, outcome.attempt!);
        return; // the rest would most likely fail the same way: they wait for the next pass
      }
    }
  }

  private async deliver(
    delivery: WebhookDelivery,
    { id, state }: Versioned<Webhook>,
  ): Promise<{ status: WebhookDeliveryStatus; attempt?: WebhookAttempt }> {
    const body = await this.deliveries.bodyOf(delivery);
    if (body === null)
      return this.finish(delivery, 'suppressed', 'the person whose fields it carries was erased');
    const at = new Date();
    const timestamp = Math.floor(at.getTime() / 1000);
    let attempt: WebhookAttempt;
    try {
      const answer = await fetch(state.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Ikiraro-Webhooks/1',
          'webhook-id': delivery.event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureHeader(signingSecrets(state, at), delivery.event.id, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS), this.shutdown.signal]),
      });
      attempt = { at, status: answer.status, answer: await firstChars(answer, ANSWER_KEPT) };
    } catch (error) {
      if (this.shutdown.signal.aborted) throw error; // not the receiver's failure: left as it was
      attempt = { at, status: null, answer: failureOf(error, this.config.WEBHOOK_TIMEOUT_MS) };
    }
    const attempts = [...delivery.attempts, attempt];
    if (attempt.status !== null && isDelivered(attempt.status))
      return this.finish({ ...delivery, attempts, deliveredAt: at }, 'delivered');
    this.logger.warn(
      `webhook ${id} failed for event ${delivery.event.id}: ${attempt.status ?? 'no answer'} ${attempt.answer}`,
    );
    const next = afterFailedAttempt(attempts.length, at, {
      initialMs: this.config.WEBHOOK_RETRY_INITIAL_MS,
      maxMs: this.config.WEBHOOK_RETRY_MAX_MS,
      attempts: this.config.WEBHOOK_ATTEMPTS,
    });
    const failure = `${attempt.status ?? 'no answer'}: ${attempt.answer}`;
    if (next.giveUp)
      return { ...(await this.finish({ ...delivery, attempts }, 'given-up', failure)), attempt };
    await this.deliveries.settle({ ...delivery, attempts, status: 'retrying', dueAt: next.dueAt });
    return { status: 'retrying', attempt };
  }

  private async finish(delivery: WebhookDelivery, status: WebhookDeliveryStatus, reason?: string) {
    await this.deliveries.settle({ ...delivery, status, pending: false, ...(reason ? { reason } : {}) });
    return { status };
  }

  /** One more failure in a row: the subscription rests for the backoff, or is disabled after too many. */
  private async failed({ id, state }: Versioned<Webhook>, health: Health, attempt: WebhookAttempt) {
    health.failures++;
    health.pausedUntil = new Date(
      attempt.at.getTime() +
        backoff(health.failures, {
          initialMs: this.config.WEBHOOK_RETRY_INITIAL_MS,
          maxMs: this.config.WEBHOOK_RETRY_MAX_MS,
        }),
    );
    await this.health.replaceOne({ _id: id }, health, { upsert: true });
    if (health.failures < this.config.WEBHOOK_DISABLE_AFTER) return;
    const reason = `${health.failures} failed deliveries in a row; the last: ${attempt.status ?? 'no answer'} ${attempt.answer}`;
    this.logger.warn(`webhook ${id} disabled: ${reason}`);
    // Unless an admin enabled it again meanwhile (the failures counted are then from before)
    await this.webhooks.change(id, 'system', (current) =>
      current.enabled && current.enabledAt === state.enabledAt
        ? {
            state: {
              ...current,
              enabled: false,
              disabledReason: reason,
              disabledAt: new Date().toISOString(),
            },
            change: 'disabled after repeated failure',
          }
        : null,
    );
  }

  private async healthOf({ id, state }: Versioned<Webhook>): Promise<Health> {
    const found = await this.health.findOne({ _id: id });
    return found && found.since === state.enabledAt
      ? found
      : { _id: id, since: state.enabledAt, failures: 0, pausedUntil: new Date(0) };
  }
}

/** The first characters of an answer, without reading more of it than that. */
async function firstChars(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < max) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text.slice(0, max);
}

function failureOf(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string } };
  if (name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  return [cause?.code, message].filter(Boolean).join(': ').slice(0, ANSWER_KEPT);
}
